import CSV
import Foundation
import GraderModel

/// `grades.csv`: one row per student, one column per exercise in course order, for gradebooks.
///
/// Header `identifier,github_username,points_awarded,points_available,<exercise ids…>`; numbers as
/// `ReportText.number` writes them; an empty field where a student has no such exercise or no
/// GitHub username. LF line endings, a final newline.
public enum GradesCSV {
    public static func render(_ report: GradeReport) throws -> String {
        let stream = OutputStream.toMemory()
        let writer = try CSVWriter(stream: stream)
        let exerciseIDs = report.exerciseIDs
        try writer.write(
            row: ["identifier", "github_username", "points_awarded", "points_available"] + exerciseIDs)
        for student in report.students {
            try writer.write(row: row(for: student, exerciseIDs: exerciseIDs))
        }
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data,
            let text = String(data: data, encoding: .utf8)
        else {
            throw CSVError.cannotWriteStream
        }
        return text + "\n"
    }

    static func row(for student: StudentResult, exerciseIDs: [String]) -> [String] {
        var scores: [String: Double] = [:]
        for exercise in student.exercises {
            scores[exercise.id, default: 0] += exercise.score
        }
        let fixed = [
            student.identifier,
            student.githubUsername ?? "",
            ReportText.number(student.score),
            ReportText.number(student.maxScore),
        ]
        return fixed + exerciseIDs.map { id in scores[id].map(ReportText.number) ?? "" }
    }
}
