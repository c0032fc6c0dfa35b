import CSV
import Foundation
import GraderModel

/// `grades.csv`: one row per student, for gradebooks.
///
/// The columns: `identifier` (the roster's), then GitHub Classroom's grade export columns in
/// its order (`assignment_name`, `assignment_url`, `starter_code_url`, `github_username`,
/// `roster_identifier`, `student_repository_name`, `student_repository_url`,
/// `submission_timestamp`, `points_awarded`, `points_available`), then `commit` (the commit
/// graded) and one column per exercise in course order with that exercise's score.
///
/// `assignment_name` is the course id; `roster_identifier` the identifier; the repository
/// columns come from the address fetched, credentials removed (its web page on a known forge);
/// `assignment_url`, `starter_code_url` and `submission_timestamp` are left empty (the grader
/// does not know them). Numbers as `ReportText.number` writes them; an empty field where a
/// student has no such exercise or value. LF line endings, a final newline.
public enum GradesCSV {
    /// The fixed columns, before one per exercise.
    public static let fixedColumns = [
        "identifier", "assignment_name", "assignment_url", "starter_code_url", "github_username",
        "roster_identifier", "student_repository_name", "student_repository_url", "submission_timestamp",
        "points_awarded", "points_available", "commit",
    ]

    public static func render(_ report: GradeReport) throws -> String {
        let stream = OutputStream.toMemory()
        let writer = try CSVWriter(stream: stream)
        let exerciseIDs = report.exerciseIDs
        try writer.write(row: fixedColumns + exerciseIDs)
        for student in report.students {
            try writer.write(row: row(for: student, course: report.course, exerciseIDs: exerciseIDs))
        }
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data,
            let text = String(data: data, encoding: .utf8)
        else {
            throw CSVError.cannotWriteStream
        }
        return text + "\n"
    }

    static func row(for student: StudentResult, course: String, exerciseIDs: [String]) -> [String] {
        var scores: [String: Double] = [:]
        for exercise in student.exercises {
            scores[exercise.id, default: 0] += exercise.score
        }
        let address = student.repository.map(RepositoryAddress.init)
        let fixed = [
            student.identifier,
            course,
            "",
            "",
            student.githubUsername ?? "",
            student.identifier,
            address?.name ?? "",
            address.map { $0.webURL ?? $0.display } ?? "",
            "",
            ReportText.number(student.score),
            ReportText.number(student.maxScore),
            student.commit ?? "",
        ]
        return fixed + exerciseIDs.map { id in scores[id].map(ReportText.number) ?? "" }
    }
}
