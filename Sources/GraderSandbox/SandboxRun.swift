import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One prepared run: a folder holding a copy of the test binary, a user id of its own (as root),
/// and the command that starts the binary inside the sandbox.
public struct SandboxRun: Sendable {
    public let sandbox: Sandbox
    /// On the host: the binary copy and result files live here.
    public let folder: URL
    /// Where the process sees `folder`.
    public let folderInside: String
    /// The run's own user id (root only); every process with it is killed by `finish()`.
    public let uid: UInt32?
    public let limits: SandboxLimits
    /// The run's cgroups (memory, pids), when cgroups are writable; emptied and removed by `finish()`.
    let cgroups: [String]

    /// Where a run's result file may live: a folder of the grader's that the sandbox never shows.
    public var privateFolder: URL { sandbox.root }

    /// The process spec that runs the binary with `arguments` under the sandbox and its limits.
    /// `resultFile` (a file of the grader's) is opened for appending by the grader's own user, before
    /// the user switch and the sandbox, and handed to the binary as descriptor 3: the test process
    /// can add to it but not read it, nor reopen it through `/proc/self/fd/3`.
    public func spec(
        arguments: [String], standardInput: Data, timeout: Duration, outputCap: Int, resultFile: String? = nil
    ) -> ProcessSpec {
        // No crash backtracer (slow, noisy), few malloc arenas (each reserves address space).
        let environment = [
            "PATH": "/usr/bin:/bin", "TZ": "UTC", "LANG": "C.UTF-8", "HOME": folderInside,
            "SWIFT_BACKTRACE": "enable=no", "MALLOC_ARENA_MAX": "2",
        ]
        let binary = "\(folderInside)/tests"
        let prlimit = [
            // Memory is the data limit (heap and stacks); address space gets room for reservations.
            sandbox.tools.prlimit, "--data=\(limits.memory)", "--as=\(limits.memory * 4)", "--stack=\(4 << 20)",
            "--cpu=\(limits.cpuSeconds)",
            "--nproc=\(limits.processes)", "--fsize=\(limits.fileSize)", "--nofile=\(limits.openFiles)", "--core=0",
            "--",
        ]
        var command: [String]
        var workingDirectory = folder.appendingPathComponent("scratch").path
        switch sandbox.level {
        case .none:
            command = [binary]
        case .limits:
            command = prlimit + [binary]
        case .bubblewrap:
            command =
                sandbox.bubblewrapArguments(run: self, environment: environment) + prlimit
                + [binary]
            workingDirectory = folder.path
        }
        if let uid {
            command = [sandbox.tools.setpriv, "--reuid=\(uid)", "--regid=\(uid)", "--clear-groups", "--"] + command
        }
        if !cgroups.isEmpty || resultFile != nil {
            // Join the run's groups before anything of the submission starts (its descendants inherit
            // them), and open the result file while still the grader's user.
            let join = cgroups.map { "echo 0 > '\($0)/cgroup.procs' || exit 125; " }.joined()
            let open = resultFile == nil ? "" : "exec 3>>\"$1\" || exit 125; shift; "
            command =
                ["/bin/sh", "-c", join + open + "exec \"$@\"", "grade-run"] + (resultFile.map { [$0] } ?? []) + command
        }
        return ProcessSpec(
            executable: command[0], arguments: Array(command.dropFirst()) + arguments, environment: environment,
            workingDirectory: workingDirectory, standardInput: standardInput, timeout: timeout, outputCap: outputCap)
    }

    /// Ends every process of the run's user (a daemon that left the process group included) and
    /// removes the folder.
    public func finish() {
        Cgroups.destroy(cgroups)
        if let uid { Self.killAll(uid: uid) }
        try? FileManager.default.removeItem(at: folder)
    }

    /// The cgroup limits the run's processes ran into (`memory`, `processes`).
    public func limitsHit() -> [String] { Cgroups.limitsHit(cgroups) }

    /// Makes `path` (a file or folder in `folder`) belong to the run's user.
    public func handOver(_ path: String) {
        if let uid { _ = chown(path, uid, uid) }
    }

    static func killAll(uid: UInt32) {
        for _ in 0..<20 {
            let pids = processes(of: uid)
            if pids.isEmpty { return }
            for pid in pids { kill(pid, SIGKILL) }
            usleep(10_000)
        }
    }

    /// Processes whose real user id is `uid`, read from /proc.
    static func processes(of uid: UInt32) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry -> pid_t? in
            guard let pid = pid_t(entry),
                let status = try? String(contentsOfFile: "/proc/\(entry)/status", encoding: .utf8)
            else { return nil }
            let lines = status.split(separator: "\n")
            // A zombie is already dead: only its parent (or init) can reap it, and killing it does nothing.
            if let state = lines.first(where: { $0.hasPrefix("State:") }), state.contains("Z") || state.contains("X") {
                return nil
            }
            guard let line = lines.first(where: { $0.hasPrefix("Uid:") }) else { return nil }
            let fields = line.split(whereSeparator: { $0 == "\t" || $0 == " " })
            return fields.count > 1 && UInt32(fields[1]) == uid ? pid : nil
        }
    }
}
