import Foundation
import GraderGit
import GraderModel
import GraderSandbox

/// Grades a roster: fetches every student's repository, then runs student × exercise jobs, at most
/// `jobs` at once, and hands each student's result on as soon as it is complete.
public struct Grader: Sendable {
    public let course: Course
    public let students: [Student]
    public let options: GradingOptions
    let exercises: [Exercise]
    let exerciseGrader: ExerciseGrader

    /// The exercises graded, in course order.
    public var exerciseIDs: [String] { exercises.map(\.id) }

    /// The isolation student code runs under, as written into reports.
    public var sandbox: String { sandboxLevel.rawValue }
    let sandboxLevel: SandboxLevel

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
        self.students = roster.students.filter { options.students?.contains($0.identifier) ?? true }
        self.exercises = course.exercises.filter { options.exercises?.contains($0.id) ?? true }
        sandboxLevel = sandbox.level
        exerciseGrader = ExerciseGrader(toolchain: toolchain, sandbox: sandbox, stateFolder: options.stateFolder)
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
        let jobs = TokenBucket(tokens: options.jobs)
        let fetches = TokenBucket(tokens: 4)
        var results: [StudentResult] = []
        await withTaskGroup(of: StudentResult?.self) { group in
            var next = students.makeIterator()
            // A window of students in flight keeps every job slot busy without fetching everyone first.
            for _ in 0..<(options.jobs + 2) {
                guard let student = next.next() else { break }
                group.addTask { await grade(student, suites: suites, jobs: jobs, fetches: fetches, work: work) }
            }
            for await result in group {
                if let result {
                    await finished(result)
                    results.append(result)
                }
                if !Task.isCancelled, let student = next.next() {
                    group.addTask { await grade(student, suites: suites, jobs: jobs, fetches: fetches, work: work) }
                }
            }
        }
        let order = Dictionary(uniqueKeysWithValues: students.enumerated().map { ($1.identifier, $0) })
        return results.sorted { order[$0.identifier, default: 0] < order[$1.identifier, default: 0] }
    }

    private func grade(
        _ student: Student, suites: [PreparedSuite], jobs: TokenBucket, fetches: TokenBucket, work: URL
    ) async -> StudentResult? {
        guard !Task.isCancelled else { return nil }
        let cache = options.stateFolder.appendingPathComponent("repos/\(student.fileName)", isDirectory: true)
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
        let fetched = await fetches.withToken {
            await Self.offThePool {
                Result { () throws(GitError) in
                    try Git.fetchHead(from: repository, into: cache, options: options.fetch)
                }
            }
        }
        let snapshot: GitSnapshot
        switch fetched {
        case .failure(let error):
            return everyExercise(.missing, "could not fetch the repository: \(error)")
        case .success(nil):
            return everyExercise(.missing, "the repository has no commits yet")
        case .success(let head?):
            snapshot = head
        }

        let exerciseGrader = self.exerciseGrader
        let results = await withTaskGroup(of: (Int, ExerciseResult).self) { group in
            for (index, suite) in suites.enumerated() {
                group.addTask {
                    await jobs.withToken {
                        let folder = work.appendingPathComponent(
                            "\(student.fileName)/\(suite.exercise.id)", isDirectory: true)
                        defer { if !options.keepWork { try? FileManager.default.removeItem(at: folder) } }
                        do {
                            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                            let files = try Git.files(
                                in: cache, commit: snapshot.commit, under: suite.exercise.studentSourcePath)
                            return (
                                index,
                                await exerciseGrader.grade(
                                    files, suite: suite, source: "commit \(snapshot.commit.prefix(7))", in: folder)
                            )
                        } catch {
                            let message = "the grader could not read this exercise's files (not your fault): \(error)"
                            return (index, suite.unrun(.error, message: message))
                        }
                    }
                }
            }
            var collected = [ExerciseResult?](repeating: nil, count: suites.count)
            for await (index, result) in group { collected[index] = result }
            return collected.compactMap { $0 }
        }
        guard !Task.isCancelled else { return nil }
        return StudentResult(
            identifier: student.identifier, githubUsername: student.githubUsername, repository: shownRepository,
            commit: snapshot.commit, exercises: results)
    }

    /// Runs blocking work (libgit2 network and disk I/O) on a thread of its own, so that the few
    /// threads of Swift's cooperative pool keep running jobs.
    static func offThePool<T: Sendable>(_ work: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: work()) }
        }
    }
}
