import Foundation
import GraderModel
import GraderSandbox

/// Checks a course before students see it: grader.yml matches the folders, every hidden suite has
/// a test list, each reference solution gets full marks every time (`repeats` runs; a test that
/// changes verdict is flaky), and each starter compiles and gets zero.
public struct CourseChecker: Sendable {
    public let course: Course
    let exerciseGrader: ExerciseGrader
    let stateFolder: URL
    let jobs: Int

    public init(course: Course, toolchain: Toolchain, sandbox: Sandbox, stateFolder: URL, jobs: Int) {
        self.course = course
        self.stateFolder = stateFolder
        self.jobs = max(1, jobs)
        exerciseGrader = ExerciseGrader(toolchain: toolchain, sandbox: sandbox, stateFolder: stateFolder)
    }

    public func check(repeats: Int) async throws -> CheckReport {
        let work = stateFolder.appendingPathComponent("work/check-\(UUID().uuidString.prefix(8))", isDirectory: true)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        var problems = layoutProblems()
        let slots = JobSlots(jobs: jobs)
        let checked = await withTaskGroup(of: (Int, CheckReport.ExerciseSummary, [String]).self) { group in
            for (index, exercise) in course.exercises.enumerated() {
                group.addTask {
                    let (summary, found) = await check(exercise, repeats: max(1, repeats), slots: slots, work: work)
                    return (index, summary, found)
                }
            }
            var results: [(Int, CheckReport.ExerciseSummary, [String])] = []
            for await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }
        }
        problems += checked.flatMap(\.2)
        return CheckReport(exercises: checked.map(\.1), problems: problems)
    }

    /// Exercise folders grader.yml does not list, and listed exercises without a solution.
    func layoutProblems() -> [String] {
        let manager = FileManager.default
        let exercisesFolder = course.root.appendingPathComponent("Exercises")
        let listed = Set(course.exercises.map(\.id))
        var problems = ((try? manager.contentsOfDirectory(atPath: exercisesFolder.path)) ?? [])
            .filter { !$0.hasPrefix(".") && !listed.contains($0) }.sorted()
            .map {
                "Exercises/\($0) is not listed in grader.yml: list it under 'exercises', or move it out of Exercises/"
            }
        for exercise in course.exercises {
            let solution = course.root.appendingPathComponent("Solutions/\(exercise.id)/Sources/\(exercise.module)")
            if !manager.fileExists(atPath: solution.path) {
                problems.append(
                    "exercise '\(exercise.id)': no reference solution in Solutions/\(exercise.id)/Sources/\(exercise.module)/"
                )
            }
        }
        return problems
    }

    private func check(
        _ exercise: Exercise, repeats: Int, slots: JobSlots, work: URL
    ) async -> (CheckReport.ExerciseSummary, [String]) {
        var summary = CheckReport.ExerciseSummary(
            id: exercise.id, tests: 0, referenceScores: [], starterScore: nil, points: exercise.points)
        let name = "exercise '\(exercise.id)'"
        let suite: PreparedSuite
        do {
            suite = try PreparedSuite.prepare(exercise, in: work)
        } catch {
            return (summary, ["\(error)"])
        }
        summary.tests = suite.suite.testNames.count
        var problems: [String] = []
        for weighted in exercise.weights.keys.sorted() where !suite.suite.testNames.contains(weighted) {
            let close = suite.suite.testNames.first { $0.hasPrefix(weighted + "(") || $0.hasSuffix("." + weighted) }
            problems.append(
                "\(name): weights: '\(weighted)' names no hidden test, so it weighs nothing"
                    + (close.map { ": did you mean '\($0)'?" }
                        ?? " (tests are named `Class.testMethod` or, in Swift Testing, `Type.function(label:)`)"))
        }
        let solution = course.root.appendingPathComponent("Solutions/\(exercise.id)/Sources/\(exercise.module)")
        let starter = exercise.folder.appendingPathComponent("Sources/\(exercise.module)")

        var runs: [ExerciseResult] = []
        for run in 0..<repeats {
            let result = await grade(solution, suite: suite, label: "reference-\(run)", slots: slots, work: work)
            runs.append(result)
            summary.referenceScores.append(result.score)
        }
        if let first = runs.first, first.status != .graded {
            let detail = [first.message, first.diagnostics].compactMap { $0 }.joined(separator: "\n")
            problems.append("\(name): the reference solution is \(first.status.rawValue): \(detail)")
        } else {
            for test in suite.suite.testNames {
                let verdicts = runs.map { run in run.tests.first { $0.name == test }?.status ?? .notRun }
                if Set(verdicts).count > 1 {
                    problems.append(
                        "\(name): \(test) is flaky: \(verdicts.map(\.rawValue).joined(separator: ", ")) over \(repeats) runs of the reference solution"
                    )
                } else if verdicts.first != .passed {
                    let message = runs.first?.tests.first { $0.name == test }?.message ?? ""
                    problems.append(
                        "\(name): the reference solution does not pass \(test) (\(verdicts.first?.rawValue ?? "")): \(message)"
                    )
                }
            }
        }

        let starterResult = await grade(starter, suite: suite, label: "starter", slots: slots, work: work)
        summary.starterScore = starterResult.score
        switch starterResult.status {
        case .graded where starterResult.score > 0:
            let passing = starterResult.tests.filter { $0.status == .passed }.map(\.name)
            problems.append(
                "\(name): the starter code already passes \(passing.joined(separator: ", ")): it must score 0")
        case .graded:
            break
        default:
            let detail = [starterResult.message, starterResult.diagnostics].compactMap { $0 }.joined(separator: "\n")
            problems.append(
                "\(name): the starter code must compile and run, but it is \(starterResult.status.rawValue): \(detail)")
        }
        return (summary, problems)
    }

    private func grade(
        _ folder: URL, suite: PreparedSuite, label: String, slots: JobSlots, work: URL
    ) async -> ExerciseResult {
        let exerciseGrader = self.exerciseGrader
        let jobFolder = work.appendingPathComponent("\(suite.exercise.id)/\(label)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: jobFolder) }
        do {
            try FileManager.default.createDirectory(at: jobFolder, withIntermediateDirectories: true)
            let files = try LocalFiles.read(folder)
            return await exerciseGrader.grade(files, suite: suite, source: folder.path, in: jobFolder, slots: slots)
        } catch {
            return suite.unrun(.error, message: "could not read \(folder.path): \(error)")
        }
    }
}
