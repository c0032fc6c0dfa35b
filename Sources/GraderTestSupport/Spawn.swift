import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program to its end with `posix_spawn` and `waitpid`, for the test servers' tools
/// (sshd, ssh-agent, ssh-keygen). Foundation's `Process` cannot be used for programs that
/// daemonize: it learns that a child ended when a descriptor the child inherited closes, so a
/// daemon that keeps (or closes) it makes `waitUntilExit` hang (or Foundation wait forever).
public enum Spawn {
    public struct Result: Sendable {
        public var status: Int32
        public var output: String
    }

    /// Runs `arguments` (looked up on PATH) with `environment` added to ours, standard input from
    /// /dev/null, standard output and error into `output`.
    public static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let capture = FileManager.default.temporaryDirectory.appendingPathComponent("grade-spawn-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: capture) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, capture.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        let merged = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp)
        guard spawned == 0 else {
            throw CocoaError(
                .executableLoad,
                userInfo: [
                    NSLocalizedDescriptionKey: "could not run \(arguments[0]): \(String(cString: strerror(spawned)))"
                ])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let output = (try? String(contentsOf: capture, encoding: .utf8)) ?? ""
        // WIFEXITED / WEXITSTATUS; a signal shows as 128 + its number, as shells do.
        let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(status: code, output: output)
    }

    /// Whether process `pid` is alive (a zombie is not: nothing may reap a daemon's in a container).
    public static func isAlive(_ pid: pid_t) -> Bool {
        guard kill(pid, 0) == 0 else { return false }
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return true }
        return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).first != "Z"
    }

    /// SIGTERM, then SIGKILL if `pid` is still alive after two seconds.
    public static func terminate(_ pid: pid_t) {
        guard pid > 0, kill(pid, SIGTERM) == 0 else { return }
        let deadline = Date().addingTimeInterval(2)
        while isAlive(pid) && Date() < deadline {
            usleep(10_000)
        }
        if isAlive(pid) {
            kill(pid, SIGKILL)
        }
    }
}
