import GraderModel

/// What `ExerciseTemplate` shows: how the class did on one exercise, hardest tests first, and the
/// failure messages most students met. Counts only: no student is named on the page.
///
/// Field names are unique across nesting levels on purpose (see `IndexPage`).
struct ExercisePage {
    struct StatusCount {
        let statusTone: String
        let statusLabel: String
        let statusCount: Int
    }

    struct Tally {
        let tallyName: String
        let tallyPassed: Int
        let tallyFailed: Int
        let tallyCrashed: Int
        let tallyTimeout: Int
        let tallyNotRun: Int
        let tallyNoResult: Int
        let tallyPercent: String
        let tallyWidth: String
    }

    struct Failure {
        struct TestName {
            let failureTest: String
        }

        let failureCount: Int
        let failureKind: String
        let failureText: String
        let failureTests: [TestName]
        let failureMoreTests: String?
    }

    /// The most failure messages listed.
    static let failureLimit = 20
    /// The most test names listed beside one message.
    static let testNameLimit = 5

    let pageTitle: String
    let generatedAt: String
    let sandbox: String
    let exerciseID: String
    let studentCount: Int
    let averageScore: String
    let maxScore: String
    let passRate: String
    let fullMarks: Int
    let statuses: [StatusCount]
    let hasTallies: Bool
    let tallies: [Tally]
    let hasFailures: Bool
    let failures: [Failure]
    let moreFailures: String?

    init(_ exercise: ExerciseStatistics, in report: GradeReport) {
        let students = Double(max(exercise.students, 1))
        pageTitle = ReportText.clipped(report.displayTitle, limit: ReportText.nameLimit)
        generatedAt = ReportText.timestamp(report.generatedAt)
        sandbox = ReportText.clipped(report.sandbox, limit: ReportText.nameLimit)
        exerciseID = ReportText.clipped(exercise.id, limit: ReportText.nameLimit)
        studentCount = exercise.students
        averageScore = ReportText.points(exercise.earned / students)
        maxScore = ReportText.points(exercise.available / students)
        passRate = exercise.passRate.map(Charts.percent) ?? "—"
        fullMarks = exercise.fullMarks
        statuses = ExerciseStatus.allCases.compactMap { status in
            guard let count = exercise.statusCounts[status], count > 0 else { return nil }
            return StatusCount(
                statusTone: Tone.of(status), statusLabel: ReportText.label(status.rawValue), statusCount: count)
        }
        let hardestFirst = exercise.tests.enumerated().sorted { lhs, rhs in
            lhs.element.passRate != rhs.element.passRate
                ? lhs.element.passRate < rhs.element.passRate : lhs.offset < rhs.offset
        }.map(\.element)
        tallies = hardestFirst.map(Self.tally)
        hasTallies = !tallies.isEmpty
        failures = exercise.failures.prefix(Self.failureLimit).map(Self.failure)
        hasFailures = !failures.isEmpty
        let more = exercise.failures.count - failures.count
        moreFailures = more > 0 ? "… and \(more) more messages, each met by fewer students" : nil
    }

    private static func tally(_ test: ExerciseStatistics.TestTally) -> Tally {
        Tally(
            tallyName: ReportText.clipped(test.name, limit: ReportText.nameLimit),
            tallyPassed: test.passed,
            tallyFailed: test.counts[.failed] ?? 0,
            tallyCrashed: test.counts[.crashed] ?? 0,
            tallyTimeout: test.counts[.timeout] ?? 0,
            tallyNotRun: test.counts[.notRun] ?? 0,
            tallyNoResult: test.noResult,
            tallyPercent: Charts.percent(test.passRate),
            tallyWidth: Charts.number(test.passRate * 100))
    }

    private static func failure(_ group: FailureGroup) -> Failure {
        let kind =
            switch group.kind {
            case .test: group.tests.count == 1 ? "test" : "tests"
            case .compiler: "compiler error"
            case .exercise: "exercise"
            }
        let shown = group.tests.prefix(testNameLimit)
        let more = group.tests.count - shown.count
        return Failure(
            failureCount: group.students,
            failureKind: kind,
            failureText: ReportText.clipped(ReportText.readable(group.text), limit: ReportText.messageLimit),
            failureTests: shown.map {
                Failure.TestName(failureTest: ReportText.clipped($0, limit: ReportText.nameLimit))
            },
            failureMoreTests: more > 0 ? "and \(more) more" : nil)
    }
}
