import Foundation
import GraderModel
import GraderReport
import GraderTestSupport
import XCTest

/// Which files `ReportWriter` writes, and where.
final class ReportFilesTests: ReportTestCase {
    func testEveryFileIsWrittenAndNothingElse() throws {
        var expected = [
            "grades.csv", "index.html", "summary.json", "exercises/operators.html", "exercises/loops.html",
            "exercises/strings.html",
        ]
        for student in report.students {
            let name = ReportWriter.fileName(for: student.identifier)
            expected += [
                "students/\(name).json", "students/\(name).html", "gradescope/\(name).json", "junit/\(name).xml",
            ]
        }
        XCTAssertEqual(try allFiles(), expected.sorted())
        let returned = written.map { $0.path.replacingOccurrences(of: folder.path + "/", with: "") }
        XCTAssertEqual(returned.sorted(), expected.sorted())
    }

    func testHostileIdentifierStaysInsideItsFolders() throws {
        let student = ReportFixture.mallory
        let name = ReportWriter.fileName(for: student.identifier)
        for path in ["students/\(name).json", "students/\(name).html", "gradescope/\(name).json", "junit/\(name).xml"] {
            let file = url(path)
            XCTAssertEqual(
                file.standardizedFileURL.deletingLastPathComponent().deletingLastPathComponent().path,
                folder.standardizedFileURL.path)
            XCTAssertTrue(FileManager.default.fileExists(atPath: file.path), file.path)
        }
        let outside = try FileManager.default.contentsOfDirectory(atPath: scratch.url.path)
        XCTAssertEqual(outside, ["out"], "nothing may be written beside the report folder")
    }

    func testWriteStudentWritesThatStudentsJSONOnly() throws {
        let other = try TemporaryDirectory(prefix: "grade-report-student")
        defer { other.remove() }
        let file = try ReportWriter.writeStudent(ReportFixture.grace, to: other.url)
        XCTAssertEqual(file.lastPathComponent, "grace@example.edu.json")
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: other.url.path), ["students"])
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(
                atPath: other.url.appendingPathComponent("students").path),
            ["grace@example.edu.json"])
        let decoded = try ReportJSON.decoder().decode(StudentResult.self, from: Data(contentsOf: file))
        XCTAssertEqual(decoded, ReportFixture.grace)
    }

    func testWritingTwiceReplacesTheFiles() throws {
        var changed = report
        changed.sandbox = "none"
        try ReportWriter.write(changed, to: folder)
        XCTAssertTrue(try text("summary.json").contains("\"sandbox\" : \"none\""))
        XCTAssertTrue(try text("index.html").contains("without a sandbox"))
    }
}
