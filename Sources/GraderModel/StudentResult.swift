/// Everything graded for one student (`grade-report/1`); `students/<identifier>.json` holds one.
public struct StudentResult: Codable, Sendable, Equatable {
    public var identifier: String
    public var githubUsername: String?
    /// The URL or path the grader fetched.
    public var repository: String?
    /// The commit graded; `nil` when there was nothing to grade. When exercises were graded at
    /// different commits (different deadlines), the one graded for the most exercises, then the newest.
    public var commit: String?
    /// The commit at the remote's HEAD when the grader fetched; `nil` when it could not fetch.
    public var head: String?
    public var score: Double
    public var maxScore: Double
    public var exercises: [ExerciseResult]

    public init(
        identifier: String, githubUsername: String?, repository: String?, commit: String?,
        exercises: [ExerciseResult], head: String? = nil
    ) {
        self.identifier = identifier
        self.githubUsername = githubUsername
        self.repository = repository
        self.commit = commit
        self.head = head
        self.exercises = exercises
        self.score = exercises.reduce(0) { $0 + $1.score }
        self.maxScore = exercises.reduce(0) { $0 + $1.maxScore }
    }

    enum CodingKeys: String, CodingKey {
        case identifier, githubUsername = "github_username", repository, commit, head, score
        case maxScore = "max_score", exercises
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(identifier, forKey: .identifier)
        try c.encode(githubUsername, forKey: .githubUsername)
        try c.encode(repository, forKey: .repository)
        try c.encode(commit, forKey: .commit)
        try c.encodeIfPresent(head, forKey: .head)
        try c.encode(score, forKey: .score)
        try c.encode(maxScore, forKey: .maxScore)
        try c.encode(exercises, forKey: .exercises)
    }
}
