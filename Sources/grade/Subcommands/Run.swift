import ArgumentParser
import Foundation
import GraderCore
import GraderModel
import GraderReport

/// `grade [run] --config grader.yml`: grade the roster and write the reports.
struct Run: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fetch every student's repository, grade each exercise, and write the reports.")

    @Option(name: .long, help: "The course's grader.yml.")
    var config = "grader.yml"

    @Option(name: .long, help: "Use this roster instead of the one grader.yml names.")
    var roster: String?

    @Option(name: .long, help: "Folder for the reports (the clone cache is in .grade/ beside grader.yml).")
    var out = "reports"

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Grade every exercise as of this deadline (ISO 8601, e.g. 2026-12-07T23:59:00Z) instead of each one's due.",
            valueName: "time"),
        transform: { text in
            guard let date = Timestamp.parse(text) else {
                throw ValidationError("--at '\(text)' is not a date and time: write it like 2026-12-07T23:59:00Z")
            }
            return date
        })
    var at: Date?

    @Option(
        name: .long,
        help: "Student × exercise jobs compiling at once (default: the number of cores); half as many again run tests."
    )
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(
        name: .long, help: "Grade only these students (identifiers, comma-separated).",
        transform: { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }) })
    var only: Set<String>?

    @Option(
        name: .long, help: "Grade only these exercises (ids, comma-separated; repeatable).",
        transform: { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }) })
    var exercise: [Set<String>] = []

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Grade only the I-th of N stable slices of the roster (by identifier), for `grade merge` to join.",
            valueName: "I/N"),
        transform: { text in
            do { return try Shard(parsing: text) } catch { throw ValidationError("\(error)") }
        })
    var shard: Shard?

    @OptionGroup var sandbox: SandboxOption

    @Flag(help: "Keep each job's build folder under .grade/work for inspection.")
    var keepWork = false

    @Flag(help: "Build and run every job, neither reusing nor keeping results in .grade/cache.")
    var noCache = false

    @Flag(help: "Compile each exercise's hidden suite for every student instead of once per run (slower).")
    var noFastBuild = false

    @Flag(help: "Print where the jobs' time went, stage by stage (summed over jobs), at the end.")
    var timings = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        let outFolder = URL(fileURLWithPath: out).standardizedFileURL
        // Errors here stop the run before any student is touched; their text names file, line and key.
        let configFile = URL(fileURLWithPath: config).standardizedFileURL
        let course = try ConfigLoader.load(configFile)
        let students = try Roster.load(
            for: course, override: roster.map { URL(fileURLWithPath: $0).standardizedFileURL })
        for problem in students.problems { warn("warning: \(problem)") }
        let deadlines = try Deadlines.load(course: course, roster: students, at: at)
        for warning in deadlines.seen.warnings { warn("warning: \(warning)") }
        if deadlines.apply(to: course) && deadlines.seen.isEmpty {
            warn(
                "warning: no snapshot log (\(course.stateFolder.path)/\(SeenLog.fileName)): deadlines are judged from "
                    + "commit dates, which students control (reported as unverified); run `grade snapshot` around deadlines"
            )
        }

        let exercises = exercise.isEmpty ? nil : exercise.reduce(into: Set<String>()) { $0.formUnion($1) }
        // Secrets come from the environment now; the notes never hold one.
        let fetching = try course.fetch.resolve(environment: ProcessInfo.processInfo.environment)
        for note in fetching.notes { warn("note: \(note)") }
        var options = GradingOptions(
            stateFolder: course.stateFolder, jobs: jobs, students: only, exercises: exercises, keepWork: keepWork,
            deadlines: deadlines, fetch: fetching.options, cache: noCache ? nil : course.resultCache)
        options.fastBuild = !noFastBuild
        options.shard = shard
        let courseVersion = try shard.map { _ in try CourseVersion.digest(of: course, configFile: configFile) }
        let toolchain = try Toolchain.find()
        let grader = try Grader(
            course: course, roster: students, options: options, toolchain: toolchain,
            sandbox: try await sandbox.make(toolchain: toolchain, stateFolder: options.stateFolder))
        try FileManager.default.createDirectory(at: outFolder, withIntermediateDirectories: true)
        // A shard's folder is complete only once this run writes shard.json again, at its end.
        let manifestFile = outFolder.appendingPathComponent(ShardManifest.fileName)
        if FileManager.default.fileExists(atPath: manifestFile.path) {
            try FileManager.default.removeItem(at: manifestFile)
        }

        let started = Date()
        let progress = ProgressPrinter(total: grader.students.count)
        let grading = Task<[StudentResult], any Error> {
            try await grader.run { student in
                progress.finished(student)
                _ = try? ReportWriter.writeStudent(student, to: outFolder)
            }
        }
        let signals = Interrupt.cancelling(grading)
        defer { signals.forEach { $0.cancel() } }
        let results = try await grading.value
        progress.endLine()

        let report = GradeReport(
            course: course.id, title: course.title, generatedAt: started, sandbox: grader.sandbox,
            students: results, deadline: at, cache: grader.cacheCounts)
        _ = try ReportWriter.write(report, to: outFolder)
        if let shard, let courseVersion, !grading.isCancelled {
            let graded = Set(results.map(\.identifier))
            try ReportWriter.writeManifest(
                ShardManifest(
                    shard: shard.index, count: shard.count, course: course.id, courseVersion: courseVersion,
                    exercises: grader.exerciseIDs, roster: grader.selection,
                    students: grader.students.map(\.identifier).filter { graded.contains($0) }),
                to: outFolder)
        }
        if let similarity = course.similarity, !grading.isCancelled {
            if shard != nil {
                warn("note: similarity: is not run for a shard; run `grade similarity --results` on the merged reports")
            } else {
                var settings = SimilaritySettings()
                settings.commonShare = similarity.commonShare
                let outcome = ClassSimilarity.compute(
                    course: course, results: report, settings: settings, exercises: exercises)
                for note in outcome.notes { warn("note: \(note)") }
                try SimilarityFiles.write(outcome.report, evidence: outcome.evidence, to: similarity.out)
                print("similarity (instructors only): \(similarity.out.appendingPathComponent("index.html").path)")
            }
        }
        let unseen = results.filter { student in
            student.exercises.contains { $0.submission?.evidence == .commitDate }
                && !deadlines.seen.commits(of: student.identifier).isEmpty
        }
        if !unseen.isEmpty {
            warn(
                "warning: \(unseen.count) student(s) have a HEAD no snapshot saw, judged by its commit date "
                    + "(unverified): run `grade snapshot` before grading")
        }
        let seconds = Date().timeIntervalSince(started)
        print(
            "graded \(results.count) of \(grader.students.count) students"
                + (shard.map { " (shard \($0) of a roster of \(grader.selection.count))" } ?? "")
                + " in \(String(format: "%.1f", seconds))s")
        if let counts = grader.cacheCounts {
            print("cache: \(counts.summary)")
        }
        if timings { print(grader.times.table) }
        print("report: \(outFolder.appendingPathComponent("index.html").path)")
        print("data:   \(outFolder.appendingPathComponent("summary.json").path)")
        if grading.isCancelled { throw ExitCode(130) }
    }

    private func warn(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
