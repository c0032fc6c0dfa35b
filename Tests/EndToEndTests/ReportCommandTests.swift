import Foundation
import GraderModel
import GraderReport
import GraderTestSupport
import XCTest

/// `grade report --from DIR`: every report written again from a real run's JSON results, without
/// grading, and a clear error naming the file when the input is bad.
final class ReportCommandTests: XCTestCase {
    private var out: TemporaryDirectory!
    private var folder: URL { out.url.appendingPathComponent("reports") }

    override func setUp() async throws {
        let fixture = try await GradedFixture.shared.value
        out = try TemporaryDirectory(prefix: "grade-report-command")
        let report = GradeReport(
            course: "fixture", title: "Fixture course", generatedAt: Date(timeIntervalSince1970: 1_772_366_400),
            sandbox: "bubblewrap", students: fixture.order.compactMap { fixture.results[$0] })
        try ReportWriter.write(report, to: folder)
    }

    override func tearDown() {
        out?.remove()
    }

    private func files(in base: URL) throws -> [String: Data] {
        let walker = try XCTUnwrap(FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil))
        var found: [String: Data] = [:]
        for case let file as URL in walker where !file.hasDirectoryPath {
            found[file.path.replacingOccurrences(of: base.path + "/", with: "")] = try Data(contentsOf: file)
        }
        return found
    }

    func testRebuildsEveryReportFromTheSummary() throws {
        let original = try files(in: folder)
        XCTAssertGreaterThan(original.count, 30)
        for path in original.keys where path != "summary.json" {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(path))
        }
        let run = try CommandLineTests.grade(["report", "--from", folder.path])
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(run.output.contains("wrote \(original.count) files for 9 students"), run.output)
        let rebuilt = try files(in: folder)
        XCTAssertEqual(rebuilt.keys.sorted(), original.keys.sorted())
        for (path, data) in original {
            XCTAssertEqual(rebuilt[path], data, "\(path) is written again byte for byte")
        }

        let elsewhere = out.url.appendingPathComponent("elsewhere")
        let copy = try CommandLineTests.grade(["report", "--from", folder.path, "--out", elsewhere.path])
        XCTAssertEqual(copy.status, 0, copy.output)
        XCTAssertEqual(try files(in: elsewhere), original, "--out writes the same files into another folder")
    }

    func testAnInterruptedRunIsRebuiltFromItsStudentFiles() async throws {
        let fixture = try await GradedFixture.shared.value
        try FileManager.default.removeItem(at: folder.appendingPathComponent("summary.json"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("index.html"))
        let run = try CommandLineTests.grade([
            "report", "--from", folder.path, "--config", fixture.course.configFile.path,
        ])
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(run.output.contains("summary.json is missing: rebuilt from 9 student file(s)"), run.output)
        let summary = try ReportJSON.decoder().decode(
            GradeReport.self, from: Data(contentsOf: folder.appendingPathComponent("summary.json")))
        XCTAssertEqual(summary.students.count, 9)
        XCTAssertEqual(summary.sandbox, "unknown")
        XCTAssertEqual(summary.students.map(\.identifier), fixture.order.sorted())
        let index = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertTrue(index.contains("sandbox <code>unknown</code> · 9 students"), index)
        let verdict = try XCTUnwrap(
            SchemaValidator.validate([folder.appendingPathComponent("summary.json")], against: "#"))
        XCTAssertTrue(verdict.valid, verdict.report)
    }

    func testBadInputIsAClearErrorNamingTheFile() throws {
        let broken = folder.appendingPathComponent("summary.json")
        try "{\"schema\": \"grade-report/1\"}".write(to: broken, atomically: true, encoding: .utf8)
        let run = try CommandLineTests.grade(["report", "--from", folder.path])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(
            run.output.contains(
                "\(broken.path): not a grade-report/1 result: the key 'course' is missing at the top level"),
            run.output)

        let nowhere = out.url.appendingPathComponent("nowhere")
        let missing = try CommandLineTests.grade(["report", "--from", nowhere.path])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.output.contains("\(nowhere.path): no such folder"), missing.output)
    }

    func testTheExportsOfARealRunAreValid() throws {
        let gradescope = try FileManager.default
            .contentsOfDirectory(at: folder.appendingPathComponent("gradescope"), includingPropertiesForKeys: nil)
        XCTAssertEqual(gradescope.count, 9)
        let verdict = try XCTUnwrap(
            SchemaValidator.validate(gradescope, against: "#", of: SchemaValidator.gradescopeSchemaURL))
        XCTAssertTrue(verdict.valid, verdict.report)
        let junit = try FileManager.default
            .contentsOfDirectory(at: folder.appendingPathComponent("junit"), includingPropertiesForKeys: nil)
        XCTAssertEqual(junit.count, 9)
        let parse = """
            import sys
            import xml.etree.ElementTree as ET
            print(sum(len(ET.parse(path).getroot().findall("testsuite")) for path in sys.argv[1:]))
            """
        XCTAssertEqual(try PythonRunner.run(parse, arguments: junit.map(\.path)), "9\n", "one suite per student")
    }
}
