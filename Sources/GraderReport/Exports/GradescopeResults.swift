import GraderModel

/// One student's results in Gradescope's autograder format (`results.json`, written as
/// `gradescope/<file>.json`): an instructor can upload them, or run `grade` inside a Gradescope
/// autograder and copy the student's file to `/autograder/results/results.json`.
///
/// `score` is the student's total; one test per hidden test, named `<exercise>: <Class.method>`,
/// with its points and `status` `passed` or `failed` (every other outcome is `failed`, its
/// status and message in `output`). An exercise that was not graded adds one test named by its
/// status, worth the exercise's points, whose output is the message and the compiler's
/// diagnostics. Everything is `visible`: students see the same on their own page.
/// Checked against `schemas/gradescope-results.schema.json` in the tests.
public struct GradescopeResults: Encodable, Equatable, Sendable {
    public struct Test: Encodable, Equatable, Sendable {
        public var name: String
        public var number: String
        public var score: Double
        public var maxScore: Double
        public var status: String
        public var output: String
        public var tags: [String]
        public var visibility: String

        enum CodingKeys: String, CodingKey {
            case name, number, score, maxScore = "max_score", status, output, tags, visibility
        }
    }

    public struct ExtraData: Encodable, Equatable, Sendable {
        public var gradeReport: String
        public var identifier: String
        public var commit: String?

        enum CodingKeys: String, CodingKey {
            case gradeReport = "grade_report", identifier, commit
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(gradeReport, forKey: .gradeReport)
            try container.encode(identifier, forKey: .identifier)
            try container.encode(commit, forKey: .commit)
        }
    }

    public var score: Double
    public var output: String
    public var visibility: String
    public var extraData: ExtraData
    public var tests: [Test]

    enum CodingKeys: String, CodingKey {
        case score, output, visibility, extraData = "extra_data", tests
    }

    public init(_ student: StudentResult, in report: GradeReport) {
        score = student.score
        visibility = "visible"
        extraData = ExtraData(gradeReport: GradeReport.schemaID, identifier: student.identifier, commit: student.commit)
        var lines = [
            "\(report.displayTitle): \(ReportText.number(student.score)) / \(ReportText.number(student.maxScore)) points"
        ]
        if let commit = student.commit { lines.append("commit graded: \(commit)") }
        lines.append("graded \(ReportText.timestamp(report.generatedAt)), sandbox \(report.sandbox)")
        var tests: [Test] = []
        for (exerciseIndex, exercise) in student.exercises.enumerated() {
            lines.append(
                "\(exercise.id): \(ReportText.label(exercise.status.rawValue)), "
                    + "\(ReportText.number(exercise.score)) / \(ReportText.number(exercise.maxScore))")
            if let captured = exercise.output, !captured.isEmpty {
                let cut = ReportText.cut(ReportText.readable(captured), limit: ReportText.outputLimit)
                lines.append("captured output of \(exercise.id):\n" + cut.text + (cut.notice.map { "\n" + $0 } ?? ""))
            }
            var number = 0
            func next() -> String {
                number += 1
                return "\(exerciseIndex + 1).\(number)"
            }
            if exercise.status != .graded {
                tests.append(Self.exerciseTest(exercise, number: next()))
            }
            for test in exercise.tests {
                tests.append(Self.test(test, exercise: exercise.id, number: next()))
            }
        }
        output = lines.joined(separator: "\n")
        self.tests = tests
    }

    private static func exerciseTest(_ exercise: ExerciseResult, number: String) -> Test {
        let text = [exercise.message, exercise.diagnostics].compactMap { $0 }.joined(separator: "\n\n")
        return Test(
            name: "\(exercise.id): \(ReportText.label(exercise.status.rawValue))", number: number,
            score: exercise.tests.isEmpty ? exercise.score : 0,
            maxScore: exercise.tests.isEmpty ? exercise.maxScore : 0, status: "failed",
            output: ReportText.clipped(ReportText.readable(text), limit: ReportText.longTextLimit),
            tags: [exercise.id], visibility: "visible")
    }

    private static func test(_ test: TestResult, exercise: String, number: String) -> Test {
        let passed = test.status == .passed
        let output =
            passed ? "" : ReportText.label(test.status.rawValue) + (test.message.map { ": " + $0 } ?? "")
        return Test(
            name: "\(exercise): \(test.name)", number: number, score: test.score, maxScore: test.maxScore,
            status: passed ? "passed" : "failed",
            output: ReportText.clipped(ReportText.readable(output), limit: ReportText.messageLimit),
            tags: [exercise], visibility: "visible")
    }
}
