import GraderModel

/// What `IndexTemplate` shows: plain strings, already formatted and clipped; the template escapes.
///
/// Field names are unique across nesting levels on purpose: mustache looks a missing (or `nil`)
/// name up in the enclosing objects, so a shared name could show the wrong student's value.
struct IndexPage {
    struct Column {
        let columnID: String
        let columnHref: String
        let columnAverage: String
        let columnMax: String
    }

    struct Cell {
        let cellKnown: Bool
        let cellTone: String
        let cellStatusLabel: String
        let cellScore: String
        let cellMax: String
        /// The score, for sorting; `-1` when the student has no such exercise.
        let cellSort: String
    }

    struct Row {
        let rowHref: String
        let rowIdentifier: String
        let rowGitHub: String
        let rowCommit: String?
        let rowCommitShort: String?
        let rowCommitURL: String?
        let cells: [Cell]
        let rowScore: String
        let rowMax: String
        let rowSort: String
    }

    let pageTitle: String
    let course: String
    let generatedAt: String
    let sandbox: String
    let unsandboxed: Bool
    /// "H of N results reused from the cache", when the run used the cache (not with `--no-cache`).
    let cacheReuse: String?
    let studentCount: Int
    let exerciseCount: Int
    let averageScore: String
    let averagePercent: String
    let medianScore: String
    let maxScore: String
    let fullMarks: Int
    let columns: [Column]
    let rows: [Row]
    let histogram: Charts.Histogram
    let passRates: Charts.PassRates
    let scriptHash: String

    init(_ report: GradeReport) {
        let ids = report.exerciseIDs
        let statistics = ExerciseStatistics.all(report)
        let summary = ClassSummary(report)
        pageTitle = ReportText.clipped(report.displayTitle, limit: ReportText.nameLimit)
        course = ReportText.clipped(report.course, limit: ReportText.nameLimit)
        generatedAt = ReportText.timestamp(report.generatedAt)
        sandbox = ReportText.clipped(report.sandbox, limit: ReportText.nameLimit)
        unsandboxed = report.sandbox == "none"
        cacheReuse = report.cache.map { "\($0.summary) from the cache" }
        studentCount = report.students.count
        exerciseCount = ids.count
        averageScore = ReportText.points(summary.averageScore)
        averagePercent = ReportText.percent(summary.averageScore, of: summary.maxScore)
        medianScore = ReportText.points(summary.medianScore)
        maxScore = ReportText.points(summary.maxScore)
        fullMarks = summary.fullMarks
        columns = statistics.map { exercise in
            Column(
                columnID: ReportText.clipped(exercise.id, limit: ReportText.nameLimit),
                columnHref: ReportWriter.exercisePath(exercise.id),
                columnAverage: ReportText.points(
                    exercise.students == 0 ? 0 : exercise.earned / Double(exercise.students)),
                columnMax: ReportText.points(
                    exercise.students == 0 ? 0 : exercise.available / Double(exercise.students)))
        }
        rows = report.students.map { Self.row($0, exerciseIDs: ids) }
        histogram = Charts.Histogram(bins: summary.histogram)
        passRates = Charts.PassRates(statistics, href: ReportWriter.exercisePath)
        scriptHash = SortScript.sha256
    }

    private static func row(_ student: StudentResult, exerciseIDs: [String]) -> Row {
        let limit = ReportText.nameLimit
        let address = student.repository.map(RepositoryAddress.init)
        return Row(
            rowHref: ReportWriter.studentPath(student.identifier, extension: "html"),
            rowIdentifier: ReportText.clipped(student.identifier, limit: limit),
            rowGitHub: ReportText.clipped(student.githubUsername ?? "", limit: limit),
            rowCommit: ReportText.clipped(student.commit, limit: limit),
            rowCommitShort: student.commit.map(ReportText.shortCommit),
            rowCommitURL: address?.commitURL(student.commit),
            cells: exerciseIDs.map { id in cell(student.exercises.first { $0.id == id }) },
            rowScore: ReportText.points(student.score),
            rowMax: ReportText.points(student.maxScore),
            rowSort: ReportText.number(student.score))
    }

    private static func cell(_ exercise: ExerciseResult?) -> Cell {
        guard let exercise else {
            return Cell(
                cellKnown: false, cellTone: "none", cellStatusLabel: "", cellScore: "", cellMax: "", cellSort: "-1")
        }
        return Cell(
            cellKnown: true,
            cellTone: Tone.of(exercise),
            cellStatusLabel: ReportText.label(exercise.status.rawValue),
            cellScore: ReportText.points(exercise.score),
            cellMax: ReportText.points(exercise.maxScore),
            cellSort: ReportText.number(exercise.score))
    }
}
