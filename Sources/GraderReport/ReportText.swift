import Foundation
import GraderModel

/// How numbers, dates and student-supplied text look in the human-facing reports (HTML, CSV).
///
/// The JSON files keep the model's values untouched; these helpers only shape what people read.
enum ReportText {
    /// The most characters of a long student-derived text (diagnostics, captured output) shown in HTML.
    static let longTextLimit = 65_536
    /// The most characters of a message shown in HTML.
    static let messageLimit = 8_192
    /// The most characters of a name (identifier, test name, repository) shown in HTML.
    static let nameLimit = 256

    /// `value` rounded to at most four decimals, without a trailing `.0`: `10`, `7.5`, `3.3333`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return String(describing: value) }
        let rounded = (value * 10_000).rounded() / 10_000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            return String(Int64(rounded))
        }
        return String(describing: rounded)
    }

    /// Seconds with millisecond precision (`0.002 s`), or `—` when the test never finished.
    static func seconds(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "—" }
        return String(format: "%.3f s", value)
    }

    /// The moment in ISO-8601, UTC, to the second.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// The first seven characters of a commit hash.
    static func shortCommit(_ commit: String) -> String {
        String(commit.prefix(7))
    }

    /// A status as words: `compile_error` → `compile error`.
    static func label(_ rawStatus: String) -> String {
        rawStatus.replacingOccurrences(of: "_", with: " ")
    }

    /// `text` cut to `limit` characters, with a visible marker saying how much was left out.
    static func clipped(_ text: String, limit: Int) -> String {
        guard text.count > limit else { return text }
        let omitted = text.count - limit
        return String(text.prefix(limit)) + "\n… [truncated in this report: \(omitted) more characters]"
    }

    /// `clipped`, passing `nil` through.
    static func clipped(_ text: String?, limit: Int) -> String? {
        text.map { clipped($0, limit: limit) }
    }
}

extension GradeReport {
    /// Every exercise id in the order the course lists them: the order of first appearance across
    /// students (the grader reports each student's exercises in course order).
    var exerciseIDs: [String] {
        var seen = Set<String>()
        var ids: [String] = []
        for student in students {
            for exercise in student.exercises where seen.insert(exercise.id).inserted {
                ids.append(exercise.id)
            }
        }
        return ids
    }

    /// The heading of every page: the course title, or its id when it has none.
    var displayTitle: String {
        if let title, !title.isEmpty { return title }
        return course
    }
}
