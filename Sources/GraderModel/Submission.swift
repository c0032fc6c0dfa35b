import Foundation

/// Which commit a deadline makes the grader take, and what lateness costs (`late.policy` in grader.yml).
public enum LatePolicyKind: String, Codable, Sendable, CaseIterable {
    /// The newest commit first seen at or before the deadline (plus grace); nothing on time is `missing`.
    case onTimeOnly = "on-time-only"
    /// The latest commit (the remote's HEAD when fetched), with a penalty for each started day late.
    case latestWithPenalty = "latest-with-penalty"
}

/// How an exercise's commit was chosen against its deadline (`grade-report/1`, key `submission` of an
/// exercise; present only when the exercise had a deadline for this student).
public struct Submission: Codable, Sendable, Equatable {
    /// Where the submission time comes from.
    public enum Evidence: String, Codable, Sendable, CaseIterable {
        /// The grader's own snapshot log (`.grade/seen.jsonl`): when a `grade snapshot` first saw the commit.
        case seenLog = "seen_log"
        /// The commit's committer date, which the student controls: unverified.
        case commitDate = "commit_date"
    }

    /// The text that marks a time taken from a commit date.
    public static let unverified = "timestamp from commit date (unverified)"

    public var policy: LatePolicyKind
    /// The commit graded for this exercise; nil when none qualified (the exercise is then `missing`).
    public var commit: String?
    /// The deadline applied (the student's extension when there is one).
    public var due: Date
    /// Whether `due` comes from `extensions.csv`.
    public var extended: Bool
    /// Seconds after `due` still counted as on time.
    public var graceSeconds: Double
    /// When `commit` was submitted: first seen by a snapshot, or its commit date (see `evidence`).
    public var submittedAt: Date?
    public var evidence: Evidence
    /// Started days after `due` + grace (0 when on time).
    public var daysLate: Int
    /// The share of the exercise's points taken off, 0...100.
    public var penaltyPercent: Double
    /// The score the tests gave, before the penalty (the exercise's `score` is after it).
    public var scoreBeforePenalty: Double
    /// How the commit was chosen, in words (starts with `Submission.unverified` for commit dates).
    public var note: String?

    public init(
        policy: LatePolicyKind, commit: String?, due: Date, extended: Bool, graceSeconds: Double,
        submittedAt: Date?, evidence: Evidence, daysLate: Int = 0, penaltyPercent: Double = 0,
        scoreBeforePenalty: Double = 0, note: String? = nil
    ) {
        self.policy = policy
        self.commit = commit
        self.due = due
        self.extended = extended
        self.graceSeconds = graceSeconds
        self.submittedAt = submittedAt
        self.evidence = evidence
        self.daysLate = daysLate
        self.penaltyPercent = penaltyPercent
        self.scoreBeforePenalty = scoreBeforePenalty
        self.note = note
    }

    enum CodingKeys: String, CodingKey {
        case policy, commit, due, extended, graceSeconds = "grace_seconds", submittedAt = "submitted_at"
        case evidence, daysLate = "days_late", penaltyPercent = "penalty_percent"
        case scoreBeforePenalty = "score_before_penalty", note
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(policy, forKey: .policy)
        try c.encode(commit, forKey: .commit)
        try c.encode(due, forKey: .due)
        try c.encode(extended, forKey: .extended)
        try c.encode(graceSeconds, forKey: .graceSeconds)
        try c.encode(submittedAt, forKey: .submittedAt)
        try c.encode(evidence, forKey: .evidence)
        try c.encode(daysLate, forKey: .daysLate)
        try c.encode(penaltyPercent, forKey: .penaltyPercent)
        try c.encode(scoreBeforePenalty, forKey: .scoreBeforePenalty)
        try c.encode(note, forKey: .note)
    }
}
