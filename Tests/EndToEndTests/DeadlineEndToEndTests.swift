import Foundation
import GraderModel
import GraderReport
import GraderTestSupport
import XCTest

/// Deadlines through the real pipeline: which commit was graded, and what lateness cost.
final class DeadlineEndToEndTests: XCTestCase {
    func fixture() async throws -> DeadlineFixture { try await DeadlineFixture.shared.value }

    func calc(_ student: StudentResult?) throws -> ExerciseResult {
        try XCTUnwrap(student?.exercises.first { $0.id == "calc" })
    }

    func testOnTimeCommitIsGradedWithTheLogAsEvidence() async throws {
        let fixture = try await fixture()
        let student = fixture.onTimeOnly["ontime"]
        let calc = try calc(student)
        XCTAssertEqual(calc.score, 10)
        XCTAssertEqual(student?.commit, fixture.commits["ontime/correct"])
        XCTAssertEqual(student?.head, fixture.commits["ontime/correct"])
        let submission = try XCTUnwrap(calc.submission)
        XCTAssertEqual(submission.policy, .onTimeOnly)
        XCTAssertEqual(submission.evidence, .seenLog)
        XCTAssertEqual(submission.submittedAt, DeadlineFixture.due - DeadlineFixture.hour)
        XCTAssertEqual(submission.due, DeadlineFixture.due)
        XCTAssertFalse(submission.extended)
        XCTAssertEqual(submission.daysLate, 0)
        XCTAssertEqual(submission.scoreBeforePenalty, 10)
    }

    func testAForcePushAfterTheDeadlineStillGradesTheOnTimeCommit() async throws {
        let fixture = try await fixture()
        let student = fixture.onTimeOnly["forcepush"]
        XCTAssertEqual(try calc(student).score, 10, "the on-time commit holds the correct solution")
        XCTAssertEqual(student?.commit, fixture.commits["forcepush/correct"])
        XCTAssertEqual(student?.head, fixture.commits["forcepush/partial"], "the head at fetch is the rewrite")
    }

    func testAForgedEarlyCommitDateIsNotGradedAsOnTime() async throws {
        let fixture = try await fixture()
        let student = fixture.onTimeOnly["forged"]
        XCTAssertEqual(try calc(student).score, 7.5, "the partial on-time commit, not the forged correct one")
        XCTAssertEqual(student?.commit, fixture.commits["forged/partial"])
        XCTAssertEqual(student?.head, fixture.commits["forged/correct"])

        let late = fixture.withPenalty["forgedlate"]
        let submission = try XCTUnwrap(try calc(late).submission)
        XCTAssertEqual(submission.evidence, .seenLog)
        XCTAssertEqual(submission.submittedAt, DeadlineFixture.due + DeadlineFixture.hour)
        XCTAssertEqual(submission.daysLate, 1)
        XCTAssertEqual(try calc(late).score, 9)
    }

    func testNothingOnTimeIsMissingAndSaysALaterCommitExists() async throws {
        let fixture = try await fixture()
        let student = fixture.onTimeOnly["lateonly"]
        let calc = try calc(student)
        XCTAssertEqual(calc.status, .missing)
        XCTAssertEqual(calc.score, 0)
        let message = try XCTUnwrap(calc.message)
        XCTAssertTrue(message.contains("nothing was submitted by the deadline 2026-12-07T23:59:00Z"), message)
        XCTAssertTrue(
            message.contains("a later commit exists: \(fixture.commits["lateonly/correct"]!.prefix(7))"), message)
        XCTAssertNil(student?.commit)
        XCTAssertEqual(student?.head, fixture.commits["lateonly/correct"])
        XCTAssertNil(calc.submission?.commit)
    }

    func testAnExtendedDeadlineTakesWorkPushedAfterTheCourseDeadline() async throws {
        let fixture = try await fixture()
        let calc = try calc(fixture.onTimeOnly["extended"])
        XCTAssertEqual(calc.score, 10)
        XCTAssertEqual(calc.submission?.extended, true)
        XCTAssertEqual(calc.submission?.due, DeadlineFixture.due + 2 * DeadlineFixture.day)
        XCTAssertEqual(calc.submission?.commit, fixture.commits["extended/correct"])
    }

    func testWithoutSnapshotsCommitDatesDecideMarkedUnverified() async throws {
        let fixture = try await fixture()
        let calc = try calc(fixture.onTimeOnly["unverified"])
        XCTAssertEqual(calc.score, 10, "the commit dated before the deadline")
        let submission = try XCTUnwrap(calc.submission)
        XCTAssertEqual(submission.commit, fixture.commits["unverified/correct"])
        XCTAssertEqual(submission.evidence, .commitDate)
        XCTAssertTrue(
            submission.note?.hasPrefix("timestamp from commit date (unverified)") == true, submission.note ?? "")
    }

    func testARosterRowNotYetAcceptedIsMissingNotAnError() async throws {
        let fixture = try await fixture()
        let student = try XCTUnwrap(fixture.onTimeOnly["erin"])
        XCTAssertEqual(student.exercises.map(\.status), [.missing])
        XCTAssertTrue(student.exercises[0].message?.hasPrefix("not yet accepted") == true, "\(student.exercises)")
        XCTAssertNil(student.repository)
        XCTAssertNil(student.head)
    }

    func testLateByHoursAndByDaysCostExactPenalties() async throws {
        let fixture = try await fixture()
        let hours = try calc(fixture.withPenalty["hours"])
        XCTAssertEqual(hours.submission?.daysLate, 1)
        XCTAssertEqual(hours.submission?.penaltyPercent, 10)
        XCTAssertEqual(hours.submission?.scoreBeforePenalty, 10)
        XCTAssertEqual(hours.score, 9)
        XCTAssertEqual(fixture.withPenalty["hours"]?.score, 9)

        let days = try calc(fixture.withPenalty["days"])
        XCTAssertEqual(days.submission?.daysLate, 3)
        XCTAssertEqual(days.submission?.penaltyPercent, 30)
        XCTAssertEqual(days.submission?.scoreBeforePenalty, 7.5)
        XCTAssertEqual(days.score, 5.25)
        XCTAssertEqual(days.tests.map(\.score).reduce(0, +), 7.5, "the tests keep their scores")

        let capped = try calc(fixture.withPenalty["capped"])
        XCTAssertEqual(capped.submission?.daysLate, 6)
        XCTAssertEqual(capped.submission?.penaltyPercent, 100)
        XCTAssertEqual(capped.submission?.scoreBeforePenalty, 10)
        XCTAssertEqual(capped.score, 0)
    }

    func testARegradeRecomputesThePenaltyFromTheLog() async throws {
        let fixture = try await fixture()
        // The machine's clock is nowhere near these dates: only the log can give the same answer.
        let first = try calc(fixture.withPenalty["days"])
        let again = try calc(fixture.regrade)
        XCTAssertEqual(again.submission, first.submission)
        XCTAssertEqual(again.score, 5.25)
        XCTAssertEqual(fixture.regrade.commit, fixture.withPenalty["days"]?.commit)
    }

    func testTheReportsOfADeadlineRunMatchTheSchema() async throws {
        let fixture = try await fixture()
        let out = try TemporaryDirectory(prefix: "grade-deadline-reports")
        defer { out.remove() }
        let students =
            (fixture.onTimeOnly.values.sorted { $0.identifier < $1.identifier })
            + fixture.withPenalty.values.sorted { $0.identifier < $1.identifier }
        let report = GradeReport(
            course: "fixture", title: nil, generatedAt: Date(), sandbox: "none", students: students,
            deadline: DeadlineFixture.due)
        try ReportWriter.write(report, to: out.url)
        let summary = out.url.appendingPathComponent("summary.json")
        let verdict = try XCTUnwrap(SchemaValidator.validate([summary], against: "#"))
        XCTAssertTrue(verdict.valid, verdict.report)
        let text = try String(contentsOf: summary, encoding: .utf8)
        XCTAssertTrue(text.contains("\"deadline\" : \"2026-12-07T23:59:00Z\""), String(text.prefix(400)))
        XCTAssertTrue(text.contains("\"evidence\" : \"seen_log\""))
        XCTAssertTrue(text.contains("\"days_late\" : 3"))

        // The schema has teeth for the new keys too.
        var object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: summary)) as? [String: Any])
        var all = try XCTUnwrap(object["students"] as? [[String: Any]])
        let index = try XCTUnwrap(all.firstIndex { $0["identifier"] as? String == "days" })
        var exercises = try XCTUnwrap(all[index]["exercises"] as? [[String: Any]])
        var submission = try XCTUnwrap(exercises[0]["submission"] as? [String: Any])
        submission["evidence"] = "gut_feeling"
        submission["days_late"] = -1
        exercises[0]["submission"] = submission
        all[index]["exercises"] = exercises
        all[index]["head"] = 42
        object["students"] = all
        let bad = out.url.appendingPathComponent("bad.json")
        try JSONSerialization.data(withJSONObject: object).write(to: bad)
        let rejected = try XCTUnwrap(SchemaValidator.validate([bad], against: "#"))
        XCTAssertFalse(rejected.valid, rejected.report)
        XCTAssertTrue(rejected.report.contains("'gut_feeling' is not one of"), rejected.report)
        XCTAssertTrue(rejected.report.contains("days_late: -1 is less than the minimum"), rejected.report)
        XCTAssertTrue(rejected.report.contains("head: 42 is not of type"), rejected.report)

        let decoded = try ReportJSON.decoder().decode(GradeReport.self, from: Data(contentsOf: summary))
        XCTAssertEqual(decoded.students.first { $0.identifier == "days" }, fixture.withPenalty["days"])
    }
}
