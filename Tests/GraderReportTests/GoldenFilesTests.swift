import Foundation
import GraderReport
import XCTest

/// Every file `ReportWriter` writes for `ReportFixture.report` (HTML pages, CSV, JSON, Gradescope
/// JSON, JUnit XML), byte for byte against `Golden/`.
///
/// A change in any output fails here until a person looks at it: run
/// `GRADE_UPDATE_GOLDEN=1 swift test --filter GoldenFilesTests` to rewrite `Golden/`, then read
/// `git diff Tests/GraderReportTests/Golden` before committing. The test never rewrites the
/// golden files on its own, and a rewrite run ends as skipped, never as passed.
final class GoldenFilesTests: ReportTestCase {
    static let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden", isDirectory: true)

    func testEveryFileMatchesItsGolden() throws {
        if ProcessInfo.processInfo.environment["GRADE_UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.removeItem(at: Self.goldenFolder)
            try FileManager.default.copyItem(at: folder, to: Self.goldenFolder)
            throw XCTSkip("GRADE_UPDATE_GOLDEN=1: rewrote \(Self.goldenFolder.path); review it with git diff")
        }
        let golden = try files(under: Self.goldenFolder)
        XCTAssertFalse(
            golden.isEmpty,
            "no golden files at \(Self.goldenFolder.path): make them with GRADE_UPDATE_GOLDEN=1 swift test --filter GoldenFilesTests"
        )
        XCTAssertEqual(try allFiles(), golden, "the set of files written changed")
        for file in golden {
            let expected = try String(contentsOf: Self.goldenFolder.appendingPathComponent(file), encoding: .utf8)
            let actual = try text(file)
            if actual != expected {
                XCTFail("\(file) differs from its golden file: \(Self.firstDifference(expected, actual))")
            }
        }
    }

    func testGoldenPagesCoverEveryFormat() throws {
        let golden = try files(under: Self.goldenFolder)
        for prefix in ["students/", "exercises/", "gradescope/", "junit/"] {
            XCTAssertTrue(golden.contains { $0.hasPrefix(prefix) }, prefix)
        }
        for file in ["index.html", "grades.csv", "summary.json"] {
            XCTAssertTrue(golden.contains(file), file)
        }
    }

    private func files(under base: URL) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: base.path) else { return [] }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: base.path + "/" + relative, isDirectory: &isFolder),
                !isFolder.boolValue
            {
                found.append(relative)
            }
        }
        return found.sorted()
    }

    /// The first line where the two texts differ, both versions.
    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let old = expected.components(separatedBy: "\n")
        let new = actual.components(separatedBy: "\n")
        for index in 0..<max(old.count, new.count) {
            let before = index < old.count ? old[index] : "(end of file)"
            let after = index < new.count ? new[index] : "(end of file)"
            if before != after {
                return "line \(index + 1)\n  golden: \(before.prefix(300))\n  now:    \(after.prefix(300))"
            }
        }
        return "(same lines; line endings differ)"
    }
}
