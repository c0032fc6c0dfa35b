import CSV
import Foundation

/// Per-student deadlines from `extensions.csv` (`identifier,exercise,due`; `*` as the exercise
/// extends every exercise; a row naming the exercise wins over a `*` row).
public struct Extensions: Sendable, Equatable {
    /// identifier → exercise id (or `*`) → due.
    public var dues: [String: [String: Date]]

    public static let none = Extensions(dues: [:])

    public init(dues: [String: [String: Date]]) {
        self.dues = dues
    }

    /// The student's own deadline for `exercise`, if any.
    public func due(for identifier: String, exercise: String) -> Date? {
        guard let mine = dues[identifier] else { return nil }
        return mine[exercise] ?? mine["*"]
    }

    public var isEmpty: Bool { dues.isEmpty }

    /// Reads `file`, checking every row against the course's exercises and the roster's identifiers.
    public static func load(_ file: URL, course: Course, roster: Roster) throws(ConfigError) -> Extensions {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else {
            throw ConfigError(
                file: file.path, problem: "cannot read the extensions file: check 'extensions' in grader.yml")
        }
        return try parse(
            text, file: file.path, exercises: Set(course.exercises.map(\.id)),
            identifiers: Set(roster.students.map(\.identifier)))
    }

    public static func parse(_ text: String, file: String, exercises: Set<String>, identifiers: Set<String>)
        throws(ConfigError) -> Extensions
    {
        let (reader, header) = try CourseCSV.open(text, file: file)
        guard let identifierColumn = header.firstIndex(of: "identifier"),
            let exerciseColumn = header.firstIndex(of: "exercise"), let dueColumn = header.firstIndex(of: "due")
        else {
            throw ConfigError(
                file: file, line: 1,
                problem: "the header must be 'identifier,exercise,due' (found '\(header.joined(separator: ","))')")
        }
        var extensions = Extensions.none
        var rows: [String: Int] = [:]
        var row = 1
        while let cells = reader.next() {
            row += 1
            if cells.allSatisfy({ $0.isEmpty }) { continue }
            func cell(_ index: Int, _ name: String) throws(ConfigError) -> String {
                guard index < cells.count, !cells[index].isEmpty else {
                    throw ConfigError(file: file, line: row, key: name, problem: "the '\(name)' cell is empty")
                }
                return cells[index]
            }
            let identifier = try cell(identifierColumn, "identifier")
            let exercise = try cell(exerciseColumn, "exercise")
            let dueText = try cell(dueColumn, "due")
            guard identifiers.contains(identifier) else {
                throw ConfigError(
                    file: file, line: row, key: "identifier",
                    problem: "no student '\(identifier)' on the roster (use the roster's identifier column)")
            }
            guard exercise == "*" || exercises.contains(exercise) else {
                throw ConfigError(
                    file: file, line: row, key: "exercise",
                    problem:
                        "no exercise '\(exercise)' in grader.yml (known: \(exercises.sorted().joined(separator: ", ")); or * for all)"
                )
            }
            guard let due = Timestamp.parse(dueText) else {
                throw ConfigError(
                    file: file, line: row, key: "due",
                    problem: "'\(dueText)' is not a date and time: write it like 2026-12-09T23:59:00Z")
            }
            let key = "\(identifier)\u{0}\(exercise)"
            if let first = rows[key] {
                throw ConfigError(
                    file: file, line: row, key: "exercise",
                    problem: "'\(identifier)' already has an extension for '\(exercise)' on line \(first)")
            }
            rows[key] = row
            extensions.dues[identifier, default: [:]][exercise] = due
        }
        if let error = reader.error {
            throw ConfigError(file: file, line: row, problem: "the CSV could not be read past this row: \(error)")
        }
        return extensions
    }
}
