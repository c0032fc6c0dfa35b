/// How a process ended, and what it printed.
public struct ProcessOutcome: Sendable {
    public enum Termination: Sendable, Equatable {
        case exited(Int32)
        case signaled(Int32)
    }

    /// Why the grader ended the process early, if it did.
    public enum Stop: Sendable, Equatable {
        /// The wall-clock limit passed.
        case timeout
        /// The watcher passed to `ProcessRunner.run` asked for it.
        case watcher
        /// The grader is shutting down (the task was cancelled).
        case cancelled
    }

    public var termination: Termination
    public var stoppedBy: Stop?
    public var standardOutput: CapturedOutput
    public var standardError: CapturedOutput
    /// Wall-clock seconds from launch to exit.
    public var duration: Double

    public var succeeded: Bool { termination == .exited(0) && stoppedBy == nil }
}
