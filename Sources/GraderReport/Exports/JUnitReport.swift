import Foundation
import GraderModel

/// One student's results as JUnit XML (`junit/<file>.xml`), for CI dashboards: a `testsuite` per
/// exercise, a `testcase` per hidden test.
///
/// A failed test has a `failure`; a crashed or timed-out one an `error`; a test that never ran is
/// `skipped`. An exercise that was not graded adds one `testcase` named by its status: `error`
/// for a compile error or the grader's own error, `failure` when missing or rejected, with the
/// message and diagnostics as its text. The exercise's captured output is the suite's
/// `system-out`. Every value is made XML-safe (no control characters XML 1.0 forbids) here and
/// escaped by the template. Rendered by `JUnitTemplate`; field names unique across levels.
struct JUnitReport {
    struct Problem {
        let problemType: String
        let problemMessage: String
        let problemText: String
    }

    struct Case {
        let caseClass: String
        let caseName: String
        let caseTime: String
        let caseHasBody: Bool
        let caseFailure: Problem?
        let caseError: Problem?
        let caseSkipped: Problem?
    }

    struct Property {
        let propertyName: String
        let propertyValue: String
    }

    struct Suite {
        let suiteName: String
        let suiteTests: Int
        let suiteFailures: Int
        let suiteErrors: Int
        let suiteSkipped: Int
        let suiteTime: String
        let suiteProperties: [Property]
        let cases: [Case]
        let suiteOutput: String?
    }

    let reportName: String
    let timestamp: String
    let totalTests: Int
    let totalFailures: Int
    let totalErrors: Int
    let totalSkipped: Int
    let totalTime: String
    let suites: [Suite]

    init(_ student: StudentResult, in report: GradeReport) {
        let properties = [
            Property(propertyName: "student", propertyValue: Self.safe(student.identifier)),
            Property(propertyName: "commit", propertyValue: student.commit.map(Self.safe) ?? ""),
            Property(propertyName: "sandbox", propertyValue: Self.safe(report.sandbox)),
        ]
        suites = student.exercises.map { Self.suite($0, properties: properties) }
        reportName = Self.safe("\(report.course): \(student.identifier)")
        timestamp = ReportText.timestamp(report.generatedAt)
        totalTests = suites.reduce(0) { $0 + $1.suiteTests }
        totalFailures = suites.reduce(0) { $0 + $1.suiteFailures }
        totalErrors = suites.reduce(0) { $0 + $1.suiteErrors }
        totalSkipped = suites.reduce(0) { $0 + $1.suiteSkipped }
        totalTime = Self.seconds(student.exercises.flatMap(\.tests).compactMap(\.duration).reduce(0, +))
    }

    private static func suite(_ exercise: ExerciseResult, properties: [Property]) -> Suite {
        var cases = exercise.status == .graded ? [] : [exerciseCase(exercise)]
        cases += exercise.tests.map { testCase($0, exercise: exercise.id) }
        let output = exercise.output.map { ReportText.cut(safe($0), limit: ReportText.outputLimit) }
        return Suite(
            suiteName: safe(exercise.id),
            suiteTests: cases.count,
            suiteFailures: cases.filter { $0.caseFailure != nil }.count,
            suiteErrors: cases.filter { $0.caseError != nil }.count,
            suiteSkipped: cases.filter { $0.caseSkipped != nil }.count,
            suiteTime: seconds(exercise.tests.compactMap(\.duration).reduce(0, +)),
            suiteProperties: properties + [
                Property(propertyName: "status", propertyValue: exercise.status.rawValue),
                Property(propertyName: "score", propertyValue: ReportText.number(exercise.score)),
                Property(propertyName: "max_score", propertyValue: ReportText.number(exercise.maxScore)),
            ],
            cases: cases,
            suiteOutput: output.map { [$0.text, $0.notice].compactMap { $0 }.joined(separator: "\n") })
    }

    private static func exerciseCase(_ exercise: ExerciseResult) -> Case {
        let text = [exercise.message, exercise.diagnostics].compactMap { $0 }.joined(separator: "\n\n")
        let problem = Problem(
            problemType: exercise.status.rawValue, problemMessage: firstLine(exercise.message ?? ""),
            problemText: ReportText.clipped(safe(text), limit: ReportText.longTextLimit))
        let isError = exercise.status == .compileError || exercise.status == .error
        return Case(
            caseClass: safe(exercise.id), caseName: ReportText.label(exercise.status.rawValue), caseTime: "0",
            caseHasBody: true, caseFailure: isError ? nil : problem, caseError: isError ? problem : nil,
            caseSkipped: nil)
    }

    private static func testCase(_ test: TestResult, exercise: String) -> Case {
        // `Class.testMethod`, or in Swift Testing `Type.Nested.function(label:)` and `function()`.
        let dot = test.name.lastIndex(of: ".")
        let className = dot.map { "\(exercise).\(test.name[..<$0])" } ?? exercise
        let method = dot.map { String(test.name[test.name.index(after: $0)...]) } ?? test.name
        let message = test.message ?? ReportText.label(test.status.rawValue)
        let problem = Problem(
            problemType: test.status.rawValue, problemMessage: firstLine(message),
            problemText: ReportText.clipped(safe(message), limit: ReportText.messageLimit))
        return Case(
            caseClass: safe(className), caseName: safe(method), caseTime: seconds(test.duration ?? 0),
            caseHasBody: test.status != .passed,
            caseFailure: test.status == .failed ? problem : nil,
            caseError: test.status == .crashed || test.status == .timeout ? problem : nil,
            caseSkipped: test.status == .notRun ? problem : nil)
    }

    /// XML 1.0 forbids most control characters even as references: they become U+FFFD.
    private static func safe(_ text: String) -> String {
        ReportText.readable(text)
    }

    private static func firstLine(_ text: String) -> String {
        ReportText.clipped(safe(text.split(separator: "\n").first.map(String.init) ?? ""), limit: 500, marker: "…")
    }

    private static func seconds(_ value: Double) -> String {
        String(format: "%.3f", value)
    }
}
