import Foundation

/// A repository source split into what libgit2 and the cache may see and what must stay secret.
///
/// An `http(s)://user:token@host/…` URL loses its user part: it is kept in `embedded` and offered
/// through the credential callback, so the cache's config, messages and reports never hold it.
/// Other URLs lose a password only (`ssh://git@host/…` keeps its user name). Local paths and
/// scp-like `user@host:path` sources stay as they are.
struct RemoteURL: Sendable {
    /// User and password written into an HTTP(S) URL.
    struct Embedded: Sendable {
        var user: String
        var password: Secret?
    }

    /// The source without secrets: what libgit2 gets, the cache records and messages show.
    let clean: String
    /// "https", "http", "ssh", "git", "file"; "ssh" for scp-like sources; nil for a local path.
    let scheme: String?
    /// The server's host name, without brackets for IPv6; nil for local sources.
    let host: String?
    /// The port written in the URL, or the scheme's default (22 for SSH).
    let port: Int?
    /// Credentials written into an HTTP(S) URL.
    let embedded: Embedded?

    init(_ source: String) {
        guard source.contains("://") else {
            self.init(scpLike: source)
            return
        }
        guard var components = URLComponents(string: source), let scheme = components.scheme?.lowercased()
        else {
            // Not parseable: it cannot carry user information libgit2 would understand either.
            self.init(clean: source, scheme: nil, host: nil, port: nil, embedded: nil)
            return
        }
        let user = components.user
        let password = components.password
        let isHTTP = scheme == "http" || scheme == "https"
        var embedded: Embedded?
        if isHTTP, let user, !user.isEmpty || password != nil {
            embedded = Embedded(user: user, password: password.map(Secret.init))
        }
        if isHTTP {
            components.user = nil
        }
        components.password = nil
        let host = components.host.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "[]")) }
        let defaultPort: Int? = ["ssh": 22, "git+ssh": 22, "ssh+git": 22, "http": 80, "https": 443, "git": 9418][
            scheme]
        self.init(
            clean: components.string ?? source, scheme: scheme, host: host,
            port: components.port ?? defaultPort, embedded: embedded)
    }

    /// `[user@]host:path` (a colon before any slash) is SSH; anything else is a local path.
    private init(scpLike source: String) {
        guard !GitFetcher.isLocalPath(source), let colon = source.firstIndex(of: ":") else {
            self.init(clean: source, scheme: nil, host: nil, port: nil, embedded: nil)
            return
        }
        var host = String(source[..<colon])
        if let at = host.lastIndex(of: "@") {
            host = String(host[host.index(after: at)...])
        }
        host = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        self.init(clean: source, scheme: "ssh", host: host, port: 22, embedded: nil)
    }

    private init(clean: String, scheme: String?, host: String?, port: Int?, embedded: Embedded?) {
        self.clean = clean
        self.scheme = scheme
        self.host = host
        self.port = port
        self.embedded = embedded
    }

    var isSSH: Bool { scheme == "ssh" || scheme == "git+ssh" || scheme == "ssh+git" }

    /// A token may travel over HTTPS, or over plain HTTP to this very machine.
    var isSafeForTokens: Bool {
        scheme == "https" || (scheme == "http" && isLoopback)
    }

    var isLoopback: Bool {
        guard let host = host?.lowercased() else { return false }
        return host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
