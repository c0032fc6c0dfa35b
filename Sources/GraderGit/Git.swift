import Foundation

/// The grader's whole use of git: keep a bare cache of each student's repository up to date, and
/// read files of one commit from it. Built on libgit2; never runs the git command line.
///
/// Calls on different caches may run on several threads at once. Two calls on the same cache at
/// the same time are not supported; the caller gives each repository its own cache folder.
public enum Git {
    /// Brings the bare repository at `cache` up to date with `source` and returns the commit at
    /// the remote's HEAD (its default branch), or nil when the repository has no commits.
    ///
    /// - `source`: a URL (`https://`, `ssh://`, `file://`) or a local path to a repository
    ///   (bare or not).
    /// - `cache`: a folder the grader owns. When it does not exist it is cloned (built in a hidden
    ///   sibling folder and renamed into place when complete); when it exists it is fetched into.
    ///   When it exists but is not a valid repository (say, junk left by an older run) it is
    ///   removed and cloned again; a git work tree (a folder with `.git`) is never removed.
    ///
    /// Remote branches are kept, force-updated and pruned, under `refs/remotes/origin/*`; the
    /// remote HEAD commit under `refs/grade/head`.
    ///
    /// `options` gives the credentials offered when the server asks for them, the known_hosts
    /// files an SSH host key must be in, and the time and size limits (none by default). A
    /// secret is never written into the cache (its remote URL has none) nor into any error.
    /// Submodules are never fetched (only the gitlink is in the tree), nor LFS objects (their
    /// pointer files stay pointer files).
    ///
    /// - Throws: `GitError` ("clone" or "fetch") with libgit2's message when the repository is
    ///   missing, unreachable or unreadable, or the cache cannot be written; `authenticate` when
    ///   the server accepted no credential, `verifyHostKey` for an SSH host key not in
    ///   known_hosts, `stayWithinLimits` when a limit cancelled the fetch. After a failure the
    ///   cache is as it was before (or absent): a partial clone is never left in place.
    public static func fetchHead(
        from source: String, into cache: URL, options: FetchOptions = FetchOptions()
    ) throws(GitError) -> GitSnapshot? {
        try GitFetcher(source: source, cache: cache, options: options).run()
    }

    /// `source` as messages and reports may show it: an HTTP(S) URL without its user and
    /// password, any other URL without a password.
    public static func displayedSource(_ source: String) -> String {
        RemoteURL(source).clean
    }

    /// The files of `commit` below `folder` (e.g. "Sources/Loops"; "" for the whole commit),
    /// recursively, sorted by path, read from the object database of the repository at `cache`.
    ///
    /// Returns [] when the folder does not exist in that commit. Every entry is reported with its
    /// kind; the caller decides what to do with symlinks, executables and submodules.
    ///
    /// - Throws: `GitError` ("open", "lookup commit", "read tree", "read blob") when the cache is
    ///   not a repository, the commit is not in it, an object is missing, or a tree entry has a
    ///   name that could escape the folder (such as "..").
    public static func files(in cache: URL, commit: String, under folder: String) throws(GitError)
        -> [GitFile]
    {
        try GitTreeReader(cache: cache, commit: commit, folder: folder).read()
    }

    /// The commit recorded by the last `fetchHead` (the remote HEAD), or nil when there is none.
    public static func recordedHead(in cache: URL) throws(GitError) -> GitSnapshot? {
        try GitFetcher.recordedHead(in: cache)
    }
}
