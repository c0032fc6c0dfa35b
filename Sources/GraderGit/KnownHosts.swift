import CGit2
import CSSH2
import Foundation

/// Checks an SSH server's host key against OpenSSH known_hosts files. Lines are parsed by libssh2
/// (libgit2's SSH library): plain names, comma-separated names, `[host]:port`, and hashed
/// `|1|salt|hash` entries (HMAC-SHA1, as `ssh-keygen -H` writes them). An `@revoked` line refuses
/// its key for every host; `@cert-authority` lines and patterns (`*`, `?`, `!`) are not
/// supported and never accept anything.
struct KnownHosts {
    enum Verdict: Equatable {
        /// A line for this host holds this very key.
        case known
        /// No line for this host holds a key of this type.
        case unknown
        /// A line for this host holds another key of this type: the server changed its key, or
        /// someone is in the middle.
        case changed(file: URL)
        /// An `@revoked` line lists this key.
        case revoked(file: URL)
    }

    let files: [URL]

    /// The verdict on `key` (the raw key blob, as in a known_hosts line before base64) presented by
    /// `host` on `port`.
    func check(host: String, port: Int, key: Data, type: git_cert_ssh_raw_type_t) -> Verdict {
        var changedIn: URL?
        for file in files {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            let lines = text.split(whereSeparator: \.isNewline).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            if lines.contains(where: { Self.revokes($0, key: key) }) {
                return .revoked(file: file)
            }
            switch Self.check(lines.filter { !$0.hasPrefix("@") }, host: host, port: port, key: key, type: type) {
            case .known: return .known
            case .changed: changedIn = changedIn ?? file
            default: break
            }
        }
        return changedIn.map { .changed(file: $0) } ?? .unknown
    }

    /// `@revoked <hosts> <type> <base64 key>` naming this key.
    private static func revokes(_ line: String, key: Data) -> Bool {
        let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard fields.count >= 4, fields[0] == "@revoked" else { return false }
        return Data(base64Encoded: String(fields[3])) == key
    }

    /// The verdict of one file's lines, through libssh2's known-hosts store.
    private static func check(_ lines: [String], host: String, port: Int, key: Data, type: git_cert_ssh_raw_type_t)
        -> Verdict
    {
        guard let session = libssh2_session_init_ex(nil, nil, nil, nil) else { return .unknown }
        defer { libssh2_session_free(session) }
        guard let store = libssh2_knownhost_init(session) else { return .unknown }
        defer { libssh2_knownhost_free(store) }
        for line in lines where !line.isEmpty && !line.hasPrefix("#") {
            // A line libssh2 cannot read (a key type it does not know, say) is skipped; the
            // others still count.
            _ = libssh2_knownhost_readline(store, line, line.utf8.count, LIBSSH2_KNOWNHOST_FILE_OPENSSH)
        }
        let typeMask = LIBSSH2_KNOWNHOST_TYPE_PLAIN | LIBSSH2_KNOWNHOST_KEYENC_RAW | keyType(type)
        let result = key.withUnsafeBytes { bytes in
            libssh2_knownhost_checkp(
                store, host, Int32(port), bytes.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count,
                typeMask, nil)
        }
        switch result {
        case LIBSSH2_KNOWNHOST_CHECK_MATCH: return .known
        case LIBSSH2_KNOWNHOST_CHECK_MISMATCH: return .changed(file: URL(fileURLWithPath: "/"))
        default: return .unknown
        }
    }

    /// libssh2's key type bits for libgit2's raw key type, so that a listed key of another type
    /// is neither a match nor a mismatch.
    private static func keyType(_ type: git_cert_ssh_raw_type_t) -> Int32 {
        switch type {
        case GIT_CERT_SSH_RAW_TYPE_RSA: LIBSSH2_KNOWNHOST_KEY_SSHRSA
        case GIT_CERT_SSH_RAW_TYPE_DSS: LIBSSH2_KNOWNHOST_KEY_SSHDSS
        case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_256: LIBSSH2_KNOWNHOST_KEY_ECDSA_256
        case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_384: LIBSSH2_KNOWNHOST_KEY_ECDSA_384
        case GIT_CERT_SSH_RAW_TYPE_KEY_ECDSA_521: LIBSSH2_KNOWNHOST_KEY_ECDSA_521
        case GIT_CERT_SSH_RAW_TYPE_KEY_ED25519: LIBSSH2_KNOWNHOST_KEY_ED25519
        default: 0
        }
    }
}
