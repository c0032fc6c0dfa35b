import Foundation
import GraderGit
import GraderTestSupport
import XCTest

/// `Git.fetchHead` on a cache that does not exist yet: a bare clone.
final class FetchHeadCloneTests: GitTestCase {
    func testCloneOfLocalPathReturnsHeadCommitSummaryAndDate() throws {
        let student = try makeStudent()
        try student.write("// one\n", to: "Sources/Loops/Loops.swift")
        try student.commit("First try", date: Date(timeIntervalSince1970: 1_700_000_000))
        try student.write("// two\n", to: "Sources/Loops/Loops.swift")
        let second = try student.commit(
            "  Loops: second try  \n\nWith a body\nover lines", date: Date(timeIntervalSince1970: 1_760_000_000))

        let cache = cacheURL()
        let snapshot = try XCTUnwrap(try Git.fetchHead(from: student.path, into: cache))

        XCTAssertEqual(snapshot.commit, second)
        XCTAssertEqual(snapshot.commit.count, 40)
        XCTAssertEqual(snapshot.summary, "Loops: second try")
        XCTAssertEqual(snapshot.committedAt, Date(timeIntervalSince1970: 1_760_000_000))
    }

    func testCloneIsBareAndKeepsRemoteBranchesAndHead() throws {
        let (student, first) = try makeStudentWithCommit()
        try student.checkout("feature", create: true)
        try student.write("// feature\n", to: "Sources/Loops/Feature.swift")
        let feature = try student.commit("Feature")
        try student.checkout("main")

        let cache = cacheURL()
        XCTAssertEqual(try Git.fetchHead(from: student.path, into: cache)?.commit, first)

        XCTAssertTrue(fileExists(cache.appendingPathComponent("HEAD")), "a bare repository")
        XCTAssertTrue(fileExists(cache.appendingPathComponent("objects")))
        XCTAssertFalse(fileExists(cache.appendingPathComponent(".git")), "no work tree")
        XCTAssertFalse(fileExists(cache.appendingPathComponent("Sources")), "nothing checked out")
        XCTAssertEqual(cacheFolderContents(), ["ada"], "no partial clone left beside the cache")
        let branch = try Git.files(in: cache, commit: "refs/remotes/origin/feature", under: "")
        XCTAssertEqual(branch.map(\.path), ["Sources/Loops/Feature.swift", "Sources/Loops/Loops.swift"])
        XCTAssertNotEqual(feature, first)
        XCTAssertEqual(try Git.recordedHead(in: cache)?.commit, first)
    }

    func testCloneOfFileURL() throws {
        let (student, commit) = try makeStudentWithCommit()
        XCTAssertTrue(student.fileURL.hasPrefix("file:///"))

        let snapshot = try Git.fetchHead(from: student.fileURL, into: cacheURL())

        XCTAssertEqual(snapshot?.commit, commit)
        XCTAssertEqual(snapshot?.summary, "Loops")
    }

    func testCloneOfBareRepository() throws {
        let (student, commit) = try makeStudentWithCommit()
        let bare = scratch.url.appendingPathComponent("bare.git")
        try student.git("clone", "--quiet", "--bare", student.path, bare.path)

        XCTAssertEqual(try Git.fetchHead(from: bare.path, into: cacheURL())?.commit, commit)
    }

    func testRemoteHeadIsTheDefaultBranchNotTheNewestCommit() throws {
        let student = try makeStudent(branch: "trunk")
        try student.write("// trunk\n", to: "A.swift")
        let trunk = try student.commit("On trunk", date: Date(timeIntervalSince1970: 1_700_000_000))
        try student.checkout("later", create: true)
        try student.write("// later\n", to: "B.swift")
        let later = try student.commit("Later branch", date: Date(timeIntervalSince1970: 1_800_000_000))
        try student.checkout("trunk")

        let cache = cacheURL()
        XCTAssertEqual(try Git.fetchHead(from: student.path, into: cache)?.commit, trunk)

        // The student switches the default branch: the next fetch follows the remote's HEAD.
        try student.checkout("later")
        XCTAssertEqual(try Git.fetchHead(from: student.path, into: cache)?.commit, later)
    }

    func testEmptyRepositoryReturnsNilThenItsFirstCommit() throws {
        let student = try makeStudent()
        let cache = cacheURL()

        XCTAssertNil(try Git.fetchHead(from: student.path, into: cache))
        XCTAssertTrue(fileExists(cache.appendingPathComponent("HEAD")), "the empty clone is kept")
        XCTAssertNil(try Git.recordedHead(in: cache))

        try student.write("// first\n", to: "Sources/Loops/Loops.swift")
        let first = try student.commit("First")
        XCTAssertEqual(try Git.fetchHead(from: student.path, into: cache)?.commit, first)
        XCTAssertEqual(try Git.recordedHead(in: cache)?.commit, first)
    }

    func testRepositoryThatBecameEmptyReturnsNilAndForgetsTheOldHead() throws {
        let (student, commit) = try makeStudentWithCommit()
        let cache = cacheURL()
        XCTAssertEqual(try Git.fetchHead(from: student.path, into: cache)?.commit, commit)

        try student.git("update-ref", "-d", "refs/heads/main")

        XCTAssertNil(try Git.fetchHead(from: student.path, into: cache))
        XCTAssertNil(try Git.recordedHead(in: cache))
    }
}
