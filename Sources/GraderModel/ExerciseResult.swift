/// One student's result on one exercise (`grade-report/1`).
public struct ExerciseResult: Codable, Sendable, Equatable {
    public var id: String
    public var status: ExerciseStatus
    public var score: Double
    public var maxScore: Double
    /// What the student should know about the exercise as a whole (why it is missing, rejected…).
    public var message: String?
    /// Compiler diagnostics, paths relative to the student's repository (`compile_error` only).
    public var diagnostics: String?
    /// What the test process printed, truncated with a visible marker.
    public var output: String?
    public var tests: [TestResult]
    /// The commit chosen against a deadline and its lateness; nil when no deadline applied.
    public var submission: Submission?

    public init(
        id: String, status: ExerciseStatus, score: Double = 0, maxScore: Double,
        message: String? = nil, diagnostics: String? = nil, output: String? = nil,
        tests: [TestResult] = [], submission: Submission? = nil
    ) {
        self.id = id
        self.status = status
        self.score = score
        self.maxScore = maxScore
        self.message = message
        self.diagnostics = diagnostics
        self.output = output
        self.tests = tests
        self.submission = submission
    }

    enum CodingKeys: String, CodingKey {
        case id, status, score, maxScore = "max_score", message, diagnostics, output, tests, submission
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(status, forKey: .status)
        try c.encode(score, forKey: .score)
        try c.encode(maxScore, forKey: .maxScore)
        try c.encode(message, forKey: .message)
        try c.encodeIfPresent(diagnostics, forKey: .diagnostics)
        try c.encodeIfPresent(output, forKey: .output)
        try c.encode(tests, forKey: .tests)
        try c.encodeIfPresent(submission, forKey: .submission)
    }
}
