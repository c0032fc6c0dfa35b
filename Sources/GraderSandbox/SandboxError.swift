/// A failure of the grader's own machinery to run a process (never the student's doing).
public struct SandboxError: Error, Sendable, CustomStringConvertible {
    public var executable: String
    public var reason: String

    public init(executable: String, reason: String) {
        self.executable = executable
        self.reason = reason
    }

    public var description: String {
        "could not start \(executable): \(reason). Check that it exists and is executable."
    }
}
