import CGit2
import Foundation

/// Brings one bare cache repository up to date with one source repository (`Git.fetchHead`).
///
/// A new cache is built in a hidden sibling folder and renamed into place only when complete, so an
/// interrupted clone never leaves a half repository at `cache`. An existing cache is fetched into.
struct GitFetcher {
    /// The ref that records the commit at the remote's HEAD after each fetch.
    static let headRef = "refs/grade/head"
    /// Remote branches, forced so that rewritten (force-pushed) histories are taken as they are.
    static let branchesRefspec = "+refs/heads/*:refs/remotes/origin/*"

    /// The source as the user gave it without any secret, for messages.
    let source: String
    /// The source as libgit2 gets it and the cache records it: a URL without secrets, an
    /// existing local path made absolute.
    let location: String
    let cache: URL
    /// Credentials, host keys and limits, with the state of this fetch's callbacks.
    let session: FetchSession

    init(source: String, cache: URL, options: FetchOptions = FetchOptions()) {
        let remote = RemoteURL(Self.location(of: source))
        self.source = RemoteURL(source).clean
        self.cache = cache.standardizedFileURL
        self.location = remote.clean
        self.session = FetchSession(options: options, remote: remote)
    }

    /// URLs (`https://`, `ssh://`, `file://`) and `user@host:path` stay as they are; an existing
    /// local path becomes absolute, so the current directory does not matter later.
    static func location(of source: String) -> String {
        if source.contains("://") {
            return source
        }
        let expanded = NSString(string: source).expandingTildeInPath
        if FileManager.default.fileExists(atPath: expanded) {
            return URL(fileURLWithPath: expanded).standardizedFileURL.path
        }
        return source
    }

    func run() throws(GitError) -> GitSnapshot? {
        try LibGit2.initialize()
        do throws(GitError) {
            if let repository = try openExistingCache() {
                defer { git_repository_free(repository) }
                return try bounded { () throws(GitError) in try update(repository, operation: "fetch") }
            }
            return try cloneIntoPlace()
        } catch {
            // libgit2 says "unsupported URL protocol" for a path that does not exist.
            if error.target == source, Self.isLocalPath(source),
                !FileManager.default.fileExists(atPath: location)
            {
                throw error.withHint("there is no folder at this path; check the repository given")
            }
            throw error
        }
    }

    /// Not a URL (`scheme://`) nor scp-like (`host:path`, a colon before any slash).
    static func isLocalPath(_ source: String) -> Bool {
        if source.contains("://") {
            return false
        }
        guard let colon = source.firstIndex(of: ":") else {
            return true
        }
        return source.firstIndex(of: "/").map { $0 < colon } ?? false
    }

    // MARK: - The cache folder

    /// The cache when it is a valid repository; nil when it does not exist or was not valid (then
    /// it has been removed, to be cloned again).
    private func openExistingCache() throws(GitError) -> OpaquePointer? {
        let path = cache.path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            return nil
        }
        if isFolder.boolValue,
            FileManager.default.fileExists(atPath: cache.appendingPathComponent(".git").path)
        {
            throw GitError.other(
                "the cache folder is a git work tree, not a cache made by grade; refusing to "
                    + "replace it (choose another cache folder)",
                operation: "open", target: path, errorClass: GIT_ERROR_REPOSITORY)
        }
        var repository: OpaquePointer?
        if isFolder.boolValue, git_repository_open_bare(&repository, path) == 0, let repository {
            return repository
        }
        git_error_clear()
        do {
            try FileManager.default.removeItem(at: cache)
        } catch {
            throw GitError.other(
                "the cache is not a valid repository and could not be removed: "
                    + error.localizedDescription,
                operation: "create cache", target: path, errorClass: GIT_ERROR_OS)
        }
        return nil
    }

    /// Clones into a hidden sibling of `cache`, then renames it to `cache`.
    private func cloneIntoPlace() throws(GitError) -> GitSnapshot? {
        let parent = cache.deletingLastPathComponent()
        let partialPrefix = ".\(cache.lastPathComponent).partial-"
        let partial = parent.appendingPathComponent(
            partialPrefix + UUID().uuidString.prefix(8), isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw GitError.other(
                "could not create the cache's parent folder: \(error.localizedDescription)",
                operation: "create cache", target: cache.path, errorClass: GIT_ERROR_OS)
        }
        // Partial clones of this cache left by a killed run.
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in leftovers where name.hasPrefix(partialPrefix) {
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
        defer { try? FileManager.default.removeItem(at: partial) }

        var repository: OpaquePointer?
        try LibGit2.check(
            git_repository_init(&repository, partial.path, 1), "create cache", partial.path)
        let snapshot: GitSnapshot?
        do {
            defer { git_repository_free(repository) }
            snapshot = try bounded { () throws(GitError) in try update(repository, operation: "clone") }
        }
        do {
            try FileManager.default.moveItem(at: partial, to: cache)
        } catch {
            throw GitError.other(
                "could not move the new clone into place: \(error.localizedDescription)",
                operation: "create cache", target: cache.path, errorClass: GIT_ERROR_OS)
        }
        return snapshot
    }

    // MARK: - Fetching

    /// Runs `body` (the network part of a fetch) within the time limit, and turns a failure a
    /// callback caused (refused credentials or host key, a limit) into its own message, with no
    /// secret in any message.
    private func bounded<T>(_ body: () throws(GitError) -> T) throws(GitError) -> T {
        let session = self.session
        let watchdog = session.options.limits.timeout.map {
            FetchWatchdog(limit: $0, port: session.remote.port) { session.fail(.tooSlow) }
        }
        defer { watchdog?.finish() }
        do {
            return try withExtendedLifetime(session) { () throws(GitError) in try body() }
        } catch {
            throw session.explain(error)
        }
    }

    /// Fetches every branch and the remote HEAD into `repository`; returns the remote HEAD commit.
    private func update(_ repository: OpaquePointer?, operation: String) throws(GitError)
        -> GitSnapshot?
    {
        let remote = try originRemote(in: repository, operation: operation)
        defer { git_remote_free(remote) }

        var callbacks = try RemoteCallbacks.make(for: session)
        var proxy = git_proxy_options()
        try LibGit2.check(
            git_proxy_options_init(&proxy, UInt32(GIT_PROXY_OPTIONS_VERSION)), operation, source)
        proxy.type = GIT_PROXY_AUTO

        try LibGit2.check(
            git_remote_connect(remote, GIT_DIRECTION_FETCH, &callbacks, &proxy, nil),
            operation, source)
        defer { git_remote_disconnect(remote) }

        // The advertised HEAD is the remote's default branch tip (absent for an empty repository).
        let head = try advertisedHead(of: remote, operation: operation)

        var options = git_fetch_options()
        try LibGit2.check(
            git_fetch_options_init(&options, UInt32(GIT_FETCH_OPTIONS_VERSION)), operation, source)
        options.callbacks = callbacks
        options.proxy_opts = proxy
        let refspecs = [Self.branchesRefspec] + (head == nil ? [] : ["+HEAD:\(Self.headRef)"])
        try LibGit2.withStrArray(refspecs) { (array) throws(GitError) in
            try LibGit2.check(git_remote_download(remote, array, &options), operation, source)
        }
        try LibGit2.check(
            git_remote_update_tips(
                remote, &callbacks, 0, GIT_REMOTE_DOWNLOAD_TAGS_UNSPECIFIED, "grade: \(operation)"),
            operation, source)
        try LibGit2.check(git_remote_prune(remote, &callbacks), operation, source)

        guard var head else {
            try removeHeadRef(in: repository, operation: operation)
            return nil
        }
        var reference: OpaquePointer?
        try LibGit2.check(
            git_reference_create(
                &reference, repository, Self.headRef, &head, 1, "grade: remote HEAD"),
            operation, source)
        git_reference_free(reference)
        return try Self.snapshot(of: &head, in: repository)
    }

    /// An in-memory remote for `location`: the refspecs come with each download, so only the URL is
    /// kept in the cache's configuration, and a repository that moved is simply fetched from its
    /// new place. (Remotes kept in the configuration cost about 20 KiB a lookup
    /// in Debian 12's libgit2 1.5, PCRE2 match data it never frees, libgit2 #6382: for a class of
    /// a thousand, a third of the grader's memory.)
    private func originRemote(in repository: OpaquePointer?, operation: String) throws(GitError)
        -> OpaquePointer?
    {
        // Where the cache came from, for whoever looks into it (never with credentials: `location`
        // has none).
        var config: OpaquePointer?
        try LibGit2.check(git_repository_config(&config, repository), operation, source)
        defer { git_config_free(config) }
        try LibGit2.check(git_config_set_string(config, "remote.origin.url", location), operation, source)
        // Without `url.*.insteadOf` rewriting, which reads the configuration through regexes.
        var options = git_remote_create_options()
        try LibGit2.check(
            git_remote_create_options_init(&options, UInt32(GIT_REMOTE_CREATE_OPTIONS_VERSION)), operation, source)
        options.repository = repository
        options.flags =
            GIT_REMOTE_CREATE_SKIP_INSTEADOF.rawValue | GIT_REMOTE_CREATE_SKIP_DEFAULT_FETCHSPEC.rawValue
        var remote: OpaquePointer?
        try LibGit2.check(git_remote_create_with_opts(&remote, location, &options), operation, source)
        return remote
    }

    private func advertisedHead(of remote: OpaquePointer?, operation: String) throws(GitError)
        -> git_oid?
    {
        var heads: UnsafeMutablePointer<UnsafePointer<git_remote_head>?>?
        var count = 0
        try LibGit2.check(git_remote_ls(&heads, &count, remote), operation, source)
        for index in 0..<count {
            guard let head = heads?[index], let name = head.pointee.name else { continue }
            if String(cString: name) == "HEAD" {
                return head.pointee.oid
            }
        }
        return nil
    }

    private func removeHeadRef(in repository: OpaquePointer?, operation: String) throws(GitError) {
        let result = git_reference_remove(repository, Self.headRef)
        if result == GIT_ENOTFOUND.rawValue {
            git_error_clear()
            return
        }
        try LibGit2.check(result, operation, source)
    }

    /// The commit the last fetch recorded as the remote HEAD, read from the cache alone.
    static func recordedHead(in cache: URL) throws(GitError) -> GitSnapshot? {
        try LibGit2.initialize()
        var repository: OpaquePointer?
        try LibGit2.check(git_repository_open_bare(&repository, cache.path), "open", cache.path)
        defer { git_repository_free(repository) }
        var oid = git_oid()
        let found = git_reference_name_to_id(&oid, repository, headRef)
        if found == GIT_ENOTFOUND.rawValue {
            git_error_clear()
            return nil
        }
        try LibGit2.check(found, "open", cache.path)
        return try snapshot(of: &oid, in: repository)
    }

    /// The snapshot of commit `oid`, which must be in `repository`.
    static func snapshot(of oid: inout git_oid, in repository: OpaquePointer?) throws(GitError)
        -> GitSnapshot
    {
        let id = LibGit2.hex(&oid)
        var commit: OpaquePointer?
        try LibGit2.check(git_commit_lookup(&commit, repository, &oid), "lookup commit", id)
        defer { git_commit_free(commit) }
        let message = git_commit_message(commit).map { String(cString: $0) } ?? ""
        let firstLine =
            message.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            .first.map(String.init) ?? ""
        return GitSnapshot(
            commit: id,
            committedAt: Date(timeIntervalSince1970: TimeInterval(git_commit_time(commit))),
            summary: firstLine.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
