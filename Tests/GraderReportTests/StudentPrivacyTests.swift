import Foundation
import GraderModel
import GraderReport
import GraderTestSupport
import XCTest

/// A student's own files (page, JSON, Gradescope JSON, JUnit XML) can be published to that student
/// alone: none of them holds anything of another student, not even class averages.
final class StudentPrivacyTests: XCTestCase {
    static let names = ["ann", "ben", "cat"]

    /// Every field of each student carries a token of that student's own (`<name>-secret-…`).
    static func student(_ name: String, score: Double) -> StudentResult {
        StudentResult(
            identifier: name, githubUsername: "\(name)-secret-github",
            repository: "https://github.com/acme/\(name)-secret-repo.git",
            commit: String(repeating: String(name.first!), count: 3) + "0123456789abcdef0123456789abcdef0",
            exercises: [
                ExerciseResult(
                    id: "loops", status: .graded, score: score, maxScore: 10, output: "\(name)-secret-output",
                    tests: [
                        TestResult(
                            name: "LoopsTests.testSum", status: score == 10 ? .passed : .failed, score: score,
                            maxScore: 10, message: score == 10 ? nil : "\(name)-secret-test-message", duration: 0.1)
                    ]),
                ExerciseResult(
                    id: "lists", status: .compileError, maxScore: 10, message: "\(name)-secret-message",
                    diagnostics: "Sources/Lists/\(name)-secret-file.swift:1:1: error: \(name)-secret-diagnostic"),
            ])
    }

    func testNoStudentFileHoldsAnotherStudentsData() throws {
        let scores = [10.0, 4.0, 0.0]
        let students = zip(Self.names, scores).map { Self.student($0, score: $1) }
        let report = GradeReport(
            course: "c", title: "Course", generatedAt: ReportFixture.generatedAt, sandbox: "bubblewrap",
            students: students)
        let scratch = try TemporaryDirectory(prefix: "grade-privacy")
        defer { scratch.remove() }
        try ReportWriter.write(report, to: scratch.url)

        for student in students {
            let own = [
                ReportWriter.studentPath(student.identifier, extension: "html"),
                ReportWriter.studentPath(student.identifier, extension: "json"),
                ReportWriter.gradescopePath(student.identifier),
                ReportWriter.junitPath(student.identifier),
            ]
            for path in own {
                let text = try String(contentsOf: scratch.url.appendingPathComponent(path), encoding: .utf8)
                XCTAssertTrue(text.contains("\(student.identifier)-secret"), "\(path) shows its own student")
                for other in students where other.identifier != student.identifier {
                    XCTAssertFalse(
                        text.contains("\(other.identifier)-secret"), "\(path) holds \(other.identifier)'s data")
                    XCTAssertFalse(text.contains(other.commit!), "\(path) holds \(other.identifier)'s commit")
                }
            }
            let page = try String(
                contentsOf: scratch.url.appendingPathComponent(
                    ReportWriter.studentPath(student.identifier, extension: "html")),
                encoding: .utf8)
            XCTAssertFalse(page.contains("4.67"), "no class average ((10 + 4 + 0) / 3) on a student page")
            XCTAssertFalse(page.contains("average"), "no class average on a student page")
        }
        let index = try String(contentsOf: scratch.url.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertTrue(index.contains("4.67 / 20"), "the index does show the class average")
    }
}
