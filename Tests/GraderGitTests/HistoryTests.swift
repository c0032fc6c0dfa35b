import Foundation
import GraderGit
import GraderTestSupport
import XCTest

/// `Git.history`, `Git.pin` and `Git.commit`: what a cache still holds, and keeping it.
final class HistoryTests: GitTestCase {
    func testHistoryListsParentsFirstWithTheirDatesAndBranch() throws {
        let student = try makeStudent()
        let date = Date(timeIntervalSince1970: 1_796_000_000)
        let first = try student.commit("one", date: date)
        let second = try student.commit("two", date: date + 60)
        let cache = cacheURL()
        _ = try Git.fetchHead(from: student.path, into: cache)

        let history = try Git.history(in: cache)
        XCTAssertEqual(history.head, second)
        XCTAssertEqual(history.headBranch, "refs/heads/main")
        XCTAssertEqual(history.branches, ["refs/heads/main": second])
        XCTAssertEqual(history.commits.map(\.commit), [first, second])
        XCTAssertEqual(history.commits.map(\.committedAt), [date, date + 60])
        XCTAssertEqual(Set(history.commits.map(\.ref)), ["refs/heads/main"])
        XCTAssertEqual(history.tips, [second])
    }

    func testOtherBranchesComeFirstSoTheHeadBranchTipIsLast() throws {
        let student = try makeStudent()
        let base = try student.commit("base")
        try student.checkout("experiment", create: true)
        let experiment = try student.commit("experiment")
        try student.checkout("main")
        let tip = try student.commit("main work")
        let cache = cacheURL()
        _ = try Git.fetchHead(from: student.path, into: cache)

        let history = try Git.history(in: cache)
        XCTAssertEqual(history.commits.map(\.commit), [experiment, base, tip])
        XCTAssertEqual(history.commits.map(\.ref), ["refs/heads/experiment", "refs/heads/main", "refs/heads/main"])
        XCTAssertEqual(history.tips, [experiment, tip])
    }

    func testAPinKeepsAForcePushedCommitAndWithoutItTheCommitIsUnreachable() throws {
        let (student, base) = try makeStudentWithCommit()
        try student.write("// on time\n", to: "Sources/Loops/Loops.swift")
        let onTime = try student.commit("on time")
        let pinned = cacheURL("pinned")
        let unpinned = cacheURL("unpinned")
        _ = try Git.fetchHead(from: student.path, into: pinned)
        _ = try Git.fetchHead(from: student.path, into: unpinned)
        try Git.pin([onTime], in: pinned)
        try Git.pin([onTime], in: pinned)  // twice is harmless

        try student.resetHard(to: base)
        try student.write("// rewritten\n", to: "Sources/Loops/Loops.swift")
        let rewritten = try student.commit("rewritten")
        _ = try Git.fetchHead(from: student.path, into: pinned)
        _ = try Git.fetchHead(from: student.path, into: unpinned)

        let history = try Git.history(in: pinned)
        XCTAssertEqual(history.head, rewritten)
        XCTAssertEqual(history.pinned, [onTime])
        XCTAssertTrue(history.contains(onTime))
        XCTAssertEqual(history.commits.first { $0.commit == onTime }?.ref, GitHistory.pinnedOnly)
        XCTAssertEqual(try Git.files(in: pinned, commit: onTime, under: "Sources/Loops").first?.text, "// on time\n")
        XCTAssertFalse(try Git.history(in: unpinned).contains(onTime), "without a pin the history drops it")
    }

    func testLookingUpACommitTheCacheDoesNotHave() throws {
        let (student, commit) = try makeStudentWithCommit()
        let cache = cacheURL()
        _ = try Git.fetchHead(from: student.path, into: cache)
        XCTAssertEqual(try Git.commit(commit, in: cache)?.summary, "Loops")
        XCTAssertNil(try Git.commit(String(repeating: "ab", count: 20), in: cache))
        let error = gitError { try Git.pin([String(repeating: "ab", count: 20)], in: cache) }
        XCTAssertEqual(error?.operation, "pin")
    }
}
