import Foundation
import GraderModel
import GraderReport
import XCTest

/// `grades.csv`: exact content.
final class GradesCSVTests: ReportTestCase {
    func testGradesCSVIsExactlyTheGolden() throws {
        let golden = """
            identifier,github_username,points_awarded,points_available,operators,loops,strings
            ada,ada-l,20,30,10,7.5,2.5
            grace@example.edu,,0,30,0,0,0
            "../../etc/passwd<script>alert(1)</script>""&'","mallory""&'",8.3333,30,0,5,3.3333

            """
        XCTAssertEqual(try text("grades.csv"), golden)
        XCTAssertEqual(try GradesCSV.render(report), golden)
    }

    func testAStudentWithoutAnExerciseGetsAnEmptyField() throws {
        let partial = GradeReport(
            course: "c", title: nil, generatedAt: ReportFixture.generatedAt, sandbox: "none",
            students: [
                StudentResult(
                    identifier: "a", githubUsername: "a", repository: nil, commit: nil,
                    exercises: [
                        ExerciseResult(id: "one", status: .graded, score: 0.1 + 0.2, maxScore: 1),
                        ExerciseResult(id: "two", status: .graded, score: 2, maxScore: 2.25),
                    ]),
                StudentResult(
                    identifier: "b", githubUsername: nil, repository: nil, commit: nil,
                    exercises: [ExerciseResult(id: "two", status: .missing, maxScore: 2.25)]),
            ])
        let golden = """
            identifier,github_username,points_awarded,points_available,one,two
            a,a,2.3,3.25,0.3,2
            b,,0,2.25,,0

            """
        XCTAssertEqual(try GradesCSV.render(partial), golden)
    }

    func testNoStudentsGivesTheHeaderOnly() throws {
        let empty = GradeReport(
            course: "c", title: nil, generatedAt: ReportFixture.generatedAt, sandbox: "none",
            students: [])
        XCTAssertEqual(
            try GradesCSV.render(empty),
            "identifier,github_username,points_awarded,points_available\n")
    }
}
