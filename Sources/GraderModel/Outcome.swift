/// What happened to one hidden test method.
public enum TestStatus: String, Codable, Sendable, CaseIterable {
    case passed
    case failed
    case crashed
    case timeout
    case notRun = "not_run"
}

/// What happened to one student's exercise as a whole.
public enum ExerciseStatus: String, Codable, Sendable, CaseIterable {
    /// The tests ran; the score comes from them.
    case graded
    /// The student's repository has no source files for this exercise (or no repository at all).
    case missing
    /// The student's code, or the hidden tests against it, did not compile.
    case compileError = "compile_error"
    /// The submission broke a rule; the message names the rule.
    case rejected
    /// The grader could not finish; never the student's fault, always explained.
    case error
}
