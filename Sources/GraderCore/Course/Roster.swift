import CSV
import Foundation

/// The students to grade, read from the GitHub Classroom roster export
/// (`identifier,github_username,github_id,name`, optionally `repository`).
public struct Roster: Sendable, Equatable {
    public var students: [Student]
    /// Rows that were skipped, each with its row number and why: shown to the instructor.
    public var problems: [String]

    public init(students: [Student], problems: [String] = []) {
        self.students = students
        self.problems = problems
    }

    /// The message of a roster row without a GitHub username when the template needs one.
    public static let notYetAccepted =
        "not yet accepted: the roster has no GitHub username for this student (the assignment invitation was not accepted yet)"

    /// Reads `file`; a relative `repository` cell is resolved against the roster's folder, and rows
    /// without one use `template` (`{github_username}`, `{identifier}`, `{assignment}`).
    public static func load(_ file: URL, template: String?, assignment: String = "") throws(ConfigError) -> Roster {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else {
            throw ConfigError(file: file.path, problem: "cannot read the roster: check 'roster' in grader.yml")
        }
        return try parse(
            text, file: file.path, base: file.deletingLastPathComponent(), template: template, assignment: assignment)
    }

    /// The roster of `course`, or the file `override` (`--roster`) instead of the one grader.yml names.
    public static func load(for course: Course, override: URL? = nil) throws(ConfigError) -> Roster {
        try load(override ?? course.roster, template: course.repositoryTemplate, assignment: course.assignment)
    }

    public static func parse(_ text: String, file: String, base: URL, template: String?, assignment: String = "")
        throws(ConfigError) -> Roster
    {
        let (reader, header) = try CourseCSV.open(text, file: file)
        guard let identifierColumn = header.firstIndex(of: "identifier") else {
            throw ConfigError(
                file: file, line: 1,
                problem: "the header must name an 'identifier' column (the GitHub Classroom roster export does)")
        }
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
        let usernameColumn = column("github_username")
        let idColumn = column("github_id")
        let nameColumn = column("name")
        let repositoryColumn = column("repository")

        var roster = Roster(students: [])
        var seen: [String: Int] = [:]
        var row = 1
        while let cells = reader.next() {
            row += 1
            func cell(_ index: Int?) -> String? {
                guard let index, index < cells.count else { return nil }
                let value = cells[index].trimmingCharacters(in: .whitespaces)
                return value.isEmpty ? nil : value
            }
            if cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                roster.problems.append("\(file): row \(row): blank row skipped")
                continue
            }
            guard cells.count == header.count else {
                roster.problems.append(
                    "\(file): row \(row): has \(cells.count) cells where the header has \(header.count); row skipped")
                continue
            }
            guard let identifier = cell(identifierColumn) else {
                roster.problems.append("\(file): row \(row): no identifier; row skipped")
                continue
            }
            if let first = seen[identifier] {
                roster.problems.append(
                    "\(file): row \(row): identifier '\(identifier)' already used on row \(first); row skipped")
                continue
            }
            seen[identifier] = row
            var student = Student(
                identifier: identifier, githubUsername: cell(usernameColumn), githubID: cell(idColumn),
                name: cell(nameColumn), repository: nil)
            if let repository = cell(repositoryColumn) {
                student.repository = resolve(repository, base: base)
            } else if let template {
                if template.contains("{github_username}") && student.githubUsername == nil {
                    student.unavailableReason = notYetAccepted
                } else {
                    let filled =
                        template
                        .replacingOccurrences(of: "{github_username}", with: student.githubUsername ?? "")
                        .replacingOccurrences(of: "{identifier}", with: identifier)
                        .replacingOccurrences(of: "{assignment}", with: assignment)
                    student.repository = resolve(filled, base: base)
                }
            } else {
                student.unavailableReason =
                    "the roster gives no repository and grader.yml has no 'repository' template"
            }
            roster.students.append(student)
        }
        if let error = reader.error {
            throw ConfigError(file: file, line: row, problem: "the CSV could not be read past this row: \(error)")
        }
        return roster
    }

    /// URLs stay as they are; a path is made absolute against `base`.
    static func resolve(_ location: String, base: URL) -> String {
        if location.contains("://") || location.hasPrefix("git@") { return location }
        if location.hasPrefix("/") { return URL(fileURLWithPath: location).standardizedFileURL.path }
        return base.appendingPathComponent(location).standardizedFileURL.path
    }
}
