import Foundation
import GraderModel
import Synchronization

/// Tells the instructor how far grading is: on a terminal a live line redrawn in place, elsewhere
/// (CI, a log file) one plain line per finished student.
final class ProgressPrinter: Sendable {
    private let total: Int
    private let live = isatty(STDERR_FILENO) == 1
    private let done = Mutex(0)

    init(total: Int) {
        self.total = total
    }

    func finished(_ student: StudentResult) {
        let count = done.withLock { value in
            value += 1
            return value
        }
        let score = "\(Self.number(student.score))/\(Self.number(student.maxScore))"
        let statuses = student.exercises.map { exercise in
            var text =
                "\(exercise.id) \(exercise.status == .graded ? Self.number(exercise.score) : exercise.status.rawValue)"
            if let late = exercise.submission, late.daysLate > 0 {
                text += " (\(late.daysLate)d late, -\(Self.number(late.penaltyPercent))%)"
            }
            return text
        }
        if live {
            let line = "[\(count)/\(total)] \(student.identifier) \(score)"
            FileHandle.standardError.write(Data("\r\u{1B}[2K\(line)".utf8))
            if count == total { FileHandle.standardError.write(Data("\n".utf8)) }
        } else {
            let line = "[\(count)/\(total)] \(student.identifier): \(score) (\(statuses.joined(separator: ", ")))\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    func endLine() {
        if live && done.withLock({ $0 }) < total { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }
}
