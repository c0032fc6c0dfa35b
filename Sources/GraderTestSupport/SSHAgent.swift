import Foundation

/// A throwaway `ssh-agent` listening on a socket in a test's folder.
public final class SSHAgent: @unchecked Sendable {
    public let socket: URL
    /// The agent's process id (a daemon: not a child of the tests).
    private let pid: pid_t

    public init(in folder: URL) throws {
        socket = folder.appendingPathComponent("agent-\(UUID().uuidString.prefix(6)).sock")
        // The agent detaches and prints its pid.
        let started = try Spawn.run(["ssh-agent", "-s", "-a", socket.path])
        guard started.status == 0,
            let line = started.output.split(separator: "\n").first(where: { $0.hasPrefix("SSH_AGENT_PID=") }),
            let pid = pid_t(line.dropFirst("SSH_AGENT_PID=".count).prefix { $0.isNumber })
        else {
            throw SSHServer.Unavailable(description: "ssh-agent did not start: \(started.output)")
        }
        self.pid = pid
    }

    /// Loads the private key `key` into the agent.
    public func add(_ key: URL) throws {
        let added = try Spawn.run(["ssh-add", "-q", key.path], environment: ["SSH_AUTH_SOCK": socket.path])
        guard added.status == 0 else {
            throw SSHServer.Unavailable(description: "ssh-add \(key.path) failed: \(added.output)")
        }
    }

    /// Runs `body` with `SSH_AUTH_SOCK` (how libssh2 finds an agent) naming this agent.
    public func whileCurrent<T>(_ body: () throws -> T) rethrows -> T {
        let previous = ProcessInfo.processInfo.environment["SSH_AUTH_SOCK"]
        setenv("SSH_AUTH_SOCK", socket.path, 1)
        defer {
            if let previous { setenv("SSH_AUTH_SOCK", previous, 1) } else { unsetenv("SSH_AUTH_SOCK") }
        }
        return try body()
    }

    public func stop() {
        Spawn.terminate(pid)
        try? FileManager.default.removeItem(at: socket)
    }
}
