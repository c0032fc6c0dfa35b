import Foundation
import GraderGit
import GraderTestSupport
import XCTest

@testable import GraderCore

final class StagedSubmissionTests: XCTestCase {
    func testOnlyPlainSwiftFilesAreTakenAndEverySkipIsExplained() throws {
        let folder = try TemporaryDirectory(prefix: "grade-stage")
        defer { folder.remove() }
        let files = [
            GitFile(path: "Calc.swift", kind: .regular, contents: Data("let a = 1\n".utf8)),
            GitFile(path: "Nested/More.swift", kind: .executable, contents: Data("let b = 2\n".utf8)),
            GitFile(path: "Link.swift", kind: .symlink, contents: Data("/etc/passwd".utf8)),
            GitFile(path: "../Escape.swift", kind: .regular, contents: Data("let c = 3\n".utf8)),
            GitFile(path: "/abs/Abs.swift", kind: .regular, contents: Data("let d = 4\n".utf8)),
            GitFile(path: "Big.swift", kind: .regular, contents: Data(repeating: 65, count: (1 << 20) + 1)),
            GitFile(path: "Latin1.swift", kind: .regular, contents: Data([0x6C, 0x65, 0x74, 0xE9, 0xFF])),
            GitFile(path: "Sub", kind: .submodule, contents: Data()),
            GitFile(path: "notes.txt", kind: .regular, contents: Data("hi".utf8)),
        ]
        let staged = try StagedSubmission.stage(files, module: "Calc", into: folder.url)
        XCTAssertEqual(staged.files, ["Sources/Calc/Calc.swift", "Sources/Calc/Nested/More.swift"])
        XCTAssertEqual(staged.skipped.count, 5, staged.skipped.joined(separator: "\n"))
        XCTAssertTrue(staged.skipped.contains { $0.contains("Link.swift: a symbolic link") })
        XCTAssertTrue(staged.skipped.contains { $0.contains("../Escape.swift: not a plain relative path") })
        XCTAssertTrue(staged.skipped.contains { $0.contains("Abs.swift: not a plain relative path") })
        XCTAssertTrue(staged.skipped.contains { $0.contains("Big.swift: larger than 1 MiB") })
        XCTAssertTrue(staged.skipped.contains { $0.contains("Latin1.swift: not UTF-8") })
        XCTAssertFalse(
            FileManager.default.fileExists(
                atPath: folder.url.deletingLastPathComponent().appendingPathComponent("Escape.swift").path))
        XCTAssertEqual(
            try String(
                contentsOf: folder.url.appendingPathComponent("Sources/Calc/Nested/More.swift"), encoding: .utf8),
            "let b = 2\n")
    }
}
