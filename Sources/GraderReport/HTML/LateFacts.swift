import Foundation
import GraderModel

/// What a student page shows of an exercise's deadline (`ExerciseResult.submission`): the due date
/// that applied, when the graded commit was submitted and how the grader knows, how late it was,
/// what that cost, and how the commit was chosen. Plain strings; the template escapes.
struct LateFacts {
    struct Row {
        let lateLabel: String
        let lateValue: String
        /// Shown as code (a commit id), linked when `lateURL` is set.
        let lateCode: Bool
        let lateURL: String?
    }

    let lateTone: String
    let lateRows: [Row]

    init(_ submission: Submission, score: Double, address: RepositoryAddress?) {
        var rows: [Row] = []
        func row(_ label: String, _ value: String, code: Bool = false, url: String? = nil) {
            rows.append(Row(lateLabel: label, lateValue: value, lateCode: code, lateURL: url))
        }
        var due = ReportText.timestamp(submission.due)
        if submission.extended { due += " (your extension)" }
        if submission.graceSeconds > 0 { due += ", with \(Self.duration(submission.graceSeconds)) of grace" }
        row("Due", due)
        row("Submitted", Self.submitted(submission))
        if let commit = submission.commit {
            row("Commit graded", commit, code: true, url: address?.commitURL(commit))
        }
        if submission.daysLate > 0 {
            let days = submission.daysLate == 1 ? "1 day" : "\(submission.daysLate) days"
            row(
                "Late",
                "\(days) (started days after the due date and grace): −\(ReportText.number(submission.penaltyPercent))% "
                    + "of this exercise's points")
            row(
                "Score",
                "\(ReportText.points(submission.scoreBeforePenalty)) from the tests, "
                    + "\(ReportText.points(score)) after the penalty")
        } else if submission.commit != nil {
            row("Late", "no: on time")
        }
        if let note = submission.note {
            row("How it was chosen", ReportText.clipped(note, limit: ReportText.messageLimit))
        }
        lateRows = rows
        lateTone = submission.daysLate > 0 || submission.commit == nil ? "part" : "ok"
    }

    private static func submitted(_ submission: Submission) -> String {
        guard let time = submission.submittedAt else { return "nothing on time" }
        switch submission.evidence {
        case .seenLog:
            return ReportText.timestamp(time) + ", when the grader's snapshot first saw it"
        case .commitDate:
            return ReportText.timestamp(time) + ", the commit's own date (" + Submission.unverified + ")"
        }
    }

    /// `900` → `15 min`, `7200` → `2 h`, `90` → `90 s`.
    static func duration(_ seconds: Double) -> String {
        if seconds >= 3600, seconds.truncatingRemainder(dividingBy: 3600) == 0 {
            return "\(Int(seconds / 3600)) h"
        }
        if seconds >= 60, seconds.truncatingRemainder(dividingBy: 60) == 0 {
            return "\(Int(seconds / 60)) min"
        }
        return "\(ReportText.number(seconds)) s"
    }
}
