import ArgumentParser
import Foundation
import GraderCore

/// `grade snapshot`: record which commits every student's repository holds now.
struct Snapshot: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fetch every roster repository and log each commit seen for the first time, with the grader's time.",
        discussion: """
            Appends one line per student × new commit to .grade/seen.jsonl beside grader.yml and pins \
            the commits in the clone cache, so a force push never loses them. Run it from cron around \
            deadlines: `grade --at` and `due:` trust these times, not the commit dates students write.
            """)

    @Option(name: .long, help: "The course's grader.yml.")
    var config = "grader.yml"

    @Option(name: .long, help: "Use this roster instead of the one grader.yml names.")
    var roster: String?

    @Option(name: .long, help: "Repositories fetched at once.")
    var fetches = 4

    func validate() throws {
        guard fetches >= 1 else { throw ValidationError("--fetches must be at least 1") }
    }

    func run() async throws {
        let started = Date()
        let course = try ConfigLoader.load(URL(fileURLWithPath: config).standardizedFileURL)
        let students = try Roster.load(
            for: course, override: roster.map { URL(fileURLWithPath: $0).standardizedFileURL })
        for problem in students.problems { warn("warning: \(problem)") }

        // Secrets come from the environment now; the notes never hold one.
        let fetching = try course.fetch.resolve(environment: ProcessInfo.processInfo.environment)
        for note in fetching.notes { warn("note: \(note)") }
        let snapshotter = Snapshotter(
            students: students.students, stateFolder: course.stateFolder, fetches: fetches,
            fetchOptions: fetching.options)
        let summary = try await snapshotter.run { student in
            switch student.outcome {
            case .recorded: break
            case .unavailable(let reason): warn("\(student.identifier): skipped: \(reason)")
            case .failed(let reason): warn("warning: \(student.identifier): \(reason)")
            }
            for warning in student.warnings { warn("warning: \(student.identifier): \(warning)") }
        }
        for warning in summary.logWarnings { warn("warning: \(warning)") }

        let seconds = Date().timeIntervalSince(started)
        let skipped = summary.students.count - summary.fetched
        print(
            "snapshot: \(summary.students.count) students (\(summary.fetched) fetched, \(skipped) not), "
                + "\(summary.newCommits) new commit(s) in \(String(format: "%.1f", seconds))s; log: \(summary.log.path)"
        )
    }

    private func warn(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
