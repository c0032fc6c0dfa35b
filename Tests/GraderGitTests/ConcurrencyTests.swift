import Foundation
import GraderTestSupport
import Synchronization
import XCTest

@testable import GraderGit

/// Independent calls on different caches are safe from several threads at once.
final class ConcurrencyTests: GitTestCase {
    /// Runs `body(0..<count)` on `count` threads started together; returns the results by index.
    private func onThreads<Value: Sendable>(
        _ count: Int, _ body: @escaping @Sendable (Int) -> Value
    ) -> [Value?] {
        let results = Mutex<[Value?]>(Array(repeating: nil, count: count))
        let group = DispatchGroup()
        for index in 0..<count {
            group.enter()
            let thread = Thread {
                let value = body(index)
                results.withLock { $0[index] = value }
                group.leave()
            }
            thread.start()
        }
        XCTAssertEqual(group.wait(timeout: .now() + 120), .success, "threads finished in time")
        return results.withLock { $0 }
    }

    func testLibgit2IsBuiltThreadSafe() throws {
        XCTAssertTrue(LibGit2.isThreadSafe, "libgit2 must be built with GIT_FEATURE_THREADS")
    }

    func testEightConcurrentFetchesOnDifferentCachesAllSucceed() throws {
        var students: [(source: String, cache: URL, commit: String)] = []
        for index in 0..<8 {
            let student = try makeStudent("student\(index)")
            for file in 0..<3 {
                try student.write("let value\(file) = \(index)\n", to: "Sources/Loops/File\(file).swift")
            }
            let commit = try student.commit("Student \(index)")
            let source = index.isMultiple(of: 2) ? student.path : student.fileURL
            students.append((source, cacheURL("student\(index)"), commit))
        }
        let jobs = students

        // First round clones, second round fetches into the existing caches.
        for round in ["clone", "fetch"] {
            let results = onThreads(jobs.count) { index -> Result<GitSnapshot?, GitError> in
                Result { () throws(GitError) in try Git.fetchHead(from: jobs[index].source, into: jobs[index].cache) }
            }
            for (index, result) in results.enumerated() {
                switch result {
                case .success(let snapshot)?:
                    XCTAssertEqual(snapshot?.commit, jobs[index].commit, "\(round) \(index)")
                    XCTAssertEqual(snapshot?.summary, "Student \(index)", "\(round) \(index)")
                case .failure(let error)?:
                    XCTFail("\(round) \(index): \(error)")
                case nil:
                    XCTFail("\(round) \(index): no result")
                }
            }
        }

        let reads = onThreads(jobs.count) { index -> [GitFile]? in
            try? Git.files(in: jobs[index].cache, commit: jobs[index].commit, under: "Sources/Loops")
        }
        for (index, files) in reads.enumerated() {
            XCTAssertEqual(files??.count, 3, "files \(index)")
            XCTAssertEqual(files??.first?.text, "let value0 = \(index)\n", "files \(index)")
        }
    }
}
