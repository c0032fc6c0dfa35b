import Foundation

/// What the reports may show of the address a student's repository was fetched from.
///
/// - `display`: the address with any `user:password@` part removed (a token in a clone URL must
///   never reach a page or an export), and without a query or fragment.
/// - `webURL`: `https://host/owner/repo` when the host is a GitHub- or GitLab-style forge and the
///   address is an `https://`, `ssh://` or scp-like (`git@host:owner/repo.git`) one; `nil` for
///   local paths, unknown hosts and paths with unusual characters.
public struct RepositoryAddress: Sendable, Equatable {
    public let display: String
    public let webURL: String?
    private let forge: Forge?

    enum Forge: Sendable, Equatable {
        case github, gitlab, bitbucket, gitea

        /// The path from a repository's web page to one of its commits.
        var commitPath: String {
            switch self {
            case .gitlab: "/-/commit/"
            case .bitbucket: "/commits/"
            case .github, .gitea: "/commit/"
            }
        }

        init?(host: String) {
            let host = host.lowercased()
            let first = host.split(separator: ".").first.map(String.init) ?? host
            switch (host, first) {
            case ("github.com", _), (_, "github"): self = .github
            case ("gitlab.com", _), (_, "gitlab"): self = .gitlab
            case ("bitbucket.org", _): self = .bitbucket
            case ("codeberg.org", _), (_, "gitea"), (_, "forgejo"): self = .gitea
            default: return nil
            }
        }
    }

    public init(_ raw: String) {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        if let parts = text.contains("://") ? Self.urlParts(text) : Self.scpParts(text) {
            display = parts.display
            forge = Forge(host: parts.host)
            if let forge, let path = Self.webPath(parts.path, forge: forge) {
                webURL = "https://\(parts.webHost)/\(path)"
            } else {
                webURL = nil
            }
        } else {
            display = text
            webURL = nil
            forge = nil
        }
    }

    /// The web page of `commit` on the forge, or `nil` when there is none to link to (no web URL,
    /// or `commit` is not a hexadecimal object id).
    public func commitURL(_ commit: String?) -> String? {
        guard let webURL, let forge, let commit, Self.isObjectID(commit) else { return nil }
        return webURL + forge.commitPath + commit.lowercased()
    }

    /// The repository's name: the last path component without `.git`.
    public var name: String {
        let last = display.split(whereSeparator: { $0 == "/" || $0 == ":" }).last.map(String.init) ?? display
        return last.hasSuffix(".git") ? String(last.dropLast(4)) : last
    }

    static func isObjectID(_ text: String) -> Bool {
        (7...64).contains(text.count) && text.allSatisfy(\.isHexDigit)
    }

    private struct Parts {
        let display: String
        let host: String
        /// The host (and port, for https) a browser would use.
        let webHost: String
        let path: String
    }

    /// `scheme://[user[:password]@]host[:port]/path[?query][#fragment]`.
    private static func urlParts(_ text: String) -> Parts? {
        guard let schemeEnd = text.range(of: "://") else { return nil }
        let scheme = text[..<schemeEnd.lowerBound].lowercased()
        guard !scheme.isEmpty, scheme.allSatisfy({ $0.isLetter || $0 == "+" || $0 == "-" || $0 == "." }) else {
            return nil
        }
        var rest = Substring(text[schemeEnd.upperBound...])
        if let cut = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            rest = rest[..<cut]
        }
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        var authority = rest[..<slash]
        let path = String(rest[slash...].drop(while: { $0 == "/" }))
        if let at = authority.lastIndex(of: "@") {
            authority = authority[authority.index(after: at)...]
        }
        let host = authority.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
        guard !host.isEmpty else { return nil }
        let webHost = scheme == "https" || scheme == "http" ? String(authority) : host
        return Parts(display: "\(scheme)://\(authority)/\(path)", host: host, webHost: webHost, path: path)
    }

    /// `[user@]host:path`, as git reads it: a colon before any slash.
    private static func scpParts(_ text: String) -> Parts? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        var authority = text[..<colon]
        guard !authority.contains("/"), authority.count > 1 else { return nil }
        if let at = authority.lastIndex(of: "@") {
            authority = authority[authority.index(after: at)...]
        }
        let path = String(text[text.index(after: colon)...].drop(while: { $0 == "/" }))
        guard !authority.isEmpty else { return nil }
        return Parts(display: "\(authority):\(path)", host: String(authority), webHost: String(authority), path: path)
    }

    /// `owner/repo` (GitHub: exactly two segments; others: two or more), without `.git` or a
    /// trailing slash, every segment made of safe characters; `nil` otherwise.
    private static func webPath(_ path: String, forge: Forge) -> String? {
        var trimmed = Substring(path)
        while trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        if trimmed.hasSuffix(".git") { trimmed = trimmed.dropLast(4) }
        let segments = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        let allowed = forge == .github ? 2...2 : 2...20
        guard allowed.contains(segments.count) else { return nil }
        for segment in segments {
            guard !segment.isEmpty, segment != ".", segment != "..",
                segment.unicodeScalars.allSatisfy(isSafe)
            else { return nil }
        }
        return String(trimmed)
    }

    private static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", ".", "-", "_", "~": true
        default: false
        }
    }
}
