import Foundation

/// A real OpenSSH server (Debian's `openssh-server`) on 127.0.0.1, started by a test: a throwaway
/// host key, keys authorized through a file of its own whose lines force `git-shell` (so a key
/// can only fetch and push), password logins off, the current user as the login.
///
/// ```swift
/// let server = try SSHServer()            // throws SSHServer.Unavailable without sshd
/// defer { server.stop() }
/// let key = try server.makeKey("grader")  // authorized; makeKey(_, authorized: false) is not
/// let url = server.url(of: repositoryFolder)
/// ```
public final class SSHServer: @unchecked Sendable {
    /// sshd is not installed, or cannot run here; the reason says which.
    public struct Unavailable: Error, CustomStringConvertible {
        public let description: String
    }

    public let port: Int
    /// Holds the host key, the user keys, authorized_keys, the config and sshd's log.
    public let folder: TemporaryDirectory
    /// The user logged in as (the one running the tests).
    public let user: String
    /// The host key's known_hosts line: `[127.0.0.1]:<port> ssh-ed25519 AAAA…`.
    public let knownHostsLine: String
    /// The daemon's process id (not a child of the tests: sshd detaches).
    private let pid: pid_t

    public static let sshd = "/usr/sbin/sshd"

    public init() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.sshd) else {
            throw Unavailable(description: "\(Self.sshd) is not installed (Debian: apt-get install openssh-server)")
        }
        folder = try TemporaryDirectory(prefix: "grade-sshd")
        user = Self.currentUser()
        let hostKey = folder.url.appendingPathComponent("host_ed25519")
        try Self.keygen(hostKey, passphrase: "", comment: "grade-test-host")
        try "".write(to: folder.url.appendingPathComponent("authorized_keys"), atomically: true, encoding: .utf8)
        if getuid() == 0 {
            // sshd refuses to start without its privilege separation folder.
            try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        }
        let hostPublic = try String(contentsOf: hostKey.appendingPathExtension("pub"), encoding: .utf8)
            .split(separator: " ").prefix(2).joined(separator: " ")

        let pidFile = folder.url.appendingPathComponent("sshd.pid")
        var lastError = "sshd did not start"
        for _ in 0..<8 {
            try? FileManager.default.removeItem(at: pidFile)
            let port = LocalPort.free()
            let config = try folder.write(
                """
                Port \(port)
                ListenAddress 127.0.0.1
                HostKey \(hostKey.path)
                PidFile \(pidFile.path)
                AuthorizedKeysFile \(folder.url.appendingPathComponent("authorized_keys").path)
                AuthenticationMethods publickey
                PubkeyAuthentication yes
                PasswordAuthentication no
                KbdInteractiveAuthentication no
                PermitRootLogin prohibit-password
                AllowUsers \(user)
                StrictModes no
                UsePAM no
                PermitUserEnvironment no
                AllowTcpForwarding no
                X11Forwarding no
                LogLevel VERBOSE

                """, to: "sshd_config")
            let log = folder.url.appendingPathComponent("sshd-\(port).log")
            // sshd detaches: the started process exits once the daemon is forked.
            let started = try Spawn.run([Self.sshd, "-f", config.path, "-E", log.path])
            if started.status == 0, let pid = Self.waitForDaemon(port: port, pidFile: pidFile) {
                self.port = port
                self.pid = pid
                knownHostsLine = "[127.0.0.1]:\(port) \(hostPublic)"
                return
            }
            if let pid = Self.readPID(pidFile) { Spawn.terminate(pid) }
            lastError = (try? String(contentsOf: log, encoding: .utf8)) ?? lastError
        }
        folder.remove()
        throw Unavailable(description: "sshd did not start: \(lastError)")
    }

    /// The `ssh://` URL of the repository at `repository` (an absolute folder).
    public func url(of repository: URL) -> String {
        "ssh://\(user)@127.0.0.1:\(port)\(repository.standardizedFileURL.path)"
    }

    /// A new ed25519 key pair in the server's folder; authorized (to run `git-shell` only) unless
    /// `authorized` is false. Returns the private key file (the public one is beside it, `.pub`).
    public func makeKey(_ name: String, passphrase: String = "", authorized: Bool = true) throws -> URL {
        let key = folder.url.appendingPathComponent("key_\(name)")
        try Self.keygen(key, passphrase: passphrase, comment: "grade-test-\(name)")
        if authorized {
            try authorize(key)
        }
        return key
    }

    /// Adds `key`'s public half to authorized_keys, forced to `git-shell`.
    public func authorize(_ key: URL) throws {
        let publicKey = try String(contentsOf: key.appendingPathExtension("pub"), encoding: .utf8)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let line =
            #"command="git-shell -c \"$SSH_ORIGINAL_COMMAND\"",no-port-forwarding,no-pty,no-agent-forwarding,no-X11-forwarding "#
            + publicKey + "\n"
        let file = folder.url.appendingPathComponent("authorized_keys")
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(line.utf8))
    }

    /// What sshd logged so far (for failure messages).
    public var log: String {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.url.path)) ?? []
        return files.filter { $0.hasSuffix(".log") }.sorted().compactMap {
            try? String(contentsOf: folder.url.appendingPathComponent($0), encoding: .utf8)
        }.joined()
    }

    public func stop() {
        Spawn.terminate(pid)
        folder.remove()
    }

    deinit {
        Spawn.terminate(pid)
    }

    /// The daemon's pid once it listens on `port`, or nil when it did not within 10 seconds.
    private static func waitForDaemon(port: Int, pidFile: URL) -> pid_t? {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline {
            if let pid = readPID(pidFile), Spawn.isAlive(pid), LocalPort.canConnect(port: port) {
                return pid
            }
            usleep(20_000)
        }
        return nil
    }

    private static func readPID(_ file: URL) -> pid_t? {
        (try? String(contentsOf: file, encoding: .utf8)).flatMap {
            pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    static func keygen(_ file: URL, passphrase: String, comment: String) throws {
        let result = try Spawn.run([
            "ssh-keygen", "-q", "-t", "ed25519", "-N", passphrase, "-C", comment, "-f", file.path,
        ])
        guard result.status == 0 else {
            throw Unavailable(description: "ssh-keygen failed (status \(result.status)): \(result.output)")
        }
    }

    private static func currentUser() -> String {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return "root" }
        return String(cString: name)
    }
}
