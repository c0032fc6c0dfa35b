import Foundation
import GraderModel

/// What is the same for every student of an exercise, derived once per run: the test list, the
/// generated harness, the hidden test files.
public struct PreparedSuite: Sendable {
    public var exercise: Exercise
    public var suite: TestSuite
    public var hiddenFiles: [URL]
    /// The generated `main.swift`, written once and compiled into every student's test binary.
    public var harness: URL

    public var testModule: String { "\(exercise.module)Tests" }

    /// A scored result in which no test ran: for a submission that never reached the tests.
    func unrun(_ status: ExerciseStatus, message: String?) -> ExerciseResult {
        let result = ExerciseResult(
            id: exercise.id, status: status, maxScore: exercise.points, message: message,
            tests: suite.testNames.map { TestResult(name: $0, status: .notRun) }, allowed: exercise.allowances.sorted())
        return Scorer.score(result, points: exercise.points, weights: exercise.weights)
    }

    /// Reads the hidden suite of `exercise` and writes its harness into `folder`.
    public static func prepare(_ exercise: Exercise, in folder: URL) throws -> PreparedSuite {
        let files = try FileManager.default
            .contentsOfDirectory(at: exercise.hiddenTestsFolder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "swift" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let sources = try files.map {
            (name: $0.lastPathComponent, source: try String(contentsOf: $0, encoding: .utf8))
        }
        let suite: TestSuite
        do {
            suite = try TestListScanner.scan(sources)
        } catch {
            throw SuiteError(exercise: exercise.id, problem: error.description)
        }
        let harnessFolder = folder.appendingPathComponent("harness/\(exercise.id)", isDirectory: true)
        try FileManager.default.createDirectory(at: harnessFolder, withIntermediateDirectories: true)
        let harness = harnessFolder.appendingPathComponent("main.swift")
        try HarnessGenerator.mainSwift(for: suite, testModule: "\(exercise.module)Tests").write(
            to: harness, atomically: true, encoding: .utf8)
        return PreparedSuite(exercise: exercise, suite: suite, hiddenFiles: files, harness: harness)
    }
}

/// A hidden suite the grader cannot use: the course is broken, not the student.
public struct SuiteError: Error, Sendable, CustomStringConvertible {
    public var exercise: String
    public var problem: String
    public var description: String { "exercise '\(exercise)': hidden tests: \(problem)" }
}
