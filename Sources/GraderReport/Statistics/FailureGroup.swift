import Foundation
import GraderModel

/// One failure message and how many students met it: where the class is stuck.
///
/// Sources: the message of every test that did not pass, the message of an exercise that was not
/// graded (missing, compile error, rejected, error), and every compiler error without its file
/// and line (so the same mistake groups across students). A student counts once per message.
struct FailureGroup: Equatable {
    enum Kind: Int, Comparable {
        case test, compiler, exercise

        static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    let kind: Kind
    let text: String
    var students: Int
    /// The tests that failed with this message, in the order first met.
    var tests: [String]

    /// Every group of `results` (one exercise, all students), most students first.
    static func groups(_ results: [ExerciseResult]) -> [FailureGroup] {
        var groups: [Key: FailureGroup] = [:]
        var order: [Key] = []
        for result in results {
            var seen = Set<Key>()
            for (key, test) in keys(result) {
                if groups[key] == nil {
                    groups[key] = FailureGroup(kind: key.kind, text: key.text, students: 0, tests: [])
                    order.append(key)
                }
                if seen.insert(key).inserted {
                    groups[key]?.students += 1
                }
                if let test, groups[key]?.tests.contains(test) == false {
                    groups[key]?.tests.append(test)
                }
            }
        }
        let found = order.enumerated().compactMap { index, key in groups[key].map { (index, $0) } }
        return found.sorted { lhs, rhs in
            if lhs.1.students != rhs.1.students { return lhs.1.students > rhs.1.students }
            if lhs.1.kind != rhs.1.kind { return lhs.1.kind < rhs.1.kind }
            return lhs.0 < rhs.0
        }.map(\.1)
    }

    private struct Key: Hashable {
        let kind: Kind
        let text: String
    }

    private static func keys(_ result: ExerciseResult) -> [(Key, String?)] {
        var keys: [(Key, String?)] = []
        if result.status != .graded, let message = trimmed(result.message) {
            keys.append((Key(kind: .exercise, text: message), nil))
        }
        for diagnostic in Diagnostic.parse(result.diagnostics ?? "") where diagnostic.severity == "error" {
            if let message = trimmed(diagnostic.message) {
                keys.append((Key(kind: .compiler, text: message), nil))
            }
        }
        for test in result.tests where test.status != .passed {
            if let message = trimmed(test.message) {
                keys.append((Key(kind: .test, text: message), test.name))
            }
        }
        return keys
    }

    private static func trimmed(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}
