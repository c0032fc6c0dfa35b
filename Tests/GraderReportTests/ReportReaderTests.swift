import Foundation
import GraderModel
import GraderReport
import GraderTestSupport
import XCTest

/// `ReportReader`: results read back from a report folder, and clear errors for bad input.
final class ReportReaderTests: ReportTestCase {
    private let fallback = ReportReader.Fallback(course: "from-config", title: "From config")

    func testReadsTheSummaryWhenItIsThere() throws {
        let (read, source) = try ReportReader.read(from: folder, fallback: fallback)
        XCTAssertEqual(read, report)
        XCTAssertEqual(source, .summary)
    }

    func testRebuildingFromTheSummaryWritesTheSameFiles() throws {
        let (read, _) = try ReportReader.read(from: folder, fallback: fallback)
        let copy = scratch.url.appendingPathComponent("copy")
        try ReportWriter.write(read, to: copy)
        for file in try allFiles() {
            let original = try Data(contentsOf: url(file))
            XCTAssertEqual(try Data(contentsOf: copy.appendingPathComponent(file)), original, file)
        }
    }

    func testWithoutASummaryReadsEveryStudentFile() throws {
        try FileManager.default.removeItem(at: url("summary.json"))
        let graded = Date(timeIntervalSince1970: 1_780_000_000)
        for student in report.students {
            try FileManager.default.setAttributes(
                [.modificationDate: graded.addingTimeInterval(student.identifier == "ada" ? 0 : -60)],
                ofItemAtPath: studentFile(student, "json").path)
        }
        let (read, source) = try ReportReader.read(from: folder, fallback: fallback)
        XCTAssertEqual(source, .studentFiles(3))
        XCTAssertEqual(read.students, report.students.sorted { $0.identifier < $1.identifier })
        XCTAssertEqual(read.course, "from-config")
        XCTAssertEqual(read.title, "From config")
        XCTAssertEqual(read.sandbox, "unknown")
        XCTAssertEqual(read.generatedAt, graded, "the newest student file's time")
    }

    func testErrorsNameTheFileAndWhatIsWrong() throws {
        let missing = scratch.url.appendingPathComponent("nowhere")
        XCTAssertThrowsError(try ReportReader.read(from: missing, fallback: fallback)) { error in
            XCTAssertEqual(error as? ReportInputError, .notAFolder(missing.path))
            XCTAssertTrue("\(error)".contains("no such folder"), "\(error)")
        }
        let empty = scratch.url.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        XCTAssertThrowsError(try ReportReader.read(from: empty, fallback: fallback)) { error in
            XCTAssertEqual(error as? ReportInputError, .noResults(empty.path))
            XCTAssertTrue("\(error)".contains("no summary.json and no students/*.json"), "\(error)")
        }

        let summary = url("summary.json")
        try "{\"schema\": \"grade-report/1\", \"course\": \"c\"".write(to: summary, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ReportReader.read(from: folder, fallback: fallback)) { error in
            guard case .invalidJSON(let file, _) = error as? ReportInputError else { return XCTFail("\(error)") }
            XCTAssertEqual(file, summary.path)
            XCTAssertTrue("\(error)".hasPrefix(summary.path + ": not a grade-report/1 result: "), "\(error)")
        }

        try
            "{\"schema\": \"grade-report/1\", \"course\": \"c\", \"generated_at\": \"2026-03-01T12:00:00Z\", \"sandbox\": \"none\"}"
            .write(to: summary, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ReportReader.read(from: folder, fallback: fallback)) { error in
            XCTAssertTrue("\(error)".contains("the key 'students' is missing at the top level"), "\(error)")
        }

        try text("students/ada.json").replacingOccurrences(of: "\"score\" : 20", with: "\"score\" : \"twenty\"")
            .write(to: url("students/ada.json"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: summary)
        XCTAssertThrowsError(try ReportReader.read(from: folder, fallback: fallback)) { error in
            guard case .invalidJSON(let file, let reason) = error as? ReportInputError else {
                return XCTFail("\(error)")
            }
            XCTAssertEqual(file, studentFile(ReportFixture.ada, "json").path)
            XCTAssertTrue(reason.contains("wrong value at score"), reason)
        }
    }

    func testAnotherSchemaIsRefused() throws {
        let summary = url("summary.json")
        try text("summary.json").replacingOccurrences(of: "grade-report/1", with: "grade-report/2")
            .write(to: summary, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ReportReader.read(from: folder, fallback: fallback)) { error in
            XCTAssertEqual(error as? ReportInputError, .wrongSchema(file: summary.path, found: "grade-report/2"))
        }
    }

    func testTwoFilesOfOneStudentAreRefused() throws {
        try FileManager.default.removeItem(at: url("summary.json"))
        try FileManager.default.copyItem(at: url("students/ada.json"), to: url("students/ada-copy.json"))
        XCTAssertThrowsError(try ReportReader.read(from: folder, fallback: fallback)) { error in
            XCTAssertEqual(
                error as? ReportInputError,
                .duplicateStudent(
                    identifier: "ada", files: [url("students/ada-copy.json").path, url("students/ada.json").path]))
        }
    }
}
