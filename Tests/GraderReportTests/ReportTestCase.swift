import Foundation
import GraderModel
import GraderReport
import GraderTestSupport
import XCTest

/// Writes `ReportFixture.report` into a fresh folder before each test; removes it afterwards.
class ReportTestCase: XCTestCase {
    private(set) var scratch: TemporaryDirectory!
    private(set) var written: [URL] = []

    var folder: URL { scratch.url.appendingPathComponent("out", isDirectory: true) }
    var studentsFolder: URL { folder.appendingPathComponent("students", isDirectory: true) }
    var report: GradeReport { ReportFixture.report }

    override func setUpWithError() throws {
        try super.setUpWithError()
        scratch = try TemporaryDirectory(prefix: "grade-report-test")
        written = try ReportWriter.write(report, to: folder)
    }

    override func tearDown() {
        scratch?.remove()
        super.tearDown()
    }

    func url(_ relativePath: String) -> URL {
        folder.appendingPathComponent(relativePath)
    }

    func text(_ relativePath: String) throws -> String {
        try String(contentsOf: url(relativePath), encoding: .utf8)
    }

    func studentFile(_ student: StudentResult, _ pathExtension: String) -> URL {
        studentsFolder.appendingPathComponent(
            ReportWriter.fileName(for: student.identifier) + "." + pathExtension)
    }

    /// The JSON at `url` as plain Foundation objects (dictionaries, arrays, `NSNull`).
    func jsonObject(at url: URL) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    }

    /// Every regular file under the report folder, as paths relative to it, sorted.
    func allFiles() throws -> [String] {
        let base = folder.standardizedFileURL.resolvingSymlinksInPath().path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return [] }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + "/" + relative, isDirectory: &isFolder),
                !isFolder.boolValue
            {
                files.append(relative)
            }
        }
        return files.sorted()
    }
}
