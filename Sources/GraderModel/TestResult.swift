/// The verdict on one hidden test method, as reported (`grade-report/1`).
public struct TestResult: Codable, Sendable, Equatable {
    /// `Class.testMethod`.
    public var name: String
    public var status: TestStatus
    public var score: Double
    public var maxScore: Double
    /// Why it did not pass, in words a student can act on; `nil` when it passed.
    public var message: String?
    /// Seconds, as measured by the harness; `nil` when the test never finished.
    public var duration: Double?

    public init(
        name: String, status: TestStatus, score: Double = 0, maxScore: Double = 0,
        message: String? = nil, duration: Double? = nil
    ) {
        self.name = name
        self.status = status
        self.score = score
        self.maxScore = maxScore
        self.message = message
        self.duration = duration
    }

    enum CodingKeys: String, CodingKey {
        case name, status, score, maxScore = "max_score", message, duration
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(status, forKey: .status)
        try c.encode(score, forKey: .score)
        try c.encode(maxScore, forKey: .maxScore)
        try c.encode(message, forKey: .message)
        try c.encode(duration, forKey: .duration)
    }
}
