import CGit2
import Foundation
import Synchronization

/// One fetch's answers to libgit2's remote callbacks (see `RemoteCallbacks.swift`): which
/// credential to offer next, whether the SSH host key is trusted, whether the transfer is still
/// within its limits; and, when the fetch failed because of one of them, the message that says
/// what happened and how to fix it.
///
/// Credentials are offered at most once each: libgit2 asks again after every refusal, and would
/// ask forever.
final class FetchSession: Sendable {
    enum Failure: Sendable, Equatable {
        case authentication(message: String, hint: String)
        case hostKey(message: String, hint: String)
        case tooLarge
        case tooSlow
    }

    private enum Offered: Sendable {
        case agent, keyFile, urlCredentials, token
    }

    private struct State {
        var offered: [Offered] = []
        var failure: Failure?
    }

    let options: FetchOptions
    let remote: RemoteURL
    private let started = ContinuousClock.now
    private let state = Mutex(State())

    init(options: FetchOptions, remote: RemoteURL) {
        self.options = options
        self.remote = remote
    }

    var failure: Failure? { state.withLock { $0.failure } }

    /// Keeps the first failure: the later ones are its consequences.
    func fail(_ failure: Failure) {
        state.withLock { if $0.failure == nil { $0.failure = failure } }
    }

    // MARK: - Credentials

    /// The next credential for a server that accepts `allowed` (a `git_credential_t` mask), or
    /// `GIT_EAUTH` when there is nothing left to offer.
    func credential(
        _ out: UnsafeMutablePointer<UnsafeMutablePointer<git_credential>?>?, user: String?, allowed: UInt32
    ) -> Int32 {
        if allowed & GIT_CREDENTIAL_USERNAME.rawValue != 0 {
            return git_credential_username_new(out, options.credentials.sshUser)
        }
        if allowed & GIT_CREDENTIAL_SSH_KEY.rawValue != 0 {
            return sshKey(out, user: user ?? options.credentials.sshUser)
        }
        if allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT.rawValue != 0, !remote.isSSH {
            return userPassword(out)
        }
        return refuse(
            "the server asks for a kind of login the grader does not offer (it offers SSH keys and "
                + "HTTPS access tokens)",
            hint: remote.isSSH ? options.credentials.sshHelp : options.credentials.tokenHelp)
    }

    private func offer(_ what: Offered) -> Bool {
        state.withLock { state in
            if state.offered.contains(what) { return false }
            state.offered.append(what)
            return true
        }
    }

    private func wasOffered(_ what: Offered) -> Bool {
        state.withLock { $0.offered.contains(what) }
    }

    private func sshKey(_ out: UnsafeMutablePointer<UnsafeMutablePointer<git_credential>?>?, user: String) -> Int32 {
        let credentials = options.credentials
        if credentials.sshAgent, offer(.agent) {
            return git_credential_ssh_key_from_agent(out, user)
        }
        if let key = credentials.sshKey, offer(.keyFile) {
            guard FileManager.default.isReadableFile(atPath: key.file.path) else {
                return refuse(
                    "the SSH key \(key.file.path) (\(key.origin)) cannot be read",
                    hint: "check the path and its permissions")
            }
            if key.passphrase == nil, SSHKeyFile.isEncrypted(key.file) == true {
                return refuse(
                    "the SSH key \(key.file.path) (\(key.origin)) is protected by a passphrase and none is set",
                    hint: "set it in \(key.passphraseOrigin), or load the key into an ssh-agent")
            }
            let publicKey = key.file.path + ".pub"
            return git_credential_ssh_key_new(
                out, user, FileManager.default.fileExists(atPath: publicKey) ? publicKey : nil, key.file.path,
                key.passphrase?.value)
        }
        var tried: [String] = []
        if wasOffered(.agent) { tried.append("the keys of the ssh-agent") }
        if let key = credentials.sshKey, wasOffered(.keyFile) {
            tried.append("the SSH key \(key.file.path) (\(key.origin))")
            if key.passphrase != nil, SSHKeyFile.isEncrypted(key.file) == true {
                return refuse(
                    "the server refused \(tried.joined(separator: " and ")) for user '\(user)', or the key's "
                        + "passphrase (from \(key.passphraseOrigin)) is wrong",
                    hint: "check the passphrase, and that the key may read the repository")
            }
        }
        if tried.isEmpty {
            return refuse("the server asks for an SSH key and the grader has none", hint: credentials.sshHelp)
        }
        return refuse(
            "the server refused \(tried.joined(separator: " and ")) for user '\(user)'",
            hint: "give that key read access to the repository (as a deploy key, or a key of an account "
                + "that can read it), or configure a key that has it; \(credentials.sshHelp)")
    }

    private func userPassword(_ out: UnsafeMutablePointer<UnsafeMutablePointer<git_credential>?>?) -> Int32 {
        let credentials = options.credentials
        if let embedded = remote.embedded, offer(.urlCredentials) {
            return git_credential_userpass_plaintext_new(out, embedded.user, embedded.password?.value ?? "")
        }
        if let token = credentials.token, !wasOffered(.token) {
            guard remote.isSafeForTokens else {
                return refuse(
                    "the token from \(token.origin) is only sent over https, and this URL is not",
                    hint: "use the repository's https:// URL")
            }
            _ = offer(.token)
            return git_credential_userpass_plaintext_new(out, token.user, token.secret.value)
        }
        if let token = credentials.token {
            return refuse(
                "the server refused the token from \(token.origin) (user '\(token.user)')",
                hint: "check that the token is valid, has not expired, and may read this repository "
                    + "(for GitHub: read access to the repository's contents)")
        }
        if wasOffered(.urlCredentials) {
            return refuse(
                "the server refused the user and password written in the repository's URL",
                hint: "prefer an access token in an environment variable; \(credentials.tokenHelp)")
        }
        return refuse("the server asks for a login and no access token is set", hint: credentials.tokenHelp)
    }

    private func refuse(_ message: String, hint: String) -> Int32 {
        fail(.authentication(message: message, hint: hint))
        git_error_set_str(Int32(GIT_ERROR_CALLBACK.rawValue), message)
        return GIT_EAUTH.rawValue
    }

    // MARK: - Host keys

    /// 0 to go on with a trusted SSH host key, `GIT_ECERTIFICATE` to refuse it; HTTPS
    /// certificates are left to libgit2's own validation (`GIT_PASSTHROUGH`).
    func certificate(_ certificate: UnsafeMutablePointer<git_cert>?, host: String?) -> Int32 {
        guard let certificate, certificate.pointee.cert_type == GIT_CERT_HOSTKEY_LIBSSH2 else {
            return GIT_PASSTHROUGH.rawValue
        }
        let hostKey = UnsafeRawPointer(certificate).assumingMemoryBound(to: git_cert_hostkey.self).pointee
        let hostName = host ?? remote.host ?? "the server"
        let port = remote.port ?? 22
        let shown = port == 22 ? hostName : "[\(hostName)]:\(port)"
        let file = options.knownHosts.first?.path ?? "~/.ssh/known_hosts"
        guard hostKey.type.rawValue & GIT_CERT_SSH_RAW.rawValue != 0, let raw = hostKey.hostkey else {
            return refuseHostKey("the host key of \(shown) could not be read", hint: "check the server")
        }
        let key = Data(bytes: raw, count: hostKey.hostkey_len)
        switch KnownHosts(files: options.knownHosts).check(host: hostName, port: port, key: key, type: hostKey.raw_type)
        {
        case .known:
            return 0
        case .unknown:
            let scan = port == 22 ? "ssh-keyscan \(hostName)" : "ssh-keyscan -p \(port) \(hostName)"
            return refuseHostKey(
                "host key for \(shown) not accepted: add it to \(file)",
                hint: "after checking its fingerprint with the server's owner, e.g. \(scan) >> \(file)")
        case .changed(let listed):
            return refuseHostKey(
                "host key for \(shown) not accepted: it differs from the one in \(listed.path)",
                hint: "the server's key changed, or something is between this machine and the server; "
                    + "if the change is expected, replace the line for \(shown) in \(listed.path)")
        case .revoked(let listed):
            return refuseHostKey(
                "host key for \(shown) not accepted: it is revoked in \(listed.path)",
                hint: "ask the server's owner for its new key")
        }
    }

    private func refuseHostKey(_ message: String, hint: String) -> Int32 {
        fail(.hostKey(message: message, hint: hint))
        git_error_set_str(Int32(GIT_ERROR_SSH.rawValue), message)
        return GIT_ECERTIFICATE.rawValue
    }

    // MARK: - Limits

    /// 0 to go on, -1 to cancel the transfer once `received` bytes exceed the size limit or the
    /// time is up.
    func progress(received: Int) -> Int32 {
        if let maxSize = options.limits.maxSize, received > maxSize {
            fail(.tooLarge)
            return -1
        }
        return checkClock()
    }

    /// 0 while within the time limit (and nothing else failed), -1 otherwise.
    func checkClock() -> Int32 {
        if failure != nil {
            return -1
        }
        if let timeout = options.limits.timeout, ContinuousClock.now - started > timeout {
            fail(.tooSlow)
            return -1
        }
        return 0
    }

    // MARK: - Errors

    /// The error to report for a failed fetch: ours when a callback refused, else libgit2's with
    /// every secret scrubbed from it.
    func explain(_ error: GitError) -> GitError {
        switch failure {
        case .authentication(let message, let hint):
            return GitError(
                operation: GitError.authenticate, target: remote.clean, code: GIT_EAUTH.rawValue,
                errorClass: Int32(GIT_ERROR_CALLBACK.rawValue), message: message, hint: hint)
        case .hostKey(let message, let hint):
            return GitError(
                operation: GitError.verifyHostKey, target: remote.clean, code: GIT_ECERTIFICATE.rawValue,
                errorClass: Int32(GIT_ERROR_SSH.rawValue), message: message, hint: hint)
        case .tooLarge:
            let size = FetchLimits.text(bytes: options.limits.maxSize ?? 0)
            return GitError(
                operation: GitError.stayWithinLimits, target: remote.clean, code: GIT_EUSER.rawValue,
                errorClass: Int32(GIT_ERROR_CALLBACK.rawValue),
                message: "the repository is larger than \(size), the most the grader fetches; it was not fetched",
                hint: "raise fetch.max_size in grader.yml if it should be graded")
        case .tooSlow:
            let time = FetchLimits.text(duration: options.limits.timeout ?? .zero)
            return GitError(
                operation: GitError.stayWithinLimits, target: remote.clean, code: GIT_EUSER.rawValue,
                errorClass: Int32(GIT_ERROR_NET.rawValue),
                message: "fetching took longer than \(time) and was stopped",
                hint: "the server may be slow or not answering; try again later, or raise fetch.timeout "
                    + "in grader.yml")
        case nil:
            let scrubbed = scrub(error)
            if scrubbed.code == GIT_EAUTH.rawValue {
                return GitError(
                    operation: GitError.authenticate, target: remote.clean, code: scrubbed.code,
                    errorClass: scrubbed.errorClass, message: scrubbed.message,
                    hint: remote.isSSH ? options.credentials.sshHelp : options.credentials.tokenHelp)
            }
            if wasOffered(.keyFile), let key = options.credentials.sshKey,
                scrubbed.errorClass == GIT_ERROR_SSH.rawValue,
                scrubbed.message.localizedCaseInsensitiveContains("key")
            {
                return GitError(
                    operation: GitError.authenticate, target: remote.clean, code: GIT_EAUTH.rawValue,
                    errorClass: scrubbed.errorClass,
                    message: "the SSH key \(key.file.path) (\(key.origin)) could not be used: \(scrubbed.message)",
                    hint: "check that the file is a private key and, if it has a passphrase, that the "
                        + "passphrase is set")
            }
            return scrubbed
        }
    }

    /// `error` without any secret the grader holds, should libgit2 have echoed one.
    func scrub(_ error: GitError) -> GitError {
        var secrets = options.credentials.secrets
        if let embedded = remote.embedded {
            secrets.append(Secret(embedded.user))
            if let password = embedded.password { secrets.append(password) }
        }
        func clean(_ text: String) -> String {
            secrets.reduce(text) { $1.redact($0) }
        }
        return GitError(
            operation: error.operation, target: clean(error.target), code: error.code,
            errorClass: error.errorClass, message: clean(error.message), hint: error.hint.map(clean))
    }
}
