import Foundation

/// How `Git.fetchHead` reaches a repository: the credentials it may offer, the SSH host keys it
/// trusts, and the limits it keeps to.
public struct FetchOptions: Sendable {
    public var credentials: Credentials
    /// OpenSSH known_hosts files; an SSH server's host key must be in one of them (plain, with
    /// `[host]:port`, or hashed `|1|` entries). A host key listed nowhere, or listed differently,
    /// is refused. HTTPS certificates keep libgit2's own validation.
    public var knownHosts: [URL]
    public var limits: FetchLimits

    public init(
        credentials: Credentials = .none, knownHosts: [URL] = FetchOptions.defaultKnownHosts,
        limits: FetchLimits = .unlimited
    ) {
        self.credentials = credentials
        self.knownHosts = knownHosts
        self.limits = limits
    }

    /// What OpenSSH reads: the user's `~/.ssh/known_hosts`, then the system's
    /// `/etc/ssh/ssh_known_hosts`.
    public static var defaultKnownHosts: [URL] {
        [
            FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".ssh/known_hosts"),
            URL(fileURLWithPath: "/etc/ssh/ssh_known_hosts"),
        ]
    }
}
