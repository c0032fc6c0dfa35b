import Foundation
import GraderCore
import GraderGit
import GraderTestSupport
import XCTest

/// `grade snapshot` below the command line: fetch, log new commits with the grader's own time, pin.
final class SnapshotterTests: XCTestCase {
    var folder: TemporaryDirectory!
    var stateFolder: URL { folder.url.appendingPathComponent(".grade") }
    let due = Date(timeIntervalSince1970: 1_796_687_940)

    override func setUpWithError() throws {
        folder = try TemporaryDirectory(prefix: "grade-snapshot")
    }

    override func tearDown() {
        folder.remove()
    }

    func repository(_ name: String) throws -> GitFixture {
        try GitFixture(at: folder.url.appendingPathComponent("students/\(name)"))
    }

    func snapshot(_ students: [Student], at time: Date) async throws -> SnapshotSummary {
        try await Snapshotter(students: students, stateFolder: stateFolder, now: { time }).run()
    }

    func testLogsEveryNewCommitOnceWithTheGradersTimeAndPinsTheTips() async throws {
        let ann = try repository("ann")
        let first = try ann.commit("one", date: due - 86_400)
        let student = Student(identifier: "ann", repository: ann.path)

        let before = try await snapshot([student], at: due - 3600)
        XCTAssertEqual(before.newCommits, 1)
        XCTAssertEqual(before.students.map(\.outcome), [.recorded(newCommits: 1)])

        let second = try ann.commit("two", date: due - 86_400)  // an early date, pushed late
        let after = try await snapshot([student], at: due + 7200)
        XCTAssertEqual(after.newCommits, 1)
        let again = try await snapshot([student], at: due + 9000)
        XCTAssertEqual(again.newCommits, 0, "nothing new, nothing logged")

        let log = try SeenLog.read(stateFolder: stateFolder)
        XCTAssertEqual(log.entries.map(\.commit), [first, second])
        XCTAssertEqual(log.entries.map(\.seenAt), [due - 3600, due + 7200])
        XCTAssertEqual(log.entries.map(\.ref), ["refs/heads/main", "refs/heads/main"])
        let cache = stateFolder.appendingPathComponent("repos/ann")
        XCTAssertEqual(try Git.history(in: cache).pinned, [first, second])
    }

    func testAForcePushedCommitStaysInTheCacheAndTheRewriteIsLogged() async throws {
        let ann = try repository("ann")
        let base = try ann.commit("base")
        try ann.write("// on time\n", to: "Sources/Calc/Calc.swift")
        let onTime = try ann.commit("on time")
        let student = Student(identifier: "ann", repository: ann.path)
        _ = try await snapshot([student], at: due - 60)

        try ann.resetHard(to: base)
        let rewritten = try ann.commit("rewritten")
        let summary = try await snapshot([student], at: due + 60)
        XCTAssertEqual(summary.newCommits, 1)

        let cache = stateFolder.appendingPathComponent("repos/ann")
        let history = try Git.history(in: cache)
        XCTAssertEqual(history.head, rewritten)
        XCTAssertTrue(history.contains(onTime))
        XCTAssertEqual(try Git.files(in: cache, commit: onTime, under: "Sources/Calc").first?.text, "// on time\n")
        XCTAssertEqual(try SeenLog.read(stateFolder: stateFolder).entries.map(\.commit), [base, onTime, rewritten])
    }

    func testADeletedCacheIsClonedAgainWithAWarning() async throws {
        let ann = try repository("ann")
        let base = try ann.commit("base")
        _ = try ann.commit("on time")
        let student = Student(identifier: "ann", repository: ann.path)
        _ = try await snapshot([student], at: due - 60)
        try ann.resetHard(to: base)

        try FileManager.default.removeItem(at: stateFolder.appendingPathComponent("repos/ann"))
        let summary = try await snapshot([student], at: due + 60)
        let warnings = summary.students[0].warnings
        XCTAssertEqual(warnings.count, 1)
        XCTAssertTrue(
            warnings[0].contains("cloned again: commits pinned by earlier snapshots may be gone"), warnings[0])
        XCTAssertTrue(warnings[0].contains("1 of 2 logged commit(s) are not in the new clone"), warnings[0])
    }

    func testStudentsWithoutARepositoryOrWithABrokenOneDoNotStopTheSnapshot() async throws {
        let ann = try repository("ann")
        _ = try ann.commit("work")
        let roster = try Roster.parse(
            """
            identifier,github_username,github_id,name
            ann,ann-gh,1,Ann
            erin,,2,Erin
            bob,bob-gh,3,Bob
            """, file: "roster.csv", base: folder.url, template: "students/{github_username}-{assignment}",
            assignment: "hw1")
        XCTAssertEqual(roster.students[0].repository, folder.url.appendingPathComponent("students/ann-gh-hw1").path)
        try FileManager.default.moveItem(
            at: ann.url, to: folder.url.appendingPathComponent("students/ann-gh-hw1"))

        let summary = try await snapshot(roster.students, at: due)
        XCTAssertEqual(summary.students.map(\.identifier), ["ann", "erin", "bob"])
        XCTAssertEqual(summary.students[0].outcome, .recorded(newCommits: 1))
        XCTAssertEqual(summary.students[1].outcome, .unavailable(Roster.notYetAccepted))
        guard case .failed(let reason) = summary.students[2].outcome else {
            return XCTFail("bob's repository does not exist: \(summary.students[2].outcome)")
        }
        XCTAssertTrue(reason.contains("could not fetch"), reason)
        XCTAssertEqual(summary.fetched, 1)
    }

    func testConcurrentSnapshotsLogEachCommitOnce() async throws {
        var students: [Student] = []
        for name in ["ann", "bob", "cy"] {
            let repo = try repository(name)
            for index in 0..<5 { _ = try repo.commit("\(name) \(index)") }
            students.append(Student(identifier: name, repository: repo.path))
        }
        let (stateFolder, due) = (self.stateFolder, self.due)
        async let first = Snapshotter(students: students, stateFolder: stateFolder, now: { due }).run()
        async let second = Snapshotter(students: students.reversed(), stateFolder: stateFolder, now: { due + 1 }).run()
        let summaries = try await [first, second]
        XCTAssertEqual(summaries.map(\.newCommits).reduce(0, +), 15)
        let log = try SeenLog.read(stateFolder: stateFolder)
        XCTAssertEqual(log.warnings, [])
        XCTAssertEqual(log.entries.count, 15)
        XCTAssertEqual(Set(log.entries.map { "\($0.identifier) \($0.commit)" }).count, 15)
    }
}
