import Foundation
import GraderModel

/// Writes a run's reports into a folder:
///
/// ```
/// <folder>/summary.json              the whole GradeReport (grade-report/1)
/// <folder>/students/<file>.json      one StudentResult each
/// <folder>/index.html                students × exercises
/// <folder>/students/<file>.html      one page per student
/// <folder>/grades.csv                one row per student
/// ```
///
/// `<file>` is `fileName(for: identifier)`. Every file is written atomically; existing files of
/// the same name are replaced, other files in the folder are left alone.
public enum ReportWriter {
    /// Writes every report file of `report` into `folder` (created if needed) and returns their URLs.
    @discardableResult
    public static func write(_ report: GradeReport, to folder: URL) throws -> [URL] {
        let renderer = try HTMLRenderer()
        var written: [URL] = []
        for student in report.students {
            written.append(try writeStudent(student, to: folder))
            let page = try renderer.student(student, in: report)
            written.append(try save(Data(page.utf8), to: studentURL(student, in: folder, extension: "html")))
        }
        written.append(try save(ReportJSON.data(report), to: folder.appendingPathComponent("summary.json")))
        written.append(
            try save(Data(renderer.index(report).utf8), to: folder.appendingPathComponent("index.html")))
        written.append(
            try save(Data(GradesCSV.render(report).utf8), to: folder.appendingPathComponent("grades.csv")))
        return written
    }

    /// Writes `students/<file>.json` for one student into the report folder `folder`, so a
    /// student's result is on disk as soon as that student is graded. Safe to call concurrently
    /// for different students. `write(_:to:)` later rewrites the same file with the same content.
    @discardableResult
    public static func writeStudent(_ student: StudentResult, to folder: URL) throws -> URL {
        try save(ReportJSON.data(student), to: studentURL(student, in: folder, extension: "json"))
    }

    /// The name, without extension, of a student's files in `students/`: the identifier itself
    /// when it is made only of ASCII letters, digits, `.`, `-`, `_`, `@` (and does not start with
    /// a dot); otherwise those characters kept, every other one `_`, plus `-` and a stable hash of
    /// the identifier so different identifiers never share a file. Never contains `/`, never
    /// starts with `.`, never empty, at most 129 characters.
    public static func fileName(for identifier: String) -> String {
        StudentFileName.make(for: identifier)
    }

    /// `<folder>/students/<file>.<extension>`.
    public static func studentURL(
        _ student: StudentResult, in folder: URL, extension pathExtension: String
    ) -> URL {
        folder.appendingPathComponent("students", isDirectory: true)
            .appendingPathComponent(fileName(for: student.identifier) + "." + pathExtension)
    }

    private static func save(_ data: Data, to url: URL) throws -> URL {
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: .atomic)
        return url
    }
}
