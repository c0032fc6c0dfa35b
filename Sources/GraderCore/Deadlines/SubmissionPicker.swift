import Foundation
import GraderGit
import GraderModel

/// Chooses, for one student, the commit each exercise is graded at against its deadline, from the
/// snapshot log (the grader's own times) or, where the log has nothing for the student, from
/// commit dates (which the student controls: marked unverified).
struct SubmissionPicker {
    /// What to grade for one exercise.
    struct Pick: Equatable {
        /// The commit to grade; nil when nothing qualifies.
        var commit: String?
        /// The exercise's status and message when there is no commit (`missing`, or `error` when the
        /// chosen commit is no longer in the cache).
        var status: ExerciseStatus = .missing
        var message: String?
        /// Nil when no deadline applied (the remote's HEAD is graded).
        var submission: Submission?
    }

    let seen: [String: SeenRecords.FirstSeen]
    let history: GitHistory

    init(seen: [String: SeenRecords.FirstSeen], history: GitHistory) {
        self.seen = seen
        self.history = history
    }

    func pick(_ deadline: Deadline) -> Pick {
        let policy = deadline.policy
        var submission = Submission(
            policy: policy.kind, commit: nil, due: deadline.due, extended: deadline.extended,
            graceSeconds: policy.grace, submittedAt: nil, evidence: seen.isEmpty ? .commitDate : .seenLog)
        let dueText = "the deadline \(Timestamp.text(deadline.due))" + (deadline.extended ? " (extended)" : "")

        // Candidates with their submission times, oldest first; the last is the newest.
        let candidates: [(commit: String, time: Date)]
        if seen.isEmpty {
            submission.note = Submission.unverified + ": no snapshot in the log saw this repository"
            candidates = history.commits.enumerated()
                .sorted { ($0.element.committedAt, $0.offset) < ($1.element.committedAt, $1.offset) }
                .map { ($0.element.commit, $0.element.committedAt) }
        } else {
            candidates = seen.sorted { ($0.value.seenAt, $0.value.order) < ($1.value.seenAt, $1.value.order) }
                .map { ($0.key, $0.value.seenAt) }
        }
        let timeWord = seen.isEmpty ? "dated" : "first seen"

        switch policy.kind {
        case .onTimeOnly:
            guard let chosen = candidates.last(where: { policy.isOnTime($0.time, due: deadline.due) }) else {
                var message = "nothing was submitted by \(dueText): no commit \(timeWord) by then"
                if seen.isEmpty { message += " (\(Submission.unverified))" }
                if let later = candidates.first(where: { !policy.isOnTime($0.time, due: deadline.due) }) {
                    message +=
                        "; a later commit exists: \(later.commit.prefix(7)), \(timeWord) \(Timestamp.text(later.time))"
                }
                return Pick(commit: nil, message: message, submission: submission)
            }
            submission.commit = chosen.commit
            submission.submittedAt = chosen.time
            if !seen.isEmpty {
                submission.note = "the newest commit first seen by a snapshot at or before \(dueText)"
                guard history.contains(chosen.commit) else {
                    return Pick(
                        commit: nil, status: .error,
                        message: "the commit first seen on time (\(chosen.commit.prefix(7))) is no longer in the "
                            + "grader's cache (deleted, and the history rewritten since): not your fault; the "
                            + "instructor can restore the cache or grade without the deadline",
                        submission: submission)
                }
            } else {
                submission.note! += "; the newest commit dated at or before \(dueText)"
            }
            return Pick(commit: chosen.commit, submission: submission)

        case .latestWithPenalty:
            guard let head = history.head, let headCommit = history.commits.last(where: { $0.commit == head }) else {
                return Pick(commit: nil, message: "the repository has no commits yet", submission: submission)
            }
            submission.commit = head
            if let first = seen[head] {
                submission.submittedAt = first.seenAt
                submission.note = "the latest commit (the remote's HEAD), first seen by a snapshot"
            } else if let lastSnapshot = seen.values.map(\.seenAt).max(), lastSnapshot > headCommit.committedAt {
                // The last snapshot that logged this repository fetched every branch and did not
                // find this commit, so it was pushed after that snapshot, whatever its date says.
                submission.submittedAt = lastSnapshot
                submission.evidence = .seenLog
                submission.note =
                    "the latest commit (the remote's HEAD) was not seen by any snapshot; it was pushed after the "
                    + "last snapshot that saw this repository (\(Timestamp.text(lastSnapshot))), which counts as "
                    + "its submission time (its commit date, \(Timestamp.text(headCommit.committedAt)), is earlier)"
            } else {
                submission.submittedAt = headCommit.committedAt
                submission.evidence = .commitDate
                submission.note =
                    seen.isEmpty
                    ? Submission.unverified + ": no snapshot in the log saw this repository; the latest commit"
                    : Submission.unverified
                        + ": the latest commit (the remote's HEAD) was not seen by any snapshot (run grade snapshot before grading)"
            }
            let days = policy.daysLate(submitted: submission.submittedAt!, due: deadline.due)
            submission.daysLate = days
            submission.penaltyPercent = policy.penaltyPercent(daysLate: days)
            if let maxDays = policy.maxDays, days > maxDays {
                submission.note! += "; more than \(maxDays) day(s) late: no points"
            }
            return Pick(commit: head, submission: submission)
        }
    }
}
