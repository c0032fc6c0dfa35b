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
    /// The rules on student code this exercise relaxed (grader.yml `allow:`, e.g. `files`); empty
    /// when every rule applied. With `unsafe` allowed, the score is only as good as the student's word.
    public var allowed: [Allowance]
    /// Whether this result was reused from the result cache rather than graded in this run.
    public var cached: Bool

    public init(
        id: String, status: ExerciseStatus, score: Double = 0, maxScore: Double,
        message: String? = nil, diagnostics: String? = nil, output: String? = nil,
        tests: [TestResult] = [], submission: Submission? = nil, allowed: [Allowance] = [],
        cached: Bool = false
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
        self.allowed = allowed
        self.cached = cached
    }

    enum CodingKeys: String, CodingKey {
        case id, status, score, maxScore = "max_score", message, diagnostics, output, tests, submission, allowed, cached
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        status = try c.decode(ExerciseStatus.self, forKey: .status)
        score = try c.decode(Double.self, forKey: .score)
        maxScore = try c.decode(Double.self, forKey: .maxScore)
        message = try c.decodeIfPresent(String.self, forKey: .message)
        diagnostics = try c.decodeIfPresent(String.self, forKey: .diagnostics)
        output = try c.decodeIfPresent(String.self, forKey: .output)
        tests = try c.decode([TestResult].self, forKey: .tests)
        submission = try c.decodeIfPresent(Submission.self, forKey: .submission)
        allowed = try c.decodeIfPresent([Allowance].self, forKey: .allowed) ?? []
        cached = try c.decodeIfPresent(Bool.self, forKey: .cached) ?? false
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
        if !allowed.isEmpty { try c.encode(allowed, forKey: .allowed) }
        if cached { try c.encode(cached, forKey: .cached) }
    }
}
