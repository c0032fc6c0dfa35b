import GraderModel

/// What one run of a test binary said about one test, before scoring.
struct TestVerdict: Sendable, Equatable {
    var status: TestStatus
    var message: String?
    var duration: Double?
}

/// What running a hidden suite produced.
struct SuiteOutcome: Sendable {
    /// By `Class.testMethod`.
    var verdicts: [String: TestVerdict]
    /// What the processes printed, stdout then stderr, each capped.
    var output: String
    /// Lines in the result channel that did not come from the harness.
    var forgedLines: Int
}

/// The grader could not run a suite at all (never the student's fault).
struct TestRunnerError: Error, Sendable, CustomStringConvertible {
    var problem: String
    var description: String { problem }
}
