import Foundation

/// One process to run: what, where, with what input, and within which limits.
public struct ProcessSpec: Sendable {
    /// Absolute path of the program.
    public var executable: String
    public var arguments: [String]
    /// The whole environment the process sees (nothing is inherited).
    public var environment: [String: String]
    public var workingDirectory: String
    /// Bytes written to standard input, which is then closed.
    public var standardInput: Data
    /// Wall-clock time after which the whole process group is killed.
    public var timeout: Duration
    /// How much of standard output and of standard error is kept; the rest is read and dropped.
    public var outputCap: Int

    public init(
        executable: String, arguments: [String] = [], environment: [String: String] = [:],
        workingDirectory: String, standardInput: Data = Data(), timeout: Duration,
        outputCap: Int = 64 * 1024
    ) {
        self.executable = executable
        self.arguments = arguments
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.standardInput = standardInput
        self.timeout = timeout
        self.outputCap = outputCap
    }
}
