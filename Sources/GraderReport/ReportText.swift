import Foundation
import GraderModel

/// How numbers, dates and student-supplied text look in the human-facing reports (HTML, CSV).
///
/// The JSON files keep the model's values untouched; these helpers only shape what people read.
enum ReportText {
    /// The most characters of a long student-derived text (diagnostics, captured output) shown in HTML.
    static let longTextLimit = 65_536
    /// The most characters of a program's captured output shown in HTML (the JSON keeps it all).
    static let outputLimit = 16_384
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

    /// Points as the pages show them: at most two decimals, `8.46`, `10`.
    static func points(_ value: Double) -> String {
        guard value.isFinite else { return String(describing: value) }
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded(), abs(rounded) < 1e15 {
            return String(Int64(rounded))
        }
        return String(format: "%.2f", rounded).replacingOccurrences(of: #"0$"#, with: "", options: .regularExpression)
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

    /// `text` cut to `limit` characters, with a visible marker saying how much was left out
    /// (`marker`, when given, replaces the sentence: `…` for short labels).
    static func clipped(_ text: String, limit: Int, marker: String? = nil) -> String {
        let (kept, notice) = cut(text, limit: limit)
        guard let notice else { return kept }
        return kept + (marker ?? "\n" + notice)
    }

    /// `clipped`, passing `nil` through.
    static func clipped(_ text: String?, limit: Int) -> String? {
        text.map { clipped($0, limit: limit) }
    }

    /// `text` cut to `limit` characters and, when something was cut, a notice saying how much
    /// (for pages that show the notice as an element of its own).
    static func cut(_ text: String, limit: Int) -> (text: String, notice: String?) {
        guard text.count > limit else { return (text, nil) }
        let omitted = text.count - limit
        return (String(text.prefix(limit)), "… [truncated in this report: \(omitted) more characters]")
    }

    /// Text a program printed, made fit to read: terminal colour codes (ANSI escape sequences)
    /// removed, `\r\n` as `\n`, and every other control character but tab and newline shown as
    /// `\u{FFFD}`. XML 1.0 cannot hold such characters at all, so the JUnit export relies on it.
    static func readable(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        while let scalar = pending {
            pending = scalars.next()
            switch scalar.value {
            case 0x1B where pending == "[":
                // CSI: ESC [, parameter and intermediate bytes, a final byte in @…~
                while let next = scalars.next(), !(0x40...0x7E).contains(next.value) {}
                pending = scalars.next()
            case 0x0D where pending == "\n":
                continue
            case 0x09, 0x0A:
                result.append(scalar)
            case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF:
                result.append("\u{FFFD}")
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `readable`, passing `nil` through.
    static func readable(_ text: String?) -> String? {
        text.map(readable)
    }

    /// A share as a whole percentage: `0.8333` → `83 %`; `—` when there is nothing to divide.
    static func percent(_ part: Double, of whole: Double) -> String {
        guard whole > 0 else { return "—" }
        return "\(Int((part / whole * 100).rounded())) %"
    }
    /// The rules an exercise lifted, as a sentence for its page; nil when every rule applied.
    static func allowances(_ allowed: [Allowance]) -> String? {
        guard !allowed.isEmpty else { return nil }
        let list = allowed.map(\.summary).joined(separator: ", ")
        var text = "The course lets this exercise use \(list) (grader.yml allow:)."
        if allowed.contains(.unsafe) {
            text += " Code that reads raw memory can reach the grader's own data, so results here rest on trust."
        }
        return text
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
