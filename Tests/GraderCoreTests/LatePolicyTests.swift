import Foundation
import GraderCore
import GraderModel
import XCTest

/// The late-policy arithmetic: started days after due + grace, the penalty per day, the cap.
final class LatePolicyTests: XCTestCase {
    let due = Date(timeIntervalSince1970: 1_796_687_940)  // 2026-12-07T23:59:00Z
    let hour: TimeInterval = 3600
    let day: TimeInterval = 86_400
    let policy = LatePolicy(kind: .latestWithPenalty, grace: 15 * 60, penaltyPerDay: 10, maxDays: 5)

    func days(_ offset: TimeInterval, _ policy: LatePolicy? = nil) -> Int {
        (policy ?? self.policy).daysLate(submitted: due + offset, due: due)
    }

    func testOnTimeAndWithinGraceAreNotLate() {
        XCTAssertEqual(days(-day), 0)
        XCTAssertEqual(days(0), 0)
        XCTAssertEqual(days(15 * 60), 0, "the last second of the grace is on time")
        XCTAssertTrue(policy.isOnTime(due + 15 * 60, due: due))
        XCTAssertFalse(policy.isOnTime(due + 15 * 60 + 1, due: due))
    }

    func testEveryStartedDayAfterTheGraceCounts() {
        XCTAssertEqual(days(15 * 60 + 1), 1, "one second after the grace starts day 1")
        XCTAssertEqual(days(3 * hour), 1)
        XCTAssertEqual(days(day + 15 * 60), 1, "a whole day after the grace is still day 1")
        XCTAssertEqual(days(day + 15 * 60 + 1), 2)
        XCTAssertEqual(days(2 * day + hour), 3)
    }

    func testWithoutGraceTheDueTimeItselfIsOnTime() {
        let strict = LatePolicy(kind: .latestWithPenalty, penaltyPerDay: 10)
        XCTAssertEqual(days(0, strict), 0)
        XCTAssertEqual(days(0.001, strict), 1)
        XCTAssertEqual(days(day, strict), 1)
    }

    func testPenaltyPerDayUpToTheCapThenEverything() {
        XCTAssertEqual(policy.penaltyPercent(daysLate: 0), 0)
        XCTAssertEqual(policy.penaltyPercent(daysLate: 1), 10)
        XCTAssertEqual(policy.penaltyPercent(daysLate: 3), 30)
        XCTAssertEqual(policy.penaltyPercent(daysLate: 5), 50, "the last day within the cap")
        XCTAssertEqual(policy.penaltyPercent(daysLate: 6), 100, "past max_days the score is zero")
    }

    func testPenaltyNeverExceedsEverythingWithoutACap() {
        let steep = LatePolicy(kind: .latestWithPenalty, penaltyPerDay: 40)
        XCTAssertEqual(steep.penaltyPercent(daysLate: 2), 80)
        XCTAssertEqual(steep.penaltyPercent(daysLate: 3), 100)
        XCTAssertEqual(steep.penaltyPercent(daysLate: 30), 100)
    }

    func testApplyingThePenaltyKeepsTheTestScoresAndRecordsTheScoreBefore() {
        let submission = Submission(
            policy: .latestWithPenalty, commit: "c", due: due, extended: false, graceSeconds: 0, submittedAt: due,
            evidence: .seenLog, daysLate: 3, penaltyPercent: 30)
        let tests = [
            TestResult(name: "A.testA", status: .passed, score: 2.5, maxScore: 2.5),
            TestResult(name: "A.testB", status: .passed, score: 5, maxScore: 5),
        ]
        let result = LatePolicy.applyPenalty(
            to: ExerciseResult(
                id: "calc", status: .graded, score: 7.5, maxScore: 10, tests: tests, submission: submission))
        XCTAssertEqual(result.score, 5.25)
        XCTAssertEqual(result.submission?.scoreBeforePenalty, 7.5)
        XCTAssertEqual(result.tests, tests)

        var capped = submission
        capped.penaltyPercent = 100
        let zero = LatePolicy.applyPenalty(
            to: ExerciseResult(id: "calc", status: .graded, score: 10, maxScore: 10, submission: capped))
        XCTAssertEqual(zero.score, 0)
        XCTAssertEqual(zero.submission?.scoreBeforePenalty, 10)
    }

    func testNoSubmissionMeansNoChange() {
        let result = ExerciseResult(id: "calc", status: .graded, score: 7.5, maxScore: 10)
        XCTAssertEqual(LatePolicy.applyPenalty(to: result), result)
    }
}
