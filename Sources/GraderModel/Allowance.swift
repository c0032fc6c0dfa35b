/// What an exercise may do that the rules on student code otherwise refuse: grader.yml's
/// `allow:` list, per exercise. Each is named in the exercise's report (`allowed`), so a student and
/// an instructor can see which guarantees were relaxed.
public enum Allowance: String, Codable, Sendable, Hashable, CaseIterable, Comparable {
    /// `unsafe` expressions, `@unsafe`/`@safe`, raw pointers: the module is compiled without
    /// `-strict-memory-safety` errors. Code that can read raw memory can read the harness's secrets:
    /// results of such an exercise can be forged (the report says so).
    case unsafe
    /// Files and descriptors: `open`, `read`, `write`, `FileManager`, `FileHandle`,
    /// `Data(contentsOf:)`, `Data.write(to:)`, …
    case files
    /// Starting, ending and signalling processes: `Process`, `posix_spawn`, `fork`, `exit`, `kill`, …
    case processes
    /// Signal handlers and signal sources: `signal`, `sigaction`, `DispatchSource.makeSignalSource`, …
    case signals
    /// The environment: `getenv`, `setenv`, `ProcessInfo.environment`, …
    case environment
    /// Sockets and URL loading: `socket`, `connect`, `URLSession`, … (the sandbox still has no network).
    case network
    /// `dlopen`, `dlsym` and friends.
    case dynamicLoading = "dynamic-loading"
    /// Raw system calls (`syscall`, `prctl`, `ptrace`, `mmap`, …) and any C function the grader does
    /// not know.
    case system

    /// What each allowance lets student code do, for error messages and reports.
    public var summary: String {
        switch self {
        case .unsafe: "unsafe code and raw pointers"
        case .files: "files and descriptors"
        case .processes: "starting, ending and signalling processes"
        case .signals: "signal handlers"
        case .environment: "environment variables"
        case .network: "sockets and URL loading"
        case .dynamicLoading: "dynamic loading"
        case .system: "raw system calls and other C functions"
        }
    }

    public static func < (lhs: Allowance, rhs: Allowance) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
