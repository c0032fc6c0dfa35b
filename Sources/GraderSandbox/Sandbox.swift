import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Where and how test binaries run. `make` picks the strongest level that works on this machine;
/// `prepare` gives each run a folder (and, as root, a user id) of its own.
public struct Sandbox: Sendable {
    public struct Tools: Sendable {
        public var bwrap: String?
        public var prlimit: String
        public var setpriv: String
    }

    public let level: SandboxLevel
    let tools: Tools
    /// Read-only folders the test binary needs besides /usr (the toolchain's runtime libraries).
    let libraries: [String]
    /// Parent of every run folder (`.grade/sandbox`): traversable, not listable.
    let root: URL
    let switchesUser: Bool
    /// Memory and process limits per run through cgroups, where this process may create groups.
    let cgroups: Cgroups
    /// Why a weaker level than asked was chosen, to tell the instructor once.
    public let warning: String?

    /// First of the user ids given to runs as root.
    static let firstUID: UInt32 = 2_000_000_000
    /// User ids one grader process cycles through; more than any number of runs at once.
    static let uidsPerProcess: UInt32 = 1000
    private static let counter = Atomic<UInt32>(0)

    /// The user ids this process gives to runs: a block of its own, chosen by process id, so two
    /// graders on one machine (two courses, `grade check` beside `grade`) never share a user id,
    /// and killing every process of a run's user never touches the other grader's runs.
    public static var runUIDs: Range<UInt32> {
        let block = UInt32(getpid()) % 2_000_000
        let first = firstUID + block * uidsPerProcess
        return first..<(first + uidsPerProcess)
    }

    /// Picks the level for `request`, probing bubblewrap with a real run of `/bin/true`.
    public static func make(
        _ request: SandboxRequest, libraries: [String], stateFolder: URL
    ) async throws(SandboxError) -> Sandbox {
        let root = stateFolder.appendingPathComponent("sandbox", isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
            try FileManager.default.setAttributes([.posixPermissions: 0o711], ofItemAtPath: root.path)
        } catch {
            throw SandboxError(executable: root.path, reason: "cannot create the sandbox folder: \(error)")
        }
        let tools = Tools(
            bwrap: find("bwrap"), prlimit: find("prlimit") ?? "/usr/bin/prlimit",
            setpriv: find("setpriv") ?? "/usr/bin/setpriv")
        let isRoot = geteuid() == 0
        let cgroups = Cgroups.detect()
        func sandbox(_ level: SandboxLevel, warning: String? = nil) -> Sandbox {
            Sandbox(
                level: level, tools: tools, libraries: libraries, root: root, switchesUser: isRoot && level != .none,
                cgroups: level == .none ? Cgroups(memoryBase: nil, pidsBase: nil) : cgroups, warning: warning)
        }
        switch request {
        case .none:
            return sandbox(.none, warning: "--sandbox none: student code runs without isolation")
        case .bwrap, .auto:
            let candidate = sandbox(.bubblewrap)
            let problem = tools.bwrap == nil ? "bwrap is not installed" : await candidate.probe()
            guard let problem else { return candidate }
            if request == .bwrap {
                throw SandboxError(
                    executable: "bwrap", reason: "--sandbox bwrap, but bubblewrap does not work here: \(problem)")
            }
            let limited = sandbox(
                .limits,
                warning: "bubblewrap does not work here (\(problem)); student code runs with resource limits"
                    + (isRoot ? " as a user id of its own" : "") + " but can read what that user can")
            if let failure = await limited.probe() {
                throw SandboxError(
                    executable: tools.prlimit, reason: "even resource limits do not work here: \(failure)")
            }
            return limited
        }
    }

    /// Whether runs also get cgroup memory and process limits.
    public var usesCgroups: Bool { cgroups.isAvailable }

    /// A folder of its own for one run, with a copy of `binary` as `tests` and of each of
    /// `libraries` (shared libraries the binary loads from its own folder) under its own name, and
    /// (where cgroups are writable) groups of its own holding `limits`.
    public func prepare(binary: URL, libraries: [URL] = [], limits: SandboxLimits) throws -> SandboxRun {
        let folder = root.appendingPathComponent(UUID().uuidString, isDirectory: true)
        let manager = FileManager.default
        try manager.createDirectory(at: folder, withIntermediateDirectories: false)
        try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path)
        let copy = folder.appendingPathComponent("tests")
        try manager.copyItem(at: binary.resolvingSymlinksInPath(), to: copy)
        // Execute-only for the run's user: the tests can run it, not read it (nor /proc/self/exe).
        try manager.setAttributes([.posixPermissions: 0o711], ofItemAtPath: copy.path)
        for library in libraries {
            // The dynamic linker maps a library by reading it: readable, and only the student's code.
            let copy = folder.appendingPathComponent(library.lastPathComponent)
            try manager.copyItem(at: library, to: copy)
            try manager.setAttributes([.posixPermissions: 0o644], ofItemAtPath: copy.path)
        }
        let scratch = folder.appendingPathComponent("scratch")
        try manager.createDirectory(at: scratch, withIntermediateDirectories: false)
        let next = Self.counter.add(1, ordering: .relaxed).newValue % Self.uidsPerProcess
        let uid = switchesUser ? Self.runUIDs.lowerBound + next : nil
        // The cgroup's memory limit is a backstop above the data limit: it also counts the tmpfs files.
        let groups = cgroups.create(
            name: "grade-\(folder.lastPathComponent)", memory: limits.memory * 2 + 3 * limits.scratchSize,
            processes: limits.processes)
        let run = SandboxRun(
            sandbox: self, folder: folder, folderInside: level == .bubblewrap ? "/grade" : folder.path, uid: uid,
            limits: limits, cgroups: groups)
        try manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: scratch.path)
        run.handOver(scratch.path)
        return run
    }

    func bubblewrapArguments(run: SandboxRun, environment: [String: String]) -> [String] {
        let limits = run.limits
        var arguments = [
            tools.bwrap ?? "bwrap", "--unshare-all", "--die-with-parent", "--new-session", "--clearenv",
            "--cap-drop", "ALL", "--ro-bind", "/usr", "/usr",
        ]
        for top in ["/bin", "/lib", "/lib64", "/sbin"] {
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: top) {
                arguments += ["--symlink", target, top]
            } else if FileManager.default.fileExists(atPath: top) {
                arguments += ["--ro-bind", top, top]
            }
        }
        for library in libraries where !library.hasPrefix("/usr/") {
            arguments += ["--ro-bind", library, library]
        }
        let size = String(limits.scratchSize)
        arguments += [
            "--proc", "/proc", "--dev", "/dev",
            "--size", size, "--tmpfs", "/tmp",
            "--size", size, "--tmpfs", "/dev/shm",
            "--size", size, "--tmpfs", "/work",
            "--bind", run.folder.path, run.folderInside,
            "--chdir", "/work",
        ]
        for (key, value) in environment.sorted(by: { $0.key < $1.key }) {
            arguments += ["--setenv", key, value]
        }
        return arguments + ["--"]
    }

    /// Runs /bin/true the way tests will run; nil when it worked, else what went wrong.
    func probe() async -> String? {
        do {
            let run = try prepare(
                binary: URL(fileURLWithPath: "/bin/true"), limits: SandboxLimits(memory: 256 << 20, cpuSeconds: 5))
            defer { run.finish() }
            let spec = run.spec(arguments: [], standardInput: Data(), timeout: .seconds(20), outputCap: 4096)
            let outcome = try await ProcessRunner().run(spec)
            guard outcome.succeeded else {
                let said = (outcome.standardError.text + outcome.standardOutput.text)
                    .trimmingCharacters(in: .whitespacesAndNewlines)
                return said.isEmpty ? "a trial run ended with \(outcome.termination)" : said
            }
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// The first executable `tool` in the usual system folders.
    public static func find(_ tool: String) -> String? {
        for folder in ["/usr/bin", "/bin", "/usr/sbin", "/sbin", "/usr/local/bin"] {
            let path = "\(folder)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
