import Foundation
import GraderGit
import GraderModel
import GraderSandbox

/// One student × one exercise: stage the student's files, build them against the hidden suite,
/// run the tests, score. Whatever the student's code does, the answer is an `ExerciseResult`.
struct ExerciseGrader: Sendable {
    var compiler: Compiler
    var testRunner: TestRunner
    /// Where each job's time goes, summed (`grade --timings`).
    var times = StageTimes()

    /// The usual set-up: one process runner, the module cache in `stateFolder/module-cache`.
    init(toolchain: Toolchain, sandbox: Sandbox, stateFolder: URL, fastBuild: Bool = true) {
        let runner = ProcessRunner()
        compiler = Compiler(
            toolchain: toolchain, processRunner: runner,
            moduleCache: stateFolder.appendingPathComponent("module-cache", isDirectory: true))
        compiler.prebuildsSuites = fastBuild
        testRunner = TestRunner(processRunner: runner, sandbox: sandbox)
    }

    /// What building a job came to, before any test runs.
    private enum Built: Sendable {
        /// The job is decided (missing files, a rule broken, a compile error): the result so far.
        case decided(ExerciseResult)
        case binary(TestBinary, skipped: [String])
    }

    /// Grades one job, taking a build slot for staging and compiling and then a run slot for the
    /// tests (`JobSlots`), so that a job whose tests wait never keeps another from compiling.
    func grade(
        _ files: [GitFile], suite: PreparedSuite, source: String, in folder: URL, slots: JobSlots
    ) async -> ExerciseResult {
        let exercise = suite.exercise
        var result = ExerciseResult(
            id: exercise.id, status: .graded, maxScore: exercise.points, allowed: exercise.allowances.sorted())
        result.tests = suite.suite.testNames.map { TestResult(name: $0, status: .notRun) }
        do {
            if compiler.prebuildsSuites {
                _ = await compiler.prebuiltSuite(for: suite, times: times, slot: slots.builds)
            }
            let built = try await slots.builds.withToken { [result] in
                try await build(files, suite: suite, source: source, in: folder, result: result)
            }
            switch built {
            case .decided(let decided):
                result = decided
            case .binary(let binary, let skipped):
                let run = try await slots.runs.withToken {
                    try await times.measure(.runTests) {
                        try await testRunner.run(
                            binary: binary, testModule: suite.testModule, suite: suite.suite,
                            limits: exercise.limits, folder: folder)
                    }
                }
                result.output = run.output.isEmpty ? nil : run.output
                for index in result.tests.indices {
                    let verdict = run.verdicts[result.tests[index].name] ?? TestVerdict(status: .notRun)
                    result.tests[index].status = verdict.status
                    result.tests[index].message = verdict.message
                    result.tests[index].duration = verdict.duration
                }
                var messages = skipped
                if run.forgedLines > 0 {
                    messages.append(
                        "\(run.forgedLines) line(s) in the result channel did not come from the grader's harness: suspected forgery, ignored"
                    )
                }
                result.message = messages.isEmpty ? nil : messages.joined(separator: "\n")
            }
        } catch is CancellationError {
            result.status = .error
            result.message = "grading was interrupted"
        } catch {
            result.status = .error
            result.message = "the grader could not finish this exercise (not your fault): \(error)"
        }
        return Scorer.score(result, points: exercise.points, weights: exercise.weights)
    }

    /// Stages `files`, checks the source rules and compiles: a test binary, or the job's result.
    private func build(
        _ files: [GitFile], suite: PreparedSuite, source: String, in folder: URL, result: ExerciseResult
    ) async throws -> Built {
        let exercise = suite.exercise
        var result = result
        let staged = try times.measure(.stage) {
            try StagedSubmission.stage(files, module: exercise.module, into: folder)
        }
        let notes = staged.skipped.isEmpty ? "" : "\n" + staged.skipped.joined(separator: "\n")
        guard !staged.files.isEmpty else {
            result.status = .missing
            result.message = "no .swift file in \(exercise.studentSourcePath)/ of \(source)" + notes
            return .decided(result)
        }
        let sources = try staged.files.map { path in
            (path: path, source: try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8))
        }
        if let violation = times.measure(.sourceRules, { SourceRules.check(sources, allowances: exercise.allowances) })
        {
            result.status = .rejected
            result.message = violation.description + notes
            return .decided(result)
        }
        switch try await compiler.build(
            staged.files, suite: suite, in: folder, timeout: exercise.limits.build, times: times)
        {
        case .failed(let reason, let diagnostics):
            result.status = .compileError
            result.message = reason + notes
            result.diagnostics = diagnostics
        case .rejected(let violation):
            result.status = .rejected
            result.message = violation.description + notes
        case .built(let binary):
            return .binary(binary, skipped: staged.skipped)
        }
        return .decided(result)
    }
}
