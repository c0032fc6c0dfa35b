import Foundation
import GraderModel
import GraderReport
import XCTest

/// `summary.json` and `students/*.json`: round trips, exact key names, explicit nulls.
final class ReportJSONTests: ReportTestCase {
    private let reportKeys: Set = ["schema", "course", "title", "generated_at", "sandbox", "students"]
    private let studentKeys: Set = [
        "identifier", "github_username", "repository", "commit", "score", "max_score", "exercises",
    ]
    private let exerciseKeys: Set = ["id", "status", "score", "max_score", "message", "tests"]
    private let studentOptionalKeys: Set = ["head"]
    private let exerciseOptionalKeys: Set = ["diagnostics", "output", "submission", "allowed"]
    private let testKeys: Set = ["name", "status", "score", "max_score", "message", "duration"]

    func testSummaryDecodesToTheSameReport() throws {
        let data = try Data(contentsOf: url("summary.json"))
        XCTAssertEqual(try ReportJSON.decoder().decode(GradeReport.self, from: data), report)
    }

    func testEachStudentFileHoldsOnlyThatStudent() throws {
        for student in report.students {
            let file = studentFile(student, "json")
            let decoded = try ReportJSON.decoder().decode(
                StudentResult.self, from: Data(contentsOf: file))
            XCTAssertEqual(decoded, student)
            let object = try XCTUnwrap(try jsonObject(at: file) as? [String: Any])
            XCTAssertEqual(
                Set(object.keys).subtracting(studentOptionalKeys), studentKeys,
                "a student file holds one student object")
        }
    }

    func testKeyNamesAreExactlyTheDesignOnes() throws {
        let root = try XCTUnwrap(try jsonObject(at: url("summary.json")) as? [String: Any])
        XCTAssertEqual(Set(root.keys), reportKeys)
        XCTAssertEqual(root["schema"] as? String, "grade-report/1")
        XCTAssertEqual(root["generated_at"] as? String, "2026-03-01T12:00:00Z")
        let students = try XCTUnwrap(root["students"] as? [[String: Any]])
        XCTAssertEqual(students.count, 3)
        for student in students {
            XCTAssertEqual(Set(student.keys).subtracting(studentOptionalKeys), studentKeys)
            for exercise in try XCTUnwrap(student["exercises"] as? [[String: Any]]) {
                let keys = Set(exercise.keys)
                XCTAssertTrue(exerciseKeys.isSubset(of: keys), "\(keys)")
                XCTAssertTrue(keys.subtracting(exerciseKeys).isSubset(of: exerciseOptionalKeys), "\(keys)")
                for test in try XCTUnwrap(exercise["tests"] as? [[String: Any]]) {
                    XCTAssertEqual(Set(test.keys), testKeys)
                }
            }
        }
    }

    func testNullsAreWrittenExplicitly() throws {
        let root = try XCTUnwrap(try jsonObject(at: url("summary.json")) as? [String: Any])
        let students = try XCTUnwrap(root["students"] as? [[String: Any]])
        let ada = try XCTUnwrap(students.first)
        let operators = try XCTUnwrap((ada["exercises"] as? [[String: Any]])?.first)
        XCTAssertTrue(operators["message"] is NSNull, "an exercise's message: null is written")
        let test = try XCTUnwrap((operators["tests"] as? [[String: Any]])?.first)
        XCTAssertTrue(test["message"] is NSNull, "a passed test's message: null is written")
        XCTAssertEqual(test["duration"] as? Double, 0.002)
        let strings = try XCTUnwrap((ada["exercises"] as? [[String: Any]])?.last)
        let crashed = try XCTUnwrap((strings["tests"] as? [[String: Any]])?[1])
        XCTAssertTrue(crashed["duration"] is NSNull, "an unfinished test's duration: null is written")
        XCTAssertTrue(students[1]["github_username"] is NSNull)
        XCTAssertTrue(students[2]["commit"] is NSNull)
    }

    func testSummaryIsPrettySortedAndReadable() throws {
        let summary = try text("summary.json")
        XCTAssertTrue(summary.hasPrefix("{\n  \"course\" : \"become-2-percent\",\n  \"generated_at\""))
        XCTAssertTrue(summary.contains("\"https://github.com/acme/course-ada-l.git\""), "no \\/ escapes")
        XCTAssertTrue(summary.hasSuffix("}\n"))
        XCTAssertEqual(
            try text("students/ada.json"),
            String(decoding: try ReportJSON.encoder().encode(ReportFixture.ada), as: UTF8.self) + "\n")
    }
}
