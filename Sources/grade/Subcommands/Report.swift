import ArgumentParser
import Foundation
import GraderCore
import GraderReport

/// `grade report --from DIR [--out DIR]`: write every report again from a run's JSON results.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write every report (HTML, CSV, Gradescope JSON, JUnit XML) again from a run's JSON results.",
        discussion: """
            Reads DIR/summary.json, or, when a run stopped before writing it, every \
            DIR/students/*.json; nothing is graded again. Without summary.json the course id and \
            title come from --config when given, and the sandbox level is recorded as unknown.
            """)

    @Option(name: .long, help: "The report folder of a grading run (its --out).")
    var from: String

    @Option(name: .long, help: "Where to write the reports (default: the --from folder itself).")
    var out: String?

    @Option(name: .long, help: "The course's grader.yml, for the course id and title when summary.json is missing.")
    var config: String?

    func run() throws {
        let source = URL(fileURLWithPath: from).standardizedFileURL
        let target = out.map { URL(fileURLWithPath: $0).standardizedFileURL } ?? source
        var fallback = ReportReader.Fallback(course: "unknown")
        if let config {
            let course = try ConfigLoader.load(URL(fileURLWithPath: config).standardizedFileURL)
            fallback = ReportReader.Fallback(course: course.id, title: course.title)
        }
        let (report, origin) = try ReportReader.read(from: source, fallback: fallback)
        if case .studentFiles(let count) = origin {
            var note = "note: \(source.appendingPathComponent("summary.json").path) is missing: "
            note += "rebuilt from \(count) student file(s); sandbox level unknown"
            if config == nil { note += "; pass --config grader.yml to name the course" }
            FileHandle.standardError.write(Data((note + "\n").utf8))
        }
        let files = try ReportWriter.write(report, to: target)
        print("wrote \(files.count) files for \(report.students.count) students")
        print("report: \(target.appendingPathComponent("index.html").path)")
    }
}
