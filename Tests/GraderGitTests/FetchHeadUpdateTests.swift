import Foundation
import GraderGit
import GraderTestSupport
import XCTest

/// `Git.fetchHead` on an existing cache: a fetch, never a new clone.
final class FetchHeadUpdateTests: GitTestCase {
    func testSecondCallFetchesIntoTheSameCache() throws {
        let (student, first) = try makeStudentWithCommit()
        let cache = cacheURL()
        XCTAssertEqual(try Git.fetchHead(from: student.path, into: cache)?.commit, first)
        // A re-clone would replace the folder and lose this file.
        let marker = cache.appendingPathComponent("grade-marker")
        try Data("still here".utf8).write(to: marker)

        try student.write("// more\n", to: "Sources/Loops/More.swift")
        let second = try student.commit("More loops")
        let snapshot = try Git.fetchHead(from: student.path, into: cache)

        XCTAssertEqual(snapshot?.commit, second)
        XCTAssertEqual(snapshot?.summary, "More loops")
        XCTAssertEqual(try Data(contentsOf: marker), Data("still here".utf8))
        XCTAssertEqual(try Git.files(in: cache, commit: first, under: "Sources/Loops").count, 1)
        XCTAssertEqual(try Git.files(in: cache, commit: second, under: "Sources/Loops").count, 2)
    }

    func testFetchWithNothingNewReturnsTheSameHead() throws {
        let (student, commit) = try makeStudentWithCommit()
        let cache = cacheURL()
        let first = try Git.fetchHead(from: student.path, into: cache)
        let second = try Git.fetchHead(from: student.path, into: cache)

        XCTAssertEqual(first?.commit, commit)
        XCTAssertEqual(second, first)
    }

    func testForcePushedHistoryIsFetchedAndItsHeadReturned() throws {
        let (student, base) = try makeStudentWithCommit()
        try student.write("// abandoned\n", to: "Sources/Loops/Loops.swift")
        let abandoned = try student.commit("Abandoned attempt")
        let cache = cacheURL()
        XCTAssertEqual(try Git.fetchHead(from: student.path, into: cache)?.commit, abandoned)

        // Rewrite history: the new head does not descend from the fetched one.
        try student.resetHard(to: base)
        try student.write("// rewritten\n", to: "Sources/Loops/Loops.swift")
        let rewritten = try student.commit("Rewritten attempt")
        let snapshot = try Git.fetchHead(from: student.path, into: cache)

        XCTAssertEqual(snapshot?.commit, rewritten)
        XCTAssertEqual(snapshot?.summary, "Rewritten attempt")
        let branch = try Git.files(in: cache, commit: "refs/remotes/origin/main", under: "Sources/Loops")
        XCTAssertEqual(branch.first?.text, "// rewritten\n")
        let head = try Git.files(in: cache, commit: rewritten, under: "Sources/Loops")
        XCTAssertEqual(head.first?.text, "// rewritten\n")
    }

    func testDeletedBranchIsPrunedFromTheCache() throws {
        let (student, _) = try makeStudentWithCommit()
        try student.checkout("experiment", create: true)
        try student.commit("Experiment")
        try student.checkout("main")
        let cache = cacheURL()
        _ = try Git.fetchHead(from: student.path, into: cache)
        XCTAssertFalse(try Git.files(in: cache, commit: "refs/remotes/origin/experiment", under: "").isEmpty)

        try student.git("branch", "--quiet", "-D", "experiment")
        _ = try Git.fetchHead(from: student.path, into: cache)

        let error = gitError {
            _ = try Git.files(in: cache, commit: "refs/remotes/origin/experiment", under: "")
        }
        XCTAssertEqual(error?.operation, "lookup commit")
    }

    func testMovedSourceIsFetchedFromItsNewPlace() throws {
        let (old, oldCommit) = try makeStudentWithCommit("old")
        let cache = cacheURL()
        XCTAssertEqual(try Git.fetchHead(from: old.path, into: cache)?.commit, oldCommit)

        let moved = try makeStudent("moved")
        try moved.write("// elsewhere\n", to: "Elsewhere.swift")
        let movedCommit = try moved.commit("Moved")

        XCTAssertEqual(try Git.fetchHead(from: moved.fileURL, into: cache)?.commit, movedCommit)
        XCTAssertEqual(try Git.fetchHead(from: moved.fileURL, into: cache)?.commit, movedCommit)
    }
}
