import Foundation
import GraderModel
import XCTest

@testable import GraderReport

/// What a student page says of an exercise's deadline: due, submitted and how the grader knows,
/// days late, penalty, the score before and after, how the commit was chosen.
final class LateFactsTests: XCTestCase {
    private let due = ReportFixture.due

    private func rows(_ submission: Submission, score: Double) -> [String: String] {
        let facts = LateFacts(
            submission, score: score, address: RepositoryAddress("https://github.com/acme/course-ada.git"))
        return Dictionary(uniqueKeysWithValues: facts.lateRows.map { ($0.lateLabel, $0.lateValue) })
    }

    func testALateSubmissionShowsItsDaysPenaltyAndBothScores() {
        let submission = Submission(
            policy: .latestWithPenalty, commit: "0123456789abcdef0123456789abcdef01234567", due: due,
            extended: false, graceSeconds: 900, submittedAt: due.addingTimeInterval(86_400 + 3_600),
            evidence: .seenLog, daysLate: 2, penaltyPercent: 20, scoreBeforePenalty: 7.5,
            note: "the latest commit (the remote's HEAD), first seen by a snapshot")
        let rows = rows(submission, score: 6)
        XCTAssertEqual(rows["Due"], "2026-02-27T23:59:00Z, with 15 min of grace")
        XCTAssertEqual(rows["Submitted"], "2026-03-01T00:59:00Z, when the grader's snapshot first saw it")
        XCTAssertEqual(rows["Commit graded"], "0123456789abcdef0123456789abcdef01234567")
        XCTAssertEqual(
            rows["Late"], "2 days (started days after the due date and grace): −20% of this exercise's points")
        XCTAssertEqual(rows["Score"], "7.5 from the tests, 6 after the penalty")
        XCTAssertEqual(rows["How it was chosen"], submission.note)
    }

    func testACommitDateIsMarkedUnverifiedAndAnExtensionIsNamed() {
        let submission = Submission(
            policy: .onTimeOnly, commit: "fedcba9876543210fedcba9876543210fedcba98", due: due, extended: true,
            graceSeconds: 0, submittedAt: due.addingTimeInterval(-60), evidence: .commitDate)
        let rows = rows(submission, score: 10)
        XCTAssertEqual(rows["Due"], "2026-02-27T23:59:00Z (your extension)")
        XCTAssertEqual(
            rows["Submitted"], "2026-02-27T23:58:00Z, the commit's own date (timestamp from commit date (unverified))")
        XCTAssertEqual(rows["Late"], "no: on time")
        XCTAssertNil(rows["Score"], "no penalty, no second score")
    }

    func testTheLatePartOfAStudentPageIsRenderedAndLinked() throws {
        var student = ReportFixture.ada
        student.exercises[1].submission?.daysLate = 3
        student.exercises[1].submission?.penaltyPercent = 30
        let html = try HTMLRenderer().student(student, in: ReportFixture.report)
        XCTAssertTrue(html.contains("<th scope=\"row\">Late</th><td>3 days"), "the late row is on the page")
        XCTAssertTrue(html.contains("1 of 4 tests do not pass; 3 days late: −30%"), "the summary says it too")
        XCTAssertTrue(
            html.contains(
                "<a href=\"https://github.com/acme/course-ada-l/commit/0123456789abcdef0123456789abcdef01234567\">"))
        XCTAssertTrue(html.contains("Newest commit when fetched"), "the newer head is named")
    }

    func testGraceIsWrittenInTheLargestWholeUnit() {
        XCTAssertEqual(LateFacts.duration(900), "15 min")
        XCTAssertEqual(LateFacts.duration(7_200), "2 h")
        XCTAssertEqual(LateFacts.duration(90), "90 s")
    }
}
