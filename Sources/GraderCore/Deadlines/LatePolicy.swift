import Foundation
import GraderModel

/// What a deadline means for one exercise (`late:` in grader.yml, per course and per exercise):
/// which commit is graded, how long the grace is, and what each started day late costs.
public struct LatePolicy: Sendable, Equatable {
    public var kind: LatePolicyKind
    /// Time after the due date still counted as on time; days late are counted from its end.
    public var grace: TimeInterval
    /// Percent of the exercise's points taken off per started day late.
    public var penaltyPerDay: Double
    /// Beyond this many days late the score is zero; nil: no cap (only the penalty, up to 100%).
    public var maxDays: Int?

    public static let defaults = LatePolicy()

    public init(
        kind: LatePolicyKind = .onTimeOnly, grace: TimeInterval = 0, penaltyPerDay: Double = 0, maxDays: Int? = nil
    ) {
        self.kind = kind
        self.grace = grace
        self.penaltyPerDay = penaltyPerDay
        self.maxDays = maxDays
    }

    static let day: TimeInterval = 86_400

    /// Whether something submitted at `submitted` meets `due` (grace included).
    public func isOnTime(_ submitted: Date, due: Date) -> Bool {
        submitted.timeIntervalSince(due) <= grace
    }

    /// Started days after `due` + grace: 0 on time, 1 for a second up to a whole day late, 2 after that…
    public func daysLate(submitted: Date, due: Date) -> Int {
        let late = submitted.timeIntervalSince(due) - grace
        guard late > 0 else { return 0 }
        return Int((late / Self.day).rounded(.up))
    }

    /// The percent of the points taken off for `daysLate` started days: `penaltyPerDay` each, at
    /// most 100, and 100 once past `maxDays`.
    public func penaltyPercent(daysLate: Int) -> Double {
        guard daysLate > 0 else { return 0 }
        if let maxDays, daysLate > maxDays { return 100 }
        return min(100, Double(daysLate) * penaltyPerDay)
    }

    /// `result` with its submission's penalty applied to its score; the tests keep their scores
    /// and `score_before_penalty` records the score they gave.
    public static func applyPenalty(to result: ExerciseResult) -> ExerciseResult {
        guard var submission = result.submission else { return result }
        var result = result
        submission.scoreBeforePenalty = result.score
        if submission.penaltyPercent > 0 {
            result.score = result.score * (100 - submission.penaltyPercent) / 100
        }
        result.submission = submission
        return result
    }
}
