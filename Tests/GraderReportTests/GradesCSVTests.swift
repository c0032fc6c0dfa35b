import Foundation
import GraderModel
import GraderReport
import XCTest

/// `grades.csv`: GitHub Classroom's grade columns, then one column per exercise.
final class GradesCSVTests: ReportTestCase {
    private let header =
        "identifier,assignment_name,assignment_url,starter_code_url,github_username,roster_identifier,"
        + "student_repository_name,student_repository_url,submission_timestamp,points_awarded,points_available,commit"

    func testGradesCSVIsExactlyTheExpectedText() throws {
        let expected = """
            \(header),operators,loops,strings
            ada,become-2-percent,,,ada-l,ada,course-ada-l,https://github.com/acme/course-ada-l,,20,30,\
            0123456789abcdef0123456789abcdef01234567,10,7.5,2.5
            grace@example.edu,become-2-percent,,,,grace@example.edu,course-grace,https://github.com/acme/course-grace,,\
            0,30,fedcba9876543210fedcba9876543210fedcba98,0,0,0
            "../../etc/passwd<script>alert(1)</script>""&'",become-2-percent,,,"mallory""&'",\
            "../../etc/passwd<script>alert(1)</script>""&'",script>,/tmp/<script>alert(1)</script>,,8.3333,30,,0,5,3.3333

            """
        XCTAssertEqual(try text("grades.csv"), expected)
        XCTAssertEqual(try GradesCSV.render(report), expected)
    }

    func testEveryGitHubClassroomColumnIsThereInItsOrder() throws {
        let classroom = [
            "assignment_name", "assignment_url", "starter_code_url", "github_username", "roster_identifier",
            "student_repository_name", "student_repository_url", "submission_timestamp", "points_awarded",
            "points_available",
        ]
        let columns = try XCTUnwrap(try text("grades.csv").split(separator: "\n").first).split(separator: ",").map(
            String.init)
        XCTAssertEqual(columns.first, "identifier")
        XCTAssertEqual(columns.filter(classroom.contains), classroom)
        XCTAssertEqual(Array(columns.suffix(3)), ["operators", "loops", "strings"])
    }

    func testAStudentWithoutAnExerciseGetsAnEmptyField() throws {
        let partial = GradeReport(
            course: "c", title: nil, generatedAt: ReportFixture.generatedAt, sandbox: "none",
            students: [
                StudentResult(
                    identifier: "a", githubUsername: "a", repository: "git@gitlab.com:group/sub/a.git", commit: nil,
                    exercises: [
                        ExerciseResult(id: "one", status: .graded, score: 0.1 + 0.2, maxScore: 1),
                        ExerciseResult(id: "two", status: .graded, score: 2, maxScore: 2.25),
                    ]),
                StudentResult(
                    identifier: "b", githubUsername: nil, repository: nil, commit: nil,
                    exercises: [ExerciseResult(id: "two", status: .missing, maxScore: 2.25)]),
            ])
        let expected = """
            \(header),one,two
            a,c,,,a,a,a,https://gitlab.com/group/sub/a,,2.3,3.25,,0.3,2
            b,c,,,,b,,,,0,2.25,,,0

            """
        XCTAssertEqual(try GradesCSV.render(partial), expected)
    }

    func testNoStudentsGivesTheHeaderOnly() throws {
        let empty = GradeReport(
            course: "c", title: nil, generatedAt: ReportFixture.generatedAt, sandbox: "none", students: [])
        XCTAssertEqual(try GradesCSV.render(empty), header + "\n")
    }
}
