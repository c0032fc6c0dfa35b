import Foundation
import GraderGit

/// `grade snapshot`: fetches every roster repository into the same caches `grade` uses and
/// appends to the snapshot log each commit seen for the first time, with the grader's own time.
/// The branch tips are then pinned (`refs/grade/seen/<commit>`), so a later force push never
/// takes a seen commit out of the cache.
public struct Snapshotter: Sendable {
    public let students: [Student]
    public let stateFolder: URL
    /// The grader's clock (UTC); tests inject their own.
    public let now: @Sendable () -> Date
    /// Repositories fetched at once.
    public let fetches: Int
    /// Credentials, trusted host keys and limits, as `grade` fetches with.
    public let fetchOptions: FetchOptions

    public init(
        students: [Student], stateFolder: URL, fetches: Int = 4, fetchOptions: FetchOptions = FetchOptions(),
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.students = students
        self.stateFolder = stateFolder
        self.fetches = max(1, fetches)
        self.fetchOptions = fetchOptions
        self.now = now
    }

    /// Snapshots every student, `fetches` at a time; `finished` hears of each as it is done.
    /// Throws only when the log cannot be written (then nothing after it is recorded).
    public func run(finished: @escaping @Sendable (StudentSnapshot) -> Void = { _ in }) async throws(SeenLogError)
        -> SnapshotSummary
    {
        let log = try SeenLog(stateFolder: stateFolder)
        let bucket = TokenBucket(tokens: fetches)
        let results = await withTaskGroup(of: (Int, Result<StudentSnapshot, SeenLogError>).self) { group in
            for (index, student) in students.enumerated() {
                group.addTask {
                    let result = await bucket.withToken {
                        await Grader.offThePool {
                            Result { () throws(SeenLogError) in try snapshot(student, log: log) }
                        }
                    }
                    if case .success(let snapshot) = result { finished(snapshot) }
                    return (index, result)
                }
            }
            var collected: [(Int, Result<StudentSnapshot, SeenLogError>)] = []
            for await result in group { collected.append(result) }
            return collected.sorted { $0.0 < $1.0 }.map(\.1)
        }
        var snapshots: [StudentSnapshot] = []
        for result in results {
            switch result {
            case .success(let snapshot): snapshots.append(snapshot)
            case .failure(let error): throw error
            }
        }
        return SnapshotSummary(students: snapshots, logWarnings: log.records.warnings, log: log.url)
    }

    /// Fetch, list, append, pin: one student, blocking (called off the cooperative pool).
    func snapshot(_ student: Student, log: SeenLog) throws(SeenLogError) -> StudentSnapshot {
        var result = StudentSnapshot(identifier: student.identifier, outcome: .recorded(newCommits: 0))
        guard let repository = student.repository else {
            result.outcome = .unavailable(student.unavailableReason ?? "no repository is known for this student")
            return result
        }
        let cache = StudentCache(stateFolder: stateFolder, student: student)
        do {
            try cache.locked {
                let existed = cache.exists
                _ = try Git.fetchHead(from: repository, into: cache.folder, options: fetchOptions)
                let seenAt = now()
                let history = try Git.history(in: cache.folder)
                let reachable = history.commits.filter { $0.ref != GitHistory.pinnedOnly }
                let logged = log.records.commits(of: student.identifier)
                let appended = try log.record(
                    student.identifier, commits: reachable.map { ($0.commit, $0.ref) }, seenAt: seenAt)
                try Git.pin(history.tips, in: cache.folder)
                result.outcome = .recorded(newCommits: appended.count)
                if !existed && !logged.isEmpty {
                    let gone = logged.keys.filter { !history.contains($0) }.count
                    result.warnings.append(
                        "the cache \(cache.folder.path) was missing and has been cloned again: commits pinned by "
                            + "earlier snapshots may be gone (\(gone) of \(logged.count) logged commit(s) are not "
                            + "in the new clone)")
                }
            }
        } catch let error as SeenLogError {
            throw error
        } catch {
            result.outcome = .failed("could not fetch the repository: \(error)")
        }
        return result
    }
}

/// What a snapshot did for one student.
public struct StudentSnapshot: Sendable, Equatable {
    public enum Outcome: Sendable, Equatable {
        /// Fetched; `newCommits` lines appended to the log.
        case recorded(newCommits: Int)
        /// No repository to fetch (a roster row not yet accepted, say), with why.
        case unavailable(String)
        /// The fetch failed, with why; nothing was recorded.
        case failed(String)
    }

    public var identifier: String
    public var outcome: Outcome
    public var warnings: [String] = []
}

/// A whole snapshot run.
public struct SnapshotSummary: Sendable, Equatable {
    /// In roster order.
    public var students: [StudentSnapshot]
    /// Lines of the log that were skipped (torn, edited by hand).
    public var logWarnings: [String]
    public var log: URL

    public var newCommits: Int {
        students.reduce(0) { total, student in
            if case .recorded(let count) = student.outcome { return total + count }
            return total
        }
    }

    public var fetched: Int {
        students.filter { if case .recorded = $0.outcome { true } else { false } }.count
    }
}
