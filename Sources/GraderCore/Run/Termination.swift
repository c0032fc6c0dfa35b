import GraderSandbox

#if canImport(Glibc)
    import Glibc
#endif

/// Words a student understands for how a test process ended.
enum TerminationText {
    static func describe(_ outcome: ProcessOutcome) -> String {
        switch outcome.termination {
        case .exited(let code):
            return "the test process exited (status \(code)) in the middle of this test: does your code call exit()?"
        case .signaled(let signal):
            let name: String =
                switch signal {
                case SIGILL, SIGTRAP:
                    "a Swift runtime error (fatalError, force-unwrapping nil, index out of range, overflow)"
                case SIGSEGV, SIGBUS: "a memory access error (signal \(signal))"
                case SIGABRT: "an abort (signal \(signal))"
                case SIGKILL: "being killed (signal \(signal)), for example after using too much memory"
                case SIGFPE: "an arithmetic error such as division by zero (signal \(signal))"
                default: "signal \(signal)"
                }
            return "the test process crashed with \(name)"
        }
    }

    /// The runtime's own explanation, when it printed one (`Fatal error: …`).
    static func runtimeMessage(in output: CapturedOutput) -> String? {
        output.text.split(separator: "\n").last { $0.contains("Fatal error") || $0.contains("fatal error") }
            .map { String($0.prefix(500)) }
    }
}
