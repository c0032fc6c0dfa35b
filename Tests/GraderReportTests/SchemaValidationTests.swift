import Foundation
import GraderReport
import GraderTestSupport
import XCTest

/// The written JSON against `schemas/grade-report-1.schema.json`, and the schema's own teeth.
final class SchemaValidationTests: ReportTestCase {
    func testSummaryMatchesTheSchema() throws {
        let verdict = try XCTUnwrap(SchemaValidator.validate([url("summary.json")], against: "#"))
        XCTAssertTrue(verdict.valid, verdict.report)
        XCTAssertTrue(verdict.report.contains("checked 1 file(s)"), verdict.report)
    }

    func testEveryStudentFileMatchesTheStudentDefinition() throws {
        let files = try allFiles().filter { $0.hasPrefix("students/") && $0.hasSuffix(".json") }.map(url)
        XCTAssertEqual(files.count, report.students.count)
        let verdict = try XCTUnwrap(SchemaValidator.validate(files, against: "#/$defs/student"))
        XCTAssertTrue(verdict.valid, verdict.report)
        XCTAssertTrue(verdict.report.contains("checked 3 file(s)"), verdict.report)
    }

    func testSchemaRejectsAWrongStatus() throws {
        let bad = try edited(studentFile(ReportFixture.ada, "json")) { student in
            var exercises = student["exercises"] as? [[String: Any]] ?? []
            var tests = exercises[0]["tests"] as? [[String: Any]] ?? []
            exercises[0]["status"] = "passed"
            tests[0]["status"] = "graded"
            exercises[0]["tests"] = tests
            student["exercises"] = exercises
        }
        let verdict = try XCTUnwrap(SchemaValidator.validate([bad], against: "#/$defs/student"))
        XCTAssertFalse(verdict.valid, "a wrong status must be rejected:\n\(verdict.report)")
        XCTAssertTrue(verdict.report.contains("exercises/0/status: 'passed' is not one of"), verdict.report)
        XCTAssertTrue(
            verdict.report.contains("exercises/0/tests/0/status: 'graded' is not one of"), verdict.report)
    }

    func testSchemaRejectsMissingNullsAndUnknownKeys() throws {
        let bad = try edited(url("summary.json")) { root in
            var students = root["students"] as? [[String: Any]] ?? []
            students[0]["github_username"] = nil
            students[0]["nickname"] = "ada"
            root["students"] = students
        }
        let verdict = try XCTUnwrap(SchemaValidator.validate([bad], against: "#"))
        XCTAssertFalse(verdict.valid, verdict.report)
        XCTAssertTrue(verdict.report.contains("'github_username' is a required property"), verdict.report)
        XCTAssertTrue(verdict.report.contains("('nickname' was unexpected)"), verdict.report)
    }

    /// A copy of the JSON object at `source`, changed by `change`, written beside the report.
    private func edited(_ source: URL, _ change: (inout [String: Any]) -> Void) throws -> URL {
        var object = try XCTUnwrap(try jsonObject(at: source) as? [String: Any])
        change(&object)
        let target = scratch.url.appendingPathComponent("edited-\(UUID().uuidString).json")
        try JSONSerialization.data(withJSONObject: object).write(to: target)
        return target
    }
}
