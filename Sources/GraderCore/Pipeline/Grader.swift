import Foundation
import GraderGit
import GraderModel
import GraderSandbox

/// Grades a roster: fetches every student's repository, then runs student × exercise jobs, at most
/// `jobs` compiling and `jobs` running tests at once (`JobSlots`), and hands each student's result on as soon as it is complete.
public struct Grader: Sendable {
    public let course: Course
    /// The students this run grades: the roster, less those `--only` leaves out, less those of
    /// other shards.
    public let students: [Student]
    /// Every student of the grading, all shards together, in roster order (the roster less those
    /// `--only` leaves out).
    public let selection: [String]
    public let options: GradingOptions
    let exercises: [Exercise]
    let exerciseGrader: ExerciseGrader

    /// The exercises graded, in course order.
    public var exerciseIDs: [String] { exercises.map(\.id) }

    /// The isolation student code runs under, as written into reports.
    public var sandbox: String { sandboxLevel.rawValue }
    /// Where the jobs' time went so far, stage by stage.
    public var times: StageTimes { exerciseGrader.times }
    /// How many results came from the result cache so far; nil when the run does not use it.
    public var cacheCounts: CacheCounts? { options.cache == nil ? nil : cacheTally.snapshot }
    let sandboxLevel: SandboxLevel
    let toolchain: Toolchain
    private let cacheTally = CacheTally()

    public init(
        course: Course, roster: Roster, options: GradingOptions, toolchain: Toolchain, sandbox: Sandbox
    ) throws {
        if let wanted = options.exercises {
            let unknown = wanted.subtracting(course.exercises.map(\.id)).sorted()
            if !unknown.isEmpty { throw GradingError.unknownExercises(unknown, known: course.exercises.map(\.id)) }
        }
        if let wanted = options.students {
            let unknown = wanted.subtracting(roster.students.map(\.identifier)).sorted()
            if !unknown.isEmpty { throw GradingError.unknownStudents(unknown) }
        }
        self.course = course
        self.options = options
        let selected = roster.students.filter { options.students?.contains($0.identifier) ?? true }
        self.selection = selected.map(\.identifier)
        self.students = selected.filter { options.shard?.contains($0.identifier) ?? true }
        self.exercises = course.exercises.filter { options.exercises?.contains($0.id) ?? true }
        sandboxLevel = sandbox.level
        self.toolchain = toolchain
        exerciseGrader = ExerciseGrader(
            toolchain: toolchain, sandbox: sandbox, stateFolder: options.stateFolder, fastBuild: options.fastBuild)
    }

    /// Grades everyone. `finished` is called once per student, as each completes (in any order).
    /// When the task is cancelled, running processes are killed and only finished students are returned.
    public func run(finished: @escaping @Sendable (StudentResult) async -> Void) async throws -> [StudentResult] {
        let work = options.stateFolder.appendingPathComponent("work/\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { if !options.keepWork { try? FileManager.default.removeItem(at: work) } }
        let suites = try exercises.map { exercise in
            do {
                return try PreparedSuite.prepare(exercise, in: work)
            } catch let error as SuiteError {
                throw GradingError.cannotPrepare(error.description)
            }
        }
        var cache: JobCache?
        if let store = options.cache {
            let run = try await RunFingerprint.current(
                toolchain: toolchain, sandbox: sandboxLevel.rawValue, compiler: exerciseGrader.compiler.settings)
            cache = try JobCache(store: store, run: run, suites: suites, counts: cacheTally)
        }
        defer { cache?.store.evict() }
        let resultCache = cache
        let slots = JobSlots(jobs: options.jobs)
        let fetches = TokenBucket(tokens: 4)
        var results: [StudentResult] = []
        await withTaskGroup(of: StudentResult?.self) { group in
            var next = students.makeIterator()
            // A window of students in flight keeps every job slot busy without fetching everyone first.
            for _ in 0..<(options.jobs + 2) {
                guard let student = next.next() else { break }
                group.addTask {
                    await grade(
                        student, suites: suites, resultCache: resultCache, slots: slots, fetches: fetches, work: work)
                }
            }
            for await result in group {
                if let result {
                    await finished(result)
                    results.append(result)
                }
                if !Task.isCancelled, let student = next.next() {
                    group.addTask {
                        await grade(
                            student, suites: suites, resultCache: resultCache, slots: slots, fetches: fetches,
                            work: work)
                    }
                }
            }
        }
        let order = Dictionary(uniqueKeysWithValues: students.enumerated().map { ($1.identifier, $0) })
        return results.sorted { order[$0.identifier, default: 0] < order[$1.identifier, default: 0] }
    }

    private func grade(
        _ student: Student, suites: [PreparedSuite], resultCache: JobCache?, slots: JobSlots, fetches: TokenBucket,
        work: URL
    ) async -> StudentResult? {
        guard !Task.isCancelled else { return nil }
        let cache = StudentCache(stateFolder: options.stateFolder, student: student)
        // Reports show the repository without any credentials written into its URL.
        let shownRepository = student.repository.map(Git.displayedSource)
        func everyExercise(_ status: ExerciseStatus, _ message: String) -> StudentResult {
            StudentResult(
                identifier: student.identifier, githubUsername: student.githubUsername,
                repository: shownRepository, commit: nil,
                exercises: suites.map { $0.unrun(status, message: message) })
        }
        guard let repository = student.repository else {
            return everyExercise(.missing, student.unavailableReason ?? "no repository is known for this student")
        }
        let deadlines = suites.map { options.deadlines.deadline(for: student.identifier, exercise: $0.exercise) }
        let needsHistory = deadlines.contains { $0 != nil }
        let fetched = await fetches.withToken {
            await Self.offThePool {
                Result { () throws -> (GitSnapshot?, GitHistory?) in
                    try cache.locked {
                        let head = try Git.fetchHead(from: repository, into: cache.folder, options: options.fetch)
                        return (head, needsHistory ? try Git.history(in: cache.folder) : nil)
                    }
                }
            }
        }
        let head: GitSnapshot?
        let history: GitHistory?
        switch fetched {
        case .failure(let error):
            return everyExercise(.missing, "could not fetch the repository: \(error)")
        case .success(let (fetchedHead, fetchedHistory)):
            (head, history) = (fetchedHead, fetchedHistory)
        }
        if head == nil && history?.commits.isEmpty != false {
            return everyExercise(.missing, "the repository has no commits yet")
        }
        let picker = history.map {
            SubmissionPicker(seen: options.deadlines.seen.commits(of: student.identifier), history: $0)
        }
        let picks = deadlines.map { deadline -> SubmissionPicker.Pick in
            if let deadline, let picker { return picker.pick(deadline) }
            return SubmissionPicker.Pick(commit: head?.commit, message: "the repository has no commits yet")
        }

        let exerciseGrader = self.exerciseGrader
        let results = await withTaskGroup(of: (Int, ExerciseResult).self) { group in
            for (index, suite) in suites.enumerated() {
                let pick = picks[index]
                group.addTask {
                    guard let commit = pick.commit else {
                        var result = suite.unrun(pick.status, message: pick.message)
                        result.submission = pick.submission
                        return (index, LatePolicy.applyPenalty(to: result))
                    }
                    let files: [GitFile]
                    do {
                        files = try Git.files(in: cache.folder, commit: commit, under: suite.exercise.studentSourcePath)
                    } catch {
                        let message = "the grader could not read this exercise's files (not your fault): \(error)"
                        var result = suite.unrun(.error, message: message)
                        result.submission = pick.submission
                        return (index, LatePolicy.applyPenalty(to: result))
                    }
                    let job = { @Sendable () async -> ExerciseResult in
                        let folder = work.appendingPathComponent(
                            "\(student.fileName)/\(suite.exercise.id)", isDirectory: true)
                        defer { if !options.keepWork { try? FileManager.default.removeItem(at: folder) } }
                        do {
                            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                        } catch {
                            return suite.unrun(
                                .error, message: "the grader could not make a folder for this job: \(error)")
                        }
                        return await exerciseGrader.grade(
                            files, suite: suite, source: "commit \(commit.prefix(7))", in: folder, slots: slots)
                    }
                    var result =
                        if let resultCache {
                            await resultCache.result(of: files, suite: suite, grade: job)
                        } else {
                            await job()
                        }
                    result.submission = pick.submission
                    return (index, LatePolicy.applyPenalty(to: result))
                }
            }
            var collected = [ExerciseResult?](repeating: nil, count: suites.count)
            for await (index, result) in group { collected[index] = result }
            return collected.compactMap { $0 }
        }
        guard !Task.isCancelled else { return nil }
        return StudentResult(
            identifier: student.identifier, githubUsername: student.githubUsername, repository: shownRepository,
            commit: Self.mainCommit(picks.compactMap(\.commit), history: history), exercises: results,
            head: head?.commit)
    }

    /// The commit graded for the most exercises; among equals, the newest in `history`.
    static func mainCommit(_ commits: [String], history: GitHistory?) -> String? {
        let counts = commits.reduce(into: [String: Int]()) { $0[$1, default: 0] += 1 }
        let order = Dictionary(
            (history?.commits ?? []).enumerated().map { ($1.commit, $0) }, uniquingKeysWith: { first, _ in first })
        return counts.max { ($0.value, order[$0.key] ?? -1) < ($1.value, order[$1.key] ?? -1) }?.key
    }

    /// Runs blocking work (libgit2 network and disk I/O) on a thread of its own, so that the few
    /// threads of Swift's cooperative pool keep running jobs.
    static func offThePool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: work()) }
        }
    }
}
