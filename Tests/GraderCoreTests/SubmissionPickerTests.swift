import Foundation
import GraderGit
import GraderModel
import XCTest

@testable import GraderCore

/// Which commit each deadline picks, from the snapshot log or (unverified) commit dates.
final class SubmissionPickerTests: XCTestCase {
    let due = Date(timeIntervalSince1970: 1_796_687_940)  // 2026-12-07T23:59:00Z
    let hour: TimeInterval = 3600
    let day: TimeInterval = 86_400
    let onTime = LatePolicy(kind: .onTimeOnly, grace: 900)
    let penalty = LatePolicy(kind: .latestWithPenalty, grace: 900, penaltyPerDay: 10, maxDays: 5)

    func sha(_ name: String) -> String { String((name + String(repeating: "0", count: 40)).prefix(40)) }

    /// A linear history of `commits` (name, commit date), the last at HEAD, plus `pinned` ones.
    func history(_ commits: [(String, TimeInterval)], pinned: [(String, TimeInterval)] = []) -> GitHistory {
        let all =
            pinned.map { GitHistory.Commit(commit: sha($0.0), committedAt: due + $0.1, ref: GitHistory.pinnedOnly) }
            + commits.map { GitHistory.Commit(commit: sha($0.0), committedAt: due + $0.1, ref: "refs/heads/main") }
        let head = commits.last.map { sha($0.0) }
        return GitHistory(
            head: head, headBranch: head == nil ? nil : "refs/heads/main",
            branches: head.map { ["refs/heads/main": $0] } ?? [:], pinned: Set(pinned.map { sha($0.0) }), commits: all)
    }

    /// Log entries: (name, seen offset from due), in log order.
    func seen(_ entries: [(String, TimeInterval)]) -> [String: SeenRecords.FirstSeen] {
        SeenRecords(
            entries: entries.map {
                SeenEntry(identifier: "ann", commit: sha($0.0), seenAt: due + $0.1, ref: "refs/heads/main")
            }
        ).commits(of: "ann")
    }

    func pick(
        _ policy: LatePolicy, seen: [(String, TimeInterval)], history: GitHistory, due: Date? = nil,
        extended: Bool = false
    ) -> SubmissionPicker.Pick {
        SubmissionPicker(seen: self.seen(seen), history: history)
            .pick(Deadline(due: due ?? self.due, extended: extended, policy: policy))
    }

    func testOnTimeOnlyTakesTheNewestCommitFirstSeenByTheDeadline() throws {
        let commits = history([("a", -2 * day), ("b", -hour), ("c", 2 * hour)])
        let result = pick(onTime, seen: [("a", -day), ("b", -30 * 60), ("c", 3 * hour)], history: commits)
        XCTAssertEqual(result.commit, sha("b"))
        let submission = try XCTUnwrap(result.submission)
        XCTAssertEqual(submission.submittedAt, due - 30 * 60)
        XCTAssertEqual(submission.evidence, .seenLog)
        XCTAssertEqual(submission.daysLate, 0)
        XCTAssertEqual(submission.penaltyPercent, 0)
        XCTAssertEqual(submission.graceSeconds, 900)
        XCTAssertTrue(submission.note?.contains("first seen by a snapshot") == true, submission.note ?? "")
    }

    func testWithinTheGraceIsOnTime() {
        let result = pick(onTime, seen: [("a", -day), ("b", 14 * 60)], history: history([("a", -day), ("b", 0)]))
        XCTAssertEqual(result.commit, sha("b"))
    }

    func testCommitsSeenInOneSnapshotAreOrderedByTheLog() {
        // Three commits pushed between two snapshots share one time; the last line is the branch tip.
        let result = pick(
            onTime, seen: [("a", -hour), ("b", -hour), ("c", -hour)],
            history: history([("a", -3 * hour), ("b", -2 * hour), ("c", -90 * 60)]))
        XCTAssertEqual(result.commit, sha("c"))
    }

    func testForcePushAfterTheDeadlineStillGradesTheOnTimeCommit() {
        // b was on time; after the deadline the branch was rewritten to c; a pin keeps b.
        let rewritten = history([("a", -2 * day), ("c", day)], pinned: [("b", -hour)])
        let result = pick(onTime, seen: [("a", -day), ("b", -30 * 60), ("c", day + hour)], history: rewritten)
        XCTAssertEqual(result.commit, sha("b"))
    }

    func testAForgedEarlyCommitDateIsCaughtByTheLog() throws {
        // The forged commit claims to be from two days before the deadline; a snapshot saw it 5 hours after.
        let forged = history([("a", -2 * day), ("forged", -2 * day)])
        let seen = [("a", -day), ("forged", 5 * hour)]
        XCTAssertEqual(pick(onTime, seen: seen, history: forged).commit, sha("a"))
        let late = try XCTUnwrap(pick(penalty, seen: seen, history: forged).submission)
        XCTAssertEqual(late.commit, sha("forged"))
        XCTAssertEqual(late.submittedAt, due + 5 * hour)
        XCTAssertEqual(late.evidence, .seenLog)
        XCTAssertEqual(late.daysLate, 1)
        XCTAssertEqual(late.penaltyPercent, 10)
    }

    func testNothingOnTimeIsMissingAndNamesTheLaterCommit() throws {
        let result = pick(onTime, seen: [("late", 3 * hour)], history: history([("late", -hour)]))
        XCTAssertNil(result.commit)
        XCTAssertEqual(result.status, .missing)
        let message = try XCTUnwrap(result.message)
        XCTAssertTrue(message.contains("nothing was submitted by the deadline 2026-12-07T23:59:00Z"), message)
        XCTAssertTrue(
            message.contains("a later commit exists: \(sha("late").prefix(7)), first seen 2026-12-08T02:59:00Z"),
            message)
    }

    func testLateByHoursAndByDaysCostExactPenalties() throws {
        let commits = history([("a", -day), ("b", 0)])
        let hours = try XCTUnwrap(pick(penalty, seen: [("a", -day), ("b", 3 * hour)], history: commits).submission)
        XCTAssertEqual(hours.commit, sha("b"))
        XCTAssertEqual(hours.daysLate, 1)
        XCTAssertEqual(hours.penaltyPercent, 10)
        let days = try XCTUnwrap(
            pick(penalty, seen: [("a", -day), ("b", 2 * day + hour)], history: commits).submission)
        XCTAssertEqual(days.daysLate, 3)
        XCTAssertEqual(days.penaltyPercent, 30)
        let capped = try XCTUnwrap(pick(penalty, seen: [("a", -day), ("b", 6 * day)], history: commits).submission)
        XCTAssertEqual(capped.daysLate, 6)
        XCTAssertEqual(capped.penaltyPercent, 100)
        XCTAssertTrue(capped.note?.contains("more than 5 day(s) late: no points") == true, capped.note ?? "")
        let onTime = try XCTUnwrap(pick(penalty, seen: [("b", -hour)], history: commits).submission)
        XCTAssertEqual(onTime.daysLate, 0)
        XCTAssertEqual(onTime.penaltyPercent, 0)
    }

    func testAnExtendedDeadline() throws {
        let result = pick(
            onTime, seen: [("a", -day), ("b", day)], history: history([("a", -day), ("b", day)]), due: due + 2 * day,
            extended: true)
        XCTAssertEqual(result.commit, sha("b"))
        XCTAssertEqual(result.submission?.extended, true)
        XCTAssertEqual(result.submission?.due, due + 2 * day)
    }

    func testWithoutLogEntriesCommitDatesDecideAndAreMarkedUnverified() throws {
        let commits = history([("a", -day), ("b", -hour), ("c", hour)])
        let result = pick(onTime, seen: [], history: commits)
        XCTAssertEqual(result.commit, sha("b"))
        let submission = try XCTUnwrap(result.submission)
        XCTAssertEqual(submission.evidence, .commitDate)
        XCTAssertEqual(submission.submittedAt, due - hour)
        XCTAssertTrue(
            submission.note?.hasPrefix("timestamp from commit date (unverified)") == true, submission.note ?? "")

        let latest = try XCTUnwrap(pick(penalty, seen: [], history: commits).submission)
        XCTAssertEqual(latest.commit, sha("c"))
        XCTAssertEqual(latest.evidence, .commitDate)
        XCTAssertEqual(latest.daysLate, 1)

        let none = pick(onTime, seen: [], history: history([("c", hour)]))
        XCTAssertNil(none.commit)
        XCTAssertTrue(none.message?.contains("(timestamp from commit date (unverified))") == true, none.message ?? "")
        XCTAssertTrue(none.message?.contains("a later commit exists") == true, none.message ?? "")
    }

    func testAHeadNoSnapshotSawIsJudgedByItsDateAndSaysSo() throws {
        let submission = try XCTUnwrap(
            pick(penalty, seen: [("a", -day)], history: history([("a", -day), ("b", 2 * hour)])).submission)
        XCTAssertEqual(submission.commit, sha("b"))
        XCTAssertEqual(submission.evidence, .commitDate)
        XCTAssertTrue(submission.note?.contains("not seen by any snapshot") == true, submission.note ?? "")
    }

    func testAHeadDatedBeforeTheLastSnapshotThatMissedItCountsFromThatSnapshot() throws {
        // "b" claims to be from before the deadline, but a snapshot a day after it saw only "a".
        let commits = history([("a", -day), ("b", -hour)])
        let submission = try XCTUnwrap(pick(penalty, seen: [("a", day)], history: commits).submission)
        XCTAssertEqual(submission.commit, sha("b"))
        XCTAssertEqual(submission.submittedAt, due + day)
        XCTAssertEqual(submission.evidence, .seenLog)
        XCTAssertEqual(submission.daysLate, 1, "a day after the deadline, 15 minutes of grace: one started day")
        XCTAssertEqual(submission.penaltyPercent, 10)
        XCTAssertTrue(submission.note?.contains("pushed after the last snapshot") == true, submission.note ?? "")
    }

    func testAnOnTimeCommitNoLongerInTheCacheIsTheGradersError() {
        let result = pick(onTime, seen: [("gone", -hour), ("c", day)], history: history([("c", day)]))
        XCTAssertNil(result.commit)
        XCTAssertEqual(result.status, .error)
        XCTAssertTrue(result.message?.contains("no longer in the grader's cache") == true, result.message ?? "")
    }
}
