import Foundation
import GraderGit
import GraderTestSupport
import XCTest

/// A cache folder that is not a valid repository is removed and cloned again.
final class CacheRecoveryTests: GitTestCase {
    private func assertRecovered(
        _ prepare: (URL) throws -> Void, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let (student, commit) = try makeStudentWithCommit()
        let cache = cacheURL()
        try FileManager.default.createDirectory(
            at: cache.deletingLastPathComponent(), withIntermediateDirectories: true)
        try prepare(cache)

        let snapshot = try Git.fetchHead(from: student.path, into: cache)

        XCTAssertEqual(snapshot?.commit, commit, file: file, line: line)
        XCTAssertEqual(try Git.recordedHead(in: cache)?.commit, commit, file: file, line: line)
        XCTAssertFalse(fileExists(cache.appendingPathComponent("junk")), file: file, line: line)
        let files = try Git.files(in: cache, commit: commit, under: "Sources/Loops")
        XCTAssertEqual(files.map(\.path), ["Loops.swift"], file: file, line: line)
    }

    func testEmptyFolderIsRecovered() throws {
        try assertRecovered { cache in
            try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        }
    }

    func testFolderWithJunkIsRecovered() throws {
        try assertRecovered { cache in
            try FileManager.default.createDirectory(
                at: cache.appendingPathComponent("junk/deeper"), withIntermediateDirectories: true)
            try Data("garbage".utf8).write(to: cache.appendingPathComponent("junk/deeper/file"))
            try Data("not a ref".utf8).write(to: cache.appendingPathComponent("HEAD"))
        }
    }

    func testInterruptedCloneIsRecovered() throws {
        // What `git init --bare` leaves before any object arrives, minus a piece: no objects folder.
        try assertRecovered { cache in
            try FileManager.default.createDirectory(
                at: cache.appendingPathComponent("refs/heads"), withIntermediateDirectories: true)
            try Data("ref: refs/heads/main\n".utf8).write(to: cache.appendingPathComponent("HEAD"))
            try Data("junk".utf8).write(to: cache.appendingPathComponent("junk"))
        }
    }

    func testPlainFileInPlaceOfTheCacheIsRecovered() throws {
        try assertRecovered { cache in
            try Data("junk".utf8).write(to: cache)
        }
    }

    func testPartialCloneLeftByAKilledRunIsRemoved() throws {
        let leftover = cacheURL().deletingLastPathComponent().appendingPathComponent(".ada.partial-1234ABCD")
        let unrelated = cacheURL().deletingLastPathComponent().appendingPathComponent(".bob.partial-1234ABCD")
        try FileManager.default.createDirectory(at: leftover, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: unrelated, withIntermediateDirectories: true)

        try assertRecovered { _ in }

        XCTAssertEqual(cacheFolderContents(), [".bob.partial-1234ABCD", "ada"])
    }

    func testAWorkTreeIsNeverDeleted() throws {
        let (student, _) = try makeStudentWithCommit()
        let (other, _) = try makeStudentWithCommit("other")

        let error = gitError {
            _ = try Git.fetchHead(from: other.path, into: student.url)
        }

        XCTAssertEqual(error?.operation, "open")
        XCTAssertTrue(error?.message.contains("refusing") ?? false, "\(String(describing: error))")
        XCTAssertTrue(fileExists(student.url.appendingPathComponent("Sources/Loops/Loops.swift")))
        XCTAssertNotNil(try student.head())
    }
}
