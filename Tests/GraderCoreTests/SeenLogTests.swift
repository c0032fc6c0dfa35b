import Foundation
import GraderCore
import GraderTestSupport
import XCTest

/// The snapshot log: appended under a lock, each commit once, torn lines skipped.
final class SeenLogTests: XCTestCase {
    var folder: TemporaryDirectory!
    var logFile: URL { folder.url.appendingPathComponent("seen.jsonl") }
    let t1 = Date(timeIntervalSince1970: 1_796_680_000.25)
    let t2 = Date(timeIntervalSince1970: 1_796_690_000)

    override func setUpWithError() throws {
        folder = try TemporaryDirectory(prefix: "grade-seen")
    }

    override func tearDown() {
        folder.remove()
    }

    func sha(_ n: Int) -> String { String(repeating: String(n % 10), count: 40) }

    func lines() throws -> [String] {
        try String(contentsOf: logFile, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
    }

    func testEachCommitIsLoggedOnceWithItsTimeAndBranch() throws {
        let log = try SeenLog(stateFolder: folder.url)
        let first = try log.record(
            "ann", commits: [(sha(1), "refs/heads/main"), (sha(2), "refs/heads/main")], seenAt: t1)
        XCTAssertEqual(first.map(\.commit), [sha(1), sha(2)])
        let second = try log.record(
            "ann", commits: [(sha(1), "refs/heads/main"), (sha(2), "refs/heads/main"), (sha(3), "refs/heads/fix")],
            seenAt: t2)
        XCTAssertEqual(second.map(\.commit), [sha(3)])
        let other = try log.record("bob", commits: [(sha(1), "refs/heads/main")], seenAt: t2)
        XCTAssertEqual(other.count, 1, "the same commit in another student's repository is that student's")

        XCTAssertEqual(
            try lines()[0],
            #"{"commit":"\#(sha(1))","identifier":"ann","ref":"refs/heads/main","seen_at":"2026-12-07T21:46:40.250Z"}"#)
        XCTAssertEqual(try lines().last, "", "the log ends with a newline")
        let read = try SeenLog.read(stateFolder: folder.url)
        XCTAssertEqual(read.entries.count, 4)
        XCTAssertEqual(read.commits(of: "ann")[sha(1)]?.seenAt, t1)
        XCTAssertEqual(read.commits(of: "ann")[sha(3)]?.ref, "refs/heads/fix")
        XCTAssertEqual(read.commits(of: "ann")[sha(3)]?.order, 2)
        XCTAssertEqual(read.warnings, [])
    }

    func testAMissingLogIsEmpty() throws {
        let read = try SeenLog.read(stateFolder: folder.url.appendingPathComponent("nowhere"))
        XCTAssertTrue(read.isEmpty)
    }

    func testATornLastLineIsSkippedWithAWarningAndEarlierLinesStayIntact() throws {
        let log = try SeenLog(stateFolder: folder.url)
        try log.record("ann", commits: [(sha(1), "refs/heads/main")], seenAt: t1)
        let intact = try String(contentsOf: logFile, encoding: .utf8)
        // A run killed halfway through its write.
        let handle = try FileHandle(forWritingTo: logFile)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"commit":"\#(sha(2))","identifier":"ann","re"#.utf8))
        try handle.close()

        let torn = try SeenLog.read(stateFolder: folder.url)
        XCTAssertEqual(torn.entries.map(\.commit), [sha(1)])
        XCTAssertEqual(torn.warnings.count, 1)
        XCTAssertTrue(torn.warnings[0].contains("seen.jsonl:2: an incomplete last line"), torn.warnings[0])

        let next = try SeenLog(stateFolder: folder.url)
        XCTAssertEqual(next.records.warnings.count, 1)
        try next.record("ann", commits: [(sha(1), "refs/heads/main"), (sha(2), "refs/heads/main")], seenAt: t2)
        let text = try String(contentsOf: logFile, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix(intact), "earlier lines are never rewritten")
        let after = try SeenLog.read(stateFolder: folder.url)
        XCTAssertEqual(after.entries.map(\.commit), [sha(1), sha(2)], "the torn commit is logged again, whole")
        XCTAssertEqual(after.commits(of: "ann")[sha(2)]?.seenAt, t2)
        XCTAssertEqual(after.warnings.count, 1)
        XCTAssertTrue(after.warnings[0].contains("seen.jsonl:2: not a snapshot entry"), after.warnings[0])
        XCTAssertEqual(try lines().count, 4, "line 3 starts after the torn line 2: \(text)")
    }

    func testConcurrentWritersNeverRepeatOrInterleave() throws {
        // Two logs open on one file behave as two processes would: flock locks open files.
        let logs = [try SeenLog(stateFolder: folder.url), try SeenLog(stateFolder: folder.url)]
        let students = (0..<8).map { "student\($0)" }
        let commits = (0..<30).map { ($0, String(format: "%040x", $0 * 7919)) }
        let failures = ManagedFailures()
        DispatchQueue.concurrentPerform(iterations: 16) { iteration in
            let log = logs[iteration % 2]
            for student in students {
                do {
                    let batch = commits.filter { $0.0 % 3 == iteration % 3 || iteration % 4 == 0 }.map {
                        ($0.1, "refs/heads/main")
                    }
                    try log.record(student, commits: batch, seenAt: Date(timeIntervalSince1970: Double(iteration)))
                } catch {
                    failures.add("\(error)")
                }
            }
        }
        XCTAssertEqual(failures.all, [])
        let read = try SeenLog.read(stateFolder: folder.url)
        XCTAssertEqual(read.warnings, [], "every line is whole")
        XCTAssertEqual(read.entries.count, students.count * commits.count, "each student × commit exactly once")
        for student in students {
            XCTAssertEqual(read.commits(of: student).count, commits.count, student)
        }
    }
}

/// Failures collected from concurrent work.
final class ManagedFailures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}
