import GraderSandbox

#if canImport(Glibc)
    import Glibc
#endif

/// Words a student understands for how a test process ended, naming the limit it hit when it hit one.
enum TerminationText {
    /// `viaExitStatus`: the sandbox reports a child killed by signal N as exit status 128 + N.
    /// `hit`: the cgroup limits the run ran into (`memory`, `processes`).
    static func describe(_ outcome: ProcessOutcome, limits: Limits, hit: [String], viaExitStatus: Bool) -> String {
        let runtime = runtimeMessage(in: outcome.standardError)
        if hit.contains("memory") || runtime?.contains("failed to allocate") == true
            || runtime?.contains("Could not allocate") == true
        {
            return "memory limit exceeded (\(limits.memory >> 20) MiB)" + (runtime.map { ": \($0)" } ?? "")
        }
        let stderr = outcome.standardError.text
        if hit.contains("processes") || stderr.contains("Resource temporarily unavailable")
            || stderr.contains("pthread_create")
            || stderr.contains("Failed to create thread")
        {
            return "too many processes or threads (limit \(limits.processes))"
                + (runtime.map { ": \($0)" } ?? "")
        }
        var termination = outcome.termination
        if viaExitStatus, case .exited(let code) = termination, code > 128, code < 128 + 65 {
            termination = .signaled(code - 128)
        }
        let text: String
        switch termination {
        case .exited(let code):
            text = "the test process exited (status \(code)) in the middle of this test: does your code call exit()?"
        case .signaled(let signal):
            let name: String =
                switch signal {
                case SIGILL, SIGTRAP:
                    "a Swift runtime error (fatalError, force-unwrapping nil, index out of range, overflow)"
                case SIGSEGV, SIGBUS: "a memory access error (signal \(signal)), for example a stack overflow"
                case SIGABRT: "an abort (signal \(signal))"
                case SIGKILL: "being killed (signal \(signal))"
                case SIGFPE: "an arithmetic error such as division by zero (signal \(signal))"
                case SIGXCPU: "the CPU time limit (signal \(signal))"
                case SIGXFSZ: "the file size limit (signal \(signal))"
                default: "signal \(signal)"
                }
            text = "the test process crashed with \(name)"
        }
        return runtime.map { "\(text): \($0)" } ?? text
    }

    /// The runtime's own explanation, when it printed one (`Fatal error: …`).
    static func runtimeMessage(in output: CapturedOutput) -> String? {
        output.text.split(separator: "\n").last { $0.contains("Fatal error") || $0.contains("fatal error") }
            .map { String($0.prefix(500)) }
    }
}
