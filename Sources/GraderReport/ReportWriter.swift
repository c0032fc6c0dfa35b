import Foundation
import GraderModel

/// Writes a run's reports into a folder:
///
/// ```
/// <folder>/summary.json              the whole GradeReport (grade-report/1)
/// <folder>/students/<file>.json      one StudentResult each
/// <folder>/index.html                the class: totals, charts, students × exercises
/// <folder>/students/<file>.html      one page per student, holding nothing of anyone else
/// <folder>/exercises/<id>.html       one page per exercise: tests across the class, failures
/// <folder>/grades.csv                one row per student (GitHub Classroom's columns + exercises)
/// <folder>/gradescope/<file>.json    one Gradescope results.json per student
/// <folder>/junit/<file>.xml          one JUnit XML per student
/// <folder>/shard.json                a shard's run only (`grade --shard I/N`), written last
/// ```
///
/// `<file>` is `fileName(for: identifier)`, `<id>` is `fileName(for: exerciseID)`. Every file is
/// written atomically; existing files of the same name are replaced, other files in the folder
/// are left alone. No file holds credentials: a repository address is written as
/// `RepositoryAddress.display` (without `user:password@`, query or fragment), JSON included.
public enum ReportWriter {
    /// Writes every report file of `report` into `folder` (created if needed) and returns their URLs.
    @discardableResult
    public static func write(_ report: GradeReport, to folder: URL) throws -> [URL] {
        let report = report.withoutCredentials()
        let renderer = try HTMLRenderer()
        var written: [URL] = []
        func save(_ text: String, _ relativePath: String) throws {
            written.append(try Self.save(Data(text.utf8), to: folder.appendingPathComponent(relativePath)))
        }
        for student in report.students {
            written.append(try writeStudent(student, to: folder))
            try save(renderer.student(student, in: report), studentPath(student.identifier, extension: "html"))
            let gradescope = try ReportJSON.data(GradescopeResults(student, in: report))
            written.append(
                try Self.save(gradescope, to: folder.appendingPathComponent(gradescopePath(student.identifier))))
            try save(renderer.junit(student, in: report), junitPath(student.identifier))
        }
        for exercise in ExerciseStatistics.all(report) {
            try save(renderer.exercise(exercise, in: report), exercisePath(exercise.id))
        }
        let summary = folder.appendingPathComponent("summary.json")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try ReportJSON.write(report, to: summary)
        written.append(summary)
        try save(renderer.index(report), "index.html")
        try save(GradesCSV.render(report), "grades.csv")
        return written
    }

    /// Writes `shard.json` into a shard's report folder: call it last, once every other report of
    /// the shard is written, since its presence says the shard finished.
    @discardableResult
    public static func writeManifest(_ manifest: ShardManifest, to folder: URL) throws -> URL {
        try save(ReportJSON.data(manifest), to: folder.appendingPathComponent(ShardManifest.fileName))
    }

    /// Writes `students/<file>.json` for one student into the report folder `folder`, so a
    /// student's result is on disk as soon as that student is graded. Safe to call concurrently
    /// for different students. `write(_:to:)` later rewrites the same file with the same content.
    @discardableResult
    public static func writeStudent(_ student: StudentResult, to folder: URL) throws -> URL {
        try save(
            ReportJSON.data(student.withoutCredentials()),
            to: folder.appendingPathComponent(studentPath(student.identifier, extension: "json")))
    }

    /// The name, without extension, of a student's files in `students/`: the identifier itself
    /// when it is made only of ASCII letters, digits, `.`, `-`, `_`, `@` (and does not start with
    /// a dot); otherwise those characters kept, every other one `_`, plus `-` and a stable hash of
    /// the identifier so different identifiers never share a file. Never contains `/`, never
    /// starts with `.`, never empty, at most 129 characters. Exercise pages are named the same way.
    public static func fileName(for identifier: String) -> String {
        StudentFileName.make(for: identifier)
    }

    /// `<folder>/students/<file>.<extension>`.
    public static func studentURL(
        _ student: StudentResult, in folder: URL, extension pathExtension: String
    ) -> URL {
        folder.appendingPathComponent(studentPath(student.identifier, extension: pathExtension))
    }

    /// `students/<file>.<extension>`, relative to the report folder.
    public static func studentPath(_ identifier: String, extension pathExtension: String) -> String {
        "students/" + fileName(for: identifier) + "." + pathExtension
    }

    /// `exercises/<id>.html`, relative to the report folder.
    public static func exercisePath(_ exerciseID: String) -> String {
        "exercises/" + fileName(for: exerciseID) + ".html"
    }

    /// `gradescope/<file>.json`, relative to the report folder.
    public static func gradescopePath(_ identifier: String) -> String {
        "gradescope/" + fileName(for: identifier) + ".json"
    }

    /// `junit/<file>.xml`, relative to the report folder.
    public static func junitPath(_ identifier: String) -> String {
        "junit/" + fileName(for: identifier) + ".xml"
    }

    private static func save(_ data: Data, to url: URL) throws -> URL {
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: .atomic)
        return url
    }
}

extension GradeReport {
    /// The same report with every repository address as `RepositoryAddress.display`.
    func withoutCredentials() -> GradeReport {
        var copy = self
        copy.students = students.map { $0.withoutCredentials() }
        return copy
    }
}

extension StudentResult {
    /// The same result with the repository address as `RepositoryAddress.display`.
    func withoutCredentials() -> StudentResult {
        var copy = self
        copy.repository = repository.map { RepositoryAddress($0).display }
        return copy
    }
}
