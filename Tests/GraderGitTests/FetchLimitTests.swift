import Foundation
import GraderGit
import GraderTestSupport
import XCTest

/// The size and time limits of `FetchLimits`: a fetch past either is cancelled, and the cache is
/// left as it was (or absent).
final class FetchLimitTests: GitTestCase {
    /// A student whose commit holds `megabytes` MiB of random (incompressible) bytes.
    private func makeLargeStudent(_ name: String = "ada", megabytes: Int) throws -> (GitFixture, String) {
        let student = try makeStudent(name)
        try student.write("func loop() {}\n", to: "Sources/Loops/Loops.swift")
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<(megabytes << 20) / 8).flatMap { _ in withUnsafeBytes(of: generator.next()) { Array($0) } }
        try student.write(Data(bytes), to: "assets/noise.bin")
        return (student, try student.commit("large"))
    }

    private func limited(size: Int? = nil, time: Duration? = nil) -> FetchOptions {
        FetchOptions(limits: FetchLimits(timeout: time, maxSize: size))
    }

    func testARepositoryLargerThanTheLimitIsNotFetched() throws {
        let (_, commit) = try makeLargeStudent(megabytes: 3)
        let daemon = try GitDaemon(serving: scratch.url.appendingPathComponent("students"))
        defer { daemon.stop() }

        let error = gitError {
            _ = try Git.fetchHead(from: daemon.url("ada"), into: cacheURL(), options: limited(size: 1 << 20))
        }
        XCTAssertEqual(error?.operation, GitError.stayWithinLimits)
        XCTAssertEqual(
            error?.description,
            "the repository is larger than 1 MiB, the most the grader fetches; it was not fetched (raise "
                + "fetch.max_size in grader.yml if it should be graded)")
        XCTAssertEqual(cacheFolderContents(), [], "no cache, no partial clone")

        let head = try Git.fetchHead(from: daemon.url("ada"), into: cacheURL(), options: limited(size: 8 << 20))
        XCTAssertEqual(head?.commit, commit)
    }

    func testALocalRepositoryIsHeldToTheSizeLimitToo() throws {
        let (student, _) = try makeLargeStudent(megabytes: 2)
        let error = gitError {
            _ = try Git.fetchHead(from: student.path, into: cacheURL(), options: limited(size: 1 << 20))
        }
        XCTAssertEqual(error?.operation, GitError.stayWithinLimits)
        XCTAssertEqual(cacheFolderContents(), [])
    }

    func testALimitHitOnALaterFetchLeavesTheCacheAsItWas() throws {
        let (student, first) = try makeStudentWithCommit()
        let daemon = try GitDaemon(serving: scratch.url.appendingPathComponent("students"))
        defer { daemon.stop() }
        XCTAssertEqual(
            try Git.fetchHead(from: daemon.url("ada"), into: cacheURL(), options: limited(size: 1 << 20))?.commit, first
        )

        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<(2 << 20) / 8).flatMap { _ in withUnsafeBytes(of: generator.next()) { Array($0) } }
        try student.write(Data(bytes), to: "assets/noise.bin")
        let second = try student.commit("large")
        let error = gitError {
            _ = try Git.fetchHead(from: daemon.url("ada"), into: cacheURL(), options: limited(size: 1 << 20))
        }
        XCTAssertEqual(error?.operation, GitError.stayWithinLimits)
        XCTAssertEqual(try Git.recordedHead(in: cacheURL())?.commit, first, "the cache still records the old head")
        XCTAssertEqual(
            try Git.files(in: cacheURL(), commit: first, under: "Sources/Loops").map(\.path), ["Loops.swift"])
        XCTAssertNotNil(gitError { _ = try Git.files(in: self.cacheURL(), commit: second, under: "") })

        XCTAssertEqual(
            try Git.fetchHead(from: daemon.url("ada"), into: cacheURL(), options: limited(size: 8 << 20))?.commit,
            second)
    }

    /// A server that accepts the connection and never says a word: no progress callback is ever
    /// called, and the watchdog has to interrupt the transfer.
    func testAServerThatNeverAnswersIsCutOffAtTheTimeout() throws {
        let silent = try SilentServer()
        for url in [
            "http://127.0.0.1:\(silent.port)/ada.git", "ssh://git@127.0.0.1:\(silent.port)/ada.git",
            "git://127.0.0.1:\(silent.port)/ada.git",
        ] {
            let error = gitError {
                _ = try Git.fetchHead(from: url, into: cacheURL(), options: limited(time: .milliseconds(700)))
            }
            XCTAssertEqual(error?.operation, GitError.stayWithinLimits, url)
            XCTAssertEqual(
                error?.description,
                "fetching took longer than 700ms and was stopped (the server may be slow or not answering; try "
                    + "again later, or raise fetch.timeout in grader.yml)", url)
            XCTAssertEqual(cacheFolderContents(), [], url)
        }
    }

    func testAFetchWithinItsLimitsIsUntouched() throws {
        let (_, commit) = try makeStudentWithCommit()
        let daemon = try GitDaemon(serving: scratch.url.appendingPathComponent("students"))
        defer { daemon.stop() }
        let head = try Git.fetchHead(
            from: daemon.url("ada"), into: cacheURL(), options: limited(size: 1 << 20, time: .seconds(60)))
        XCTAssertEqual(head?.commit, commit)
    }
}
