/// How strongly student code is isolated; written into every report as `"sandbox"`.
public enum SandboxLevel: String, Sendable, CaseIterable {
    /// A process group, timeouts and output caps only.
    case none
    /// Also resource limits (address space, processes, file size, open files, CPU, no core) and,
    /// as root, a user id of its own for each run.
    case limits
    /// Also bubblewrap: new namespaces (no network, own PIDs), read-only system and toolchain,
    /// small private `/tmp`, `/dev/shm` and working folder, only the test binary visible.
    case bubblewrap
}

/// What the instructor asked for with `--sandbox`.
public enum SandboxRequest: String, Sendable, CaseIterable {
    /// The strongest level that works here; never `none`.
    case auto
    /// bubblewrap or stop with an error.
    case bwrap
    /// No isolation: only for trusted code.
    case none
}
