import Foundation

/// Every commit a cache holds that the grader may still grade: the remote's branches as last
/// fetched, its HEAD, and the commits pinned by snapshots (`refs/grade/seen/<commit>`).
public struct GitHistory: Sendable, Equatable {
    /// One commit, labelled with the branch it was reached from.
    public struct Commit: Sendable, Equatable {
        public let commit: String
        /// The committer's date (which the student controls).
        public let committedAt: Date
        /// The remote's name of the branch (`refs/heads/main`); `refs/grade/seen` for a commit only
        /// a pin still holds (its branch was rewritten or deleted since).
        public let ref: String

        public init(commit: String, committedAt: Date, ref: String) {
            self.commit = commit
            self.committedAt = committedAt
            self.ref = ref
        }
    }

    /// The label of commits that only pins still hold.
    public static let pinnedOnly = "refs/grade/seen"

    /// The commit at the remote's HEAD when last fetched; nil for an empty repository.
    public let head: String?
    /// The remote's branch whose tip is `head` (`refs/heads/main`); nil when none is.
    public let headBranch: String?
    /// The remote's branches as last fetched: `refs/heads/<name>` to its tip commit.
    public let branches: [String: String]
    /// Commits pinned by `Git.pin`.
    public let pinned: Set<String>
    /// Every commit, each once, parents before children: first those only pins hold, then those
    /// only on other branches, then the history of HEAD's branch, so its tip comes last.
    public let commits: [Commit]

    public init(
        head: String?, headBranch: String?, branches: [String: String], pinned: Set<String>, commits: [Commit]
    ) {
        self.head = head
        self.headBranch = headBranch
        self.branches = branches
        self.pinned = pinned
        self.commits = commits
    }

    /// Whether the cache holds `commit` (reachably: it will not be lost).
    public func contains(_ commit: String) -> Bool {
        commits.contains { $0.commit == commit }
    }

    /// Tips worth pinning so that every commit here stays reachable: HEAD and every branch tip.
    public var tips: Set<String> {
        Set(branches.values).union(head.map { [$0] } ?? [])
    }
}

extension Git {
    /// Every commit reachable in the cache at `cache` from the remote branches, the remote HEAD
    /// and the snapshot pins, as `GitHistory` orders them. Reads the cache only.
    ///
    /// - Throws: `GitError` ("open", "read history") when the cache is not a repository or an
    ///   object is missing.
    public static func history(in cache: URL) throws(GitError) -> GitHistory {
        try GitHistoryReader(cache: cache).read()
    }

    /// Pins `commits` in the cache as `refs/grade/seen/<commit>`, so that no later fetch of a
    /// rewritten (force-pushed) history makes them unreachable. Pinning twice is harmless.
    ///
    /// - Throws: `GitError` ("pin") when the cache is not a repository or a commit is not in it.
    public static func pin(_ commits: some Sequence<String>, in cache: URL) throws(GitError) {
        try GitHistoryReader(cache: cache).pin(commits)
    }

    /// The commit `id` (full or abbreviated) when the cache holds it, nil when it does not.
    public static func commit(_ id: String, in cache: URL) throws(GitError) -> GitSnapshot? {
        try GitHistoryReader(cache: cache).lookup(id)
    }
}
