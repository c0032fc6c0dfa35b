import Foundation
import GraderGit
import GraderTestSupport
import XCTest

/// `Git.fetchHead` over `git://` (a local `git daemon`): libgit2's smart protocol negotiates what
/// to send, as with GitHub, where the local transport sends every object it has.
final class SmartProtocolTests: GitTestCase {
    private var daemon: GitDaemon!

    override func setUpWithError() throws {
        try super.setUpWithError()
        let students = scratch.url.appendingPathComponent("students")
        try FileManager.default.createDirectory(at: students, withIntermediateDirectories: true)
        daemon = try GitDaemon(serving: students)
    }

    override func tearDown() {
        daemon?.stop()
        daemon = nil
        super.tearDown()
    }

    func testCloneThenFetchOverTheNetwork() throws {
        let (student, first) = try makeStudentWithCommit()
        let cache = cacheURL()

        XCTAssertEqual(try Git.fetchHead(from: daemon.url("ada"), into: cache)?.commit, first)
        try student.write("// second\n", to: "Sources/Loops/Second.swift")
        let second = try student.commit("Second")
        let snapshot = try Git.fetchHead(from: daemon.url("ada"), into: cache)

        XCTAssertEqual(snapshot?.commit, second)
        XCTAssertEqual(snapshot?.summary, "Second")
        XCTAssertEqual(try Git.files(in: cache, commit: second, under: "Sources/Loops").count, 2)
    }

    func testDetachedRemoteHeadIsFetchedThoughNoBranchHoldsIt() throws {
        let (student, first) = try makeStudentWithCommit()
        try student.git("checkout", "--quiet", "--detach", first)
        try student.write("// detached\n", to: "Sources/Loops/Loops.swift")
        let detached = try student.commit("Detached work")

        let snapshot = try Git.fetchHead(from: daemon.url("ada"), into: cacheURL())

        XCTAssertEqual(snapshot?.commit, detached)
        let files = try Git.files(in: cacheURL(), commit: detached, under: "Sources/Loops")
        XCTAssertEqual(files.first?.text, "// detached\n")
    }

    func testForcePushedHistoryOverTheNetwork() throws {
        let (student, base) = try makeStudentWithCommit()
        try student.write("// abandoned\n", to: "Sources/Loops/Loops.swift")
        let abandoned = try student.commit("Abandoned")
        let cache = cacheURL()
        XCTAssertEqual(try Git.fetchHead(from: daemon.url("ada"), into: cache)?.commit, abandoned)

        try student.resetHard(to: base)
        try student.write("// rewritten\n", to: "Sources/Loops/Loops.swift")
        let rewritten = try student.commit("Rewritten")
        let snapshot = try Git.fetchHead(from: daemon.url("ada"), into: cache)

        XCTAssertEqual(snapshot?.commit, rewritten)
        let branch = try Git.files(in: cache, commit: "refs/remotes/origin/main", under: "Sources/Loops")
        XCTAssertEqual(branch.first?.text, "// rewritten\n")
    }

    func testMissingRepositoryOnTheServerThrowsCloneError() throws {
        let source = daemon.url("nobody")

        let error = try XCTUnwrap(
            gitError {
                _ = try Git.fetchHead(from: source, into: cacheURL())
            })

        XCTAssertEqual(error.operation, "clone")
        XCTAssertFalse(error.message.isEmpty)
        XCTAssertTrue(error.description.contains(source), error.description)
        XCTAssertFalse(fileExists(cacheURL()))
    }

    func testUnreachableServerThrowsCloneError() throws {
        let source = daemon.url("ada")
        daemon.stop()

        let error = gitError {
            _ = try Git.fetchHead(from: source, into: cacheURL())
        }

        XCTAssertEqual(error?.operation, "clone")
        XCTAssertTrue(error?.description.contains("this machine can reach it") ?? false)
    }
}
