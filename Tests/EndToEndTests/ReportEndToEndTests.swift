import Foundation
import GraderModel
import GraderReport
import GraderTestSupport
import XCTest

/// The reports of a real grading run: every JSON file written validates against the published schema.
final class ReportEndToEndTests: XCTestCase {
    func testReportsOfARealRunMatchTheSchema() async throws {
        let fixture = try await GradedFixture.shared.value
        let out = try TemporaryDirectory(prefix: "grade-reports")
        defer { out.remove() }
        let report = GradeReport(
            course: "fixture", title: nil, generatedAt: Date(), sandbox: "none",
            students: fixture.order.compactMap { fixture.results[$0] })
        try ReportWriter.write(report, to: out.url)

        let summary = out.url.appendingPathComponent("summary.json")
        let verdict = try XCTUnwrap(SchemaValidator.validate([summary], against: "#"))
        XCTAssertTrue(verdict.valid, verdict.report)
        let students = try FileManager.default
            .contentsOfDirectory(at: out.url.appendingPathComponent("students"), includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
        XCTAssertEqual(students.count, fixture.order.count)
        let perStudent = try XCTUnwrap(SchemaValidator.validate(students, against: "#/$defs/student"))
        XCTAssertTrue(perStudent.valid, perStudent.report)
    }
}
