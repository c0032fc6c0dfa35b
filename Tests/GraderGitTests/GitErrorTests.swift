import Foundation
import GraderGit
import GraderTestSupport
import XCTest

/// Failures come back as `GitError`s a human can act on, and leave nothing behind.
final class GitErrorTests: GitTestCase {
    func testNonexistentPathThrowsCloneErrorNamingTheSource() throws {
        let source = scratch.url.appendingPathComponent("students/nobody").path
        let cache = cacheURL()

        let error = try XCTUnwrap(
            gitError {
                _ = try Git.fetchHead(from: source, into: cache)
            })

        XCTAssertEqual(error.operation, "clone")
        XCTAssertFalse(error.message.isEmpty)
        XCTAssertLessThan(error.code, 0)
        XCTAssertTrue(error.description.hasPrefix("could not clone '\(source)': "), error.description)
        XCTAssertEqual(error.hint, "there is no folder at this path; check the repository given")
        XCTAssertFalse(fileExists(cache), "no cache for a failed clone")
        XCTAssertEqual(cacheFolderContents(), [], "no partial clone left behind")
    }

    func testNonexistentFileURLThrowsCloneErrorNamingTheSource() throws {
        let source = "file://" + scratch.url.appendingPathComponent("students/nobody.git").path
        let cache = cacheURL()

        let error = try XCTUnwrap(
            gitError {
                _ = try Git.fetchHead(from: source, into: cache)
            })

        XCTAssertEqual(error.operation, "clone")
        XCTAssertFalse(error.message.isEmpty)
        XCTAssertTrue(error.description.contains(source), error.description)
        XCTAssertTrue(error.description.contains("check that the repository exists"), error.description)
        XCTAssertFalse(fileExists(cache))
        XCTAssertEqual(cacheFolderContents(), [])
    }

    func testFolderThatIsNotARepositoryThrows() throws {
        let folder = scratch.url.appendingPathComponent("students/plain")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

        let error = gitError {
            _ = try Git.fetchHead(from: folder.path, into: cacheURL())
        }

        XCTAssertEqual(error?.operation, "clone")
        XCTAssertEqual(error?.target, folder.path)
        XCTAssertFalse(fileExists(cacheURL()))
    }

    func testFetchIntoExistingCacheFromVanishedSourceThrowsFetchErrorAndKeepsTheCache() throws {
        let (student, commit) = try makeStudentWithCommit()
        let cache = cacheURL()
        _ = try Git.fetchHead(from: student.path, into: cache)
        student.delete()

        let error = gitError {
            _ = try Git.fetchHead(from: student.path, into: cache)
        }

        XCTAssertEqual(error?.operation, "fetch")
        XCTAssertEqual(try Git.recordedHead(in: cache)?.commit, commit, "the cache survives")
    }

    func testRepositoryOfAnotherUserIsRefusedWithAnExplanation() throws {
        try XCTSkipUnless(geteuid() == 0, "needs root to give the repository to another user")
        let (student, _) = try makeStudentWithCommit()
        let chown = Process()
        chown.executableURL = URL(fileURLWithPath: "/bin/chown")
        chown.arguments = ["-R", "65534", student.path]
        try chown.run()
        chown.waitUntilExit()
        XCTAssertEqual(chown.terminationStatus, 0)

        let error = gitError {
            _ = try Git.fetchHead(from: student.path, into: cacheURL())
        }

        XCTAssertEqual(error?.operation, "clone")
        XCTAssertTrue(error?.hint?.contains("safe.directory") ?? false, "\(String(describing: error))")
    }

    func testUnwritableCacheLocationThrowsCreateCache() throws {
        let (student, _) = try makeStudentWithCommit()
        let file = scratch.url.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        let cache = file.appendingPathComponent("caches/ada")

        let error = gitError {
            _ = try Git.fetchHead(from: student.path, into: cache)
        }

        XCTAssertEqual(error?.operation, "create cache")
        XCTAssertEqual(error?.target, cache.path)
        XCTAssertEqual(error?.hint, "check that the folder exists, has free space and is writable")
    }

    func testUnknownCommitThrowsLookupCommitWithAHint() throws {
        let (student, _) = try makeStudentWithCommit()
        let cache = cacheURL()
        _ = try Git.fetchHead(from: student.path, into: cache)
        let missing = String(repeating: "ab", count: 20)

        let error = try XCTUnwrap(
            gitError {
                _ = try Git.files(in: cache, commit: missing, under: "Sources/Loops")
            })

        XCTAssertEqual(error.operation, "lookup commit")
        XCTAssertEqual(error.target, missing)
        XCTAssertEqual(error.code, -3, "GIT_ENOTFOUND")
        XCTAssertTrue(error.description.contains("fetch the repository first"), error.description)
    }

    func testFilesInAFolderThatIsNotARepositoryThrowsOpen() throws {
        let error = gitError {
            _ = try Git.files(in: scratch.url, commit: "HEAD", under: "")
        }

        XCTAssertEqual(error?.operation, "open")
        XCTAssertEqual(error?.target, scratch.url.path)
    }

    func testDescriptionCombinesOperationTargetMessageAndHint() {
        let error = GitError(
            operation: "fetch", target: "https://example.com/a.git", code: -16, errorClass: 34,
            message: "authentication required")

        XCTAssertEqual(
            error.description,
            "could not fetch 'https://example.com/a.git': authentication required (the repository "
                + "may be private or the URL wrong; check that it exists and that the grader may read it)")
        let plain = GitError(
            operation: "read tree", target: "abc", code: -1, errorClass: 0, message: "bad", hint: nil)
        XCTAssertEqual(plain.description, "could not read tree 'abc': bad")
        XCTAssertEqual(
            GitError(operation: "open", target: "x", code: -1, errorClass: 0, message: "").message,
            "libgit2 error -1 (no message)")
    }
}
