import GraderModel

/// What `StudentTemplate` shows: plain strings, already formatted and clipped; the template escapes.
///
/// Field names are unique across nesting levels on purpose (see `IndexPage`).
struct StudentPage {
    struct Test {
        let testName: String
        let testStatus: String
        let testStatusLabel: String
        let testScore: String
        let testMax: String
        let testDuration: String
        let testMessage: String?
    }

    struct Exercise {
        let exerciseID: String
        let exerciseStatus: String
        let exerciseStatusLabel: String
        let exerciseScore: String
        let exerciseMax: String
        let exerciseMessage: String?
        let diagnostics: String?
        let hasTests: Bool
        let tests: [Test]
        let output: String?
    }

    let pageTitle: String
    let generatedAt: String
    let sandbox: String
    let jsonHref: String
    let identifier: String
    let gitHub: String?
    let repository: String?
    let commit: String?
    let score: String
    let maxScore: String
    let exercises: [Exercise]

    init(_ student: StudentResult, in report: GradeReport) {
        let limit = ReportText.nameLimit
        pageTitle = ReportText.clipped(report.displayTitle, limit: limit)
        generatedAt = ReportText.timestamp(report.generatedAt)
        sandbox = report.sandbox
        jsonHref = ReportWriter.fileName(for: student.identifier) + ".json"
        identifier = ReportText.clipped(student.identifier, limit: limit)
        gitHub = ReportText.clipped(student.githubUsername, limit: limit)
        repository = ReportText.clipped(student.repository, limit: limit)
        commit = ReportText.clipped(student.commit, limit: limit)
        score = ReportText.number(student.score)
        maxScore = ReportText.number(student.maxScore)
        exercises = student.exercises.map(Self.exercise)
    }

    private static func exercise(_ exercise: ExerciseResult) -> Exercise {
        Exercise(
            exerciseID: exercise.id,
            exerciseStatus: exercise.status.rawValue,
            exerciseStatusLabel: ReportText.label(exercise.status.rawValue),
            exerciseScore: ReportText.number(exercise.score),
            exerciseMax: ReportText.number(exercise.maxScore),
            exerciseMessage: ReportText.clipped(exercise.message, limit: ReportText.messageLimit),
            diagnostics: ReportText.clipped(exercise.diagnostics, limit: ReportText.longTextLimit),
            hasTests: !exercise.tests.isEmpty,
            tests: exercise.tests.map(Self.test),
            output: ReportText.clipped(exercise.output, limit: ReportText.longTextLimit))
    }

    private static func test(_ test: TestResult) -> Test {
        Test(
            testName: ReportText.clipped(test.name, limit: ReportText.nameLimit),
            testStatus: test.status.rawValue,
            testStatusLabel: ReportText.label(test.status.rawValue),
            testScore: ReportText.number(test.score),
            testMax: ReportText.number(test.maxScore),
            testDuration: ReportText.seconds(test.duration),
            testMessage: ReportText.clipped(test.message, limit: ReportText.messageLimit))
    }
}
