import GraderModel

/// What `IndexTemplate` shows: plain strings, already formatted and clipped; the template escapes.
///
/// Field names are unique across nesting levels on purpose: mustache looks a missing (or `nil`)
/// name up in the enclosing objects, so a shared name could show the wrong student's value.
struct IndexPage {
    struct Column {
        let columnID: String
    }

    struct Cell {
        let cellKnown: Bool
        let cellStatus: String
        let cellStatusLabel: String
        let cellScore: String
        let cellMax: String
    }

    struct Row {
        let rowHref: String
        let rowIdentifier: String
        let rowGitHub: String
        let rowCommit: String?
        let rowCommitShort: String?
        let cells: [Cell]
        let rowScore: String
        let rowMax: String
    }

    let pageTitle: String
    let course: String
    let generatedAt: String
    let sandbox: String
    let unsandboxed: Bool
    let studentCount: Int
    let columns: [Column]
    let rows: [Row]

    init(_ report: GradeReport) {
        let ids = report.exerciseIDs
        pageTitle = ReportText.clipped(report.displayTitle, limit: ReportText.nameLimit)
        course = ReportText.clipped(report.course, limit: ReportText.nameLimit)
        generatedAt = ReportText.timestamp(report.generatedAt)
        sandbox = report.sandbox
        unsandboxed = report.sandbox == "none"
        studentCount = report.students.count
        columns = ids.map { Column(columnID: $0) }
        rows = report.students.map { Self.row($0, exerciseIDs: ids) }
    }

    private static func row(_ student: StudentResult, exerciseIDs: [String]) -> Row {
        let limit = ReportText.nameLimit
        return Row(
            rowHref: "students/\(ReportWriter.fileName(for: student.identifier)).html",
            rowIdentifier: ReportText.clipped(student.identifier, limit: limit),
            rowGitHub: ReportText.clipped(student.githubUsername ?? "", limit: limit),
            rowCommit: ReportText.clipped(student.commit, limit: limit),
            rowCommitShort: student.commit.map(ReportText.shortCommit),
            cells: exerciseIDs.map { id in cell(student.exercises.first { $0.id == id }) },
            rowScore: ReportText.number(student.score),
            rowMax: ReportText.number(student.maxScore))
    }

    private static func cell(_ exercise: ExerciseResult?) -> Cell {
        guard let exercise else {
            return Cell(cellKnown: false, cellStatus: "", cellStatusLabel: "", cellScore: "", cellMax: "")
        }
        return Cell(
            cellKnown: true,
            cellStatus: exercise.status.rawValue,
            cellStatusLabel: ReportText.label(exercise.status.rawValue),
            cellScore: ReportText.number(exercise.score),
            cellMax: ReportText.number(exercise.maxScore))
    }
}
