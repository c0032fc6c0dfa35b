import CGit2
import Foundation

/// Walks and pins the history of one bare cache (`Git.history`, `Git.pin`, `Git.commit`).
struct GitHistoryReader {
    static let pinPrefix = "refs/grade/seen/"
    static let remoteBranchPrefix = "refs/remotes/origin/"

    let cache: URL

    func read() throws(GitError) -> GitHistory {
        try withRepository { (repository) throws(GitError) in
            var head = git_oid()
            let hasHead = try lookupReference(GitFetcher.headRef, in: repository, into: &head)
            let branches = try references(matching: Self.remoteBranchPrefix + "*", in: repository)
                .map { (Self.remoteBranchName($0.name), $0.oid) }
            let pins = try references(matching: Self.pinPrefix + "*", in: repository)
            let headHex = hasHead ? LibGit2.hex(&head) : nil
            let headBranch = branches.filter { Self.hex($0.1) == headHex }.map(\.0)
                .min { Self.preference($0) < Self.preference($1) }

            var seen: Set<String> = []
            var commits: [GitHistory.Commit] = []
            let branchTips = branches.map(\.1) + (hasHead ? [head] : [])
            // Commits only pins hold, then other branches (by name), then HEAD's history last.
            try walk(push: pins.map(\.oid), hide: branchTips, label: GitHistory.pinnedOnly)
            for (name, tip) in branches.sorted(by: { $0.0 < $1.0 }) where name != headBranch {
                try walk(push: [tip], hide: hasHead ? [head] : [], label: name)
            }
            if hasHead { try walk(push: [head], hide: [], label: headBranch ?? "HEAD") }

            func walk(push: [git_oid], hide: [git_oid], label: String) throws(GitError) {
                guard !push.isEmpty else { return }
                try self.walk(repository, push: push, hide: hide) { oid, time in
                    let id = LibGit2.hex(&oid)
                    if seen.insert(id).inserted {
                        commits.append(GitHistory.Commit(commit: id, committedAt: time, ref: label))
                    }
                }
            }
            var branchMap: [String: String] = [:]
            for (name, tip) in branches { branchMap[name] = Self.hex(tip) }
            return GitHistory(
                head: headHex, headBranch: headBranch, branches: branchMap,
                pinned: Set(pins.map { String($0.name.dropFirst(Self.pinPrefix.count)) }), commits: commits)
        }
    }

    func pin(_ commits: some Sequence<String>) throws(GitError) {
        try withRepository { (repository) throws(GitError) in
            for commit in Set(commits).sorted() {
                var oid = git_oid()
                try LibGit2.check(git_oid_fromstr(&oid, commit), "pin", commit)
                var object: OpaquePointer?
                try LibGit2.check(git_commit_lookup(&object, repository, &oid), "pin", commit)
                git_commit_free(object)
                var reference: OpaquePointer?
                try LibGit2.check(
                    git_reference_create(&reference, repository, Self.pinPrefix + commit, &oid, 1, "grade: seen"),
                    "pin", commit)
                git_reference_free(reference)
            }
        }
    }

    func lookup(_ id: String) throws(GitError) -> GitSnapshot? {
        try withRepository { (repository) throws(GitError) -> GitSnapshot? in
            var object: OpaquePointer?
            let found = git_revparse_single(&object, repository, id)
            if found == GIT_ENOTFOUND.rawValue || found == GIT_EAMBIGUOUS.rawValue {
                git_error_clear()
                return nil
            }
            try LibGit2.check(found, "lookup commit", id)
            defer { git_object_free(object) }
            guard git_object_type(object) == GIT_OBJECT_COMMIT, var oid = git_object_id(object)?.pointee else {
                return nil
            }
            return try GitFetcher.snapshot(of: &oid, in: repository)
        }
    }

    // MARK: - libgit2

    private func withRepository<T>(_ body: (OpaquePointer?) throws(GitError) -> T) throws(GitError) -> T {
        try LibGit2.initialize()
        var repository: OpaquePointer?
        try LibGit2.check(git_repository_open_bare(&repository, cache.path), "open", cache.path)
        defer { git_repository_free(repository) }
        return try body(repository)
    }

    /// Whether `name` exists; its target is written to `oid`.
    private func lookupReference(_ name: String, in repository: OpaquePointer?, into oid: inout git_oid)
        throws(GitError) -> Bool
    {
        let found = git_reference_name_to_id(&oid, repository, name)
        if found == GIT_ENOTFOUND.rawValue {
            git_error_clear()
            return false
        }
        try LibGit2.check(found, "read history", cache.path)
        return true
    }

    /// The direct references whose names match `glob`, with their targets.
    private func references(matching glob: String, in repository: OpaquePointer?) throws(GitError)
        -> [(name: String, oid: git_oid)]
    {
        var iterator: OpaquePointer?
        try LibGit2.check(git_reference_iterator_glob_new(&iterator, repository, glob), "read history", cache.path)
        defer { git_reference_iterator_free(iterator) }
        var found: [(name: String, oid: git_oid)] = []
        while true {
            var reference: OpaquePointer?
            let result = git_reference_next(&reference, iterator)
            if result == GIT_ITEROVER.rawValue {
                git_error_clear()
                break
            }
            try LibGit2.check(result, "read history", cache.path)
            defer { git_reference_free(reference) }
            if let target = git_reference_target(reference), let name = git_reference_name(reference) {
                found.append((String(cString: name), target.pointee))
            }
        }
        return found
    }

    /// Calls `visit` for every commit reachable from `push` and not from `hide`, parents first.
    private func walk(
        _ repository: OpaquePointer?, push: [git_oid], hide: [git_oid],
        visit: (inout git_oid, Date) throws(GitError) -> Void
    ) throws(GitError) {
        var walker: OpaquePointer?
        try LibGit2.check(git_revwalk_new(&walker, repository), "read history", cache.path)
        defer { git_revwalk_free(walker) }
        try LibGit2.check(
            git_revwalk_sorting(walker, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_REVERSE.rawValue), "read history",
            cache.path)
        for var oid in push {
            try LibGit2.check(git_revwalk_push(walker, &oid), "read history", LibGit2.hex(&oid))
        }
        for var oid in hide {
            try LibGit2.check(git_revwalk_hide(walker, &oid), "read history", LibGit2.hex(&oid))
        }
        var oid = git_oid()
        while true {
            let result = git_revwalk_next(&oid, walker)
            if result == GIT_ITEROVER.rawValue {
                git_error_clear()
                return
            }
            try LibGit2.check(result, "read history", cache.path)
            var commit: OpaquePointer?
            try LibGit2.check(git_commit_lookup(&commit, repository, &oid), "read history", LibGit2.hex(&oid))
            let time = Date(timeIntervalSince1970: TimeInterval(git_commit_time(commit)))
            git_commit_free(commit)
            try visit(&oid, time)
        }
    }

    static func hex(_ oid: git_oid) -> String {
        withUnsafePointer(to: oid) { LibGit2.hex($0) }
    }

    /// `refs/remotes/origin/main` → `refs/heads/main`.
    static func remoteBranchName(_ name: String) -> String {
        "refs/heads/" + name.dropFirst(remoteBranchPrefix.count)
    }

    /// Among branches at HEAD's commit, the usual default branch names first.
    static func preference(_ name: String) -> String {
        switch name {
        case "refs/heads/main": "0"
        case "refs/heads/master": "1"
        default: "2" + name
        }
    }
}
