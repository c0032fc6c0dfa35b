import Foundation
import GraderModel

/// A fixed run: three students, every test and exercise status, and one hostile student whose
/// identifier, GitHub name, repository, messages, file names, test names and output carry HTML,
/// path tricks and control characters.
enum ReportFixture {
    static let script = "<script>alert(1)</script>"
    static let quotes = "\"&'"
    static let hostileIdentifier = "../../etc/passwd\(script)\(quotes)"

    /// 2026-03-01T12:00:00Z, whole seconds so ISO-8601 round-trips exactly.
    static let generatedAt = Date(timeIntervalSince1970: 1_772_366_400)

    static let report = GradeReport(
        course: "become-2-percent", title: "Become 2% (Swift track)", generatedAt: generatedAt,
        sandbox: "bubblewrap", students: [ada, grace, mallory])

    /// Due 2026-02-27T23:59:00Z: ada's loops was graded at the commit first seen on time; grace's
    /// extension ran out with nothing submitted.
    static let due = Date(timeIntervalSince1970: 1_772_236_740)

    /// Everything graded: passed, failed, crashed, timeout, not_run; an exercise with a deadline,
    /// graded at an older commit than the remote's HEAD.
    static let ada = StudentResult(
        identifier: "ada", githubUsername: "ada-l",
        repository: "https://github.com/acme/course-ada-l.git",
        commit: "0123456789abcdef0123456789abcdef01234567",
        exercises: [
            ExerciseResult(
                id: "operators", status: .graded, score: 10, maxScore: 10,
                tests: (1...4).map { passed("OperatorsTests.testPlus\($0)", 2.5) }),
            ExerciseResult(
                id: "loops", status: .graded, score: 7.5, maxScore: 10,
                tests: [
                    passed("LoopsTests.testSum", 2.5), passed("LoopsTests.testCount", 2.5),
                    passed("LoopsTests.testFizzBuzz", 2.5),
                    TestResult(
                        name: "LoopsTests.testPrimes", status: .failed, maxScore: 2.5,
                        message: "XCTAssertEqual failed: (\"[2, 3]\") is not equal to (\"[2, 3, 5]\")",
                        duration: 0.004),
                ],
                submission: Submission(
                    policy: .onTimeOnly, commit: "0123456789abcdef0123456789abcdef01234567", due: due,
                    extended: false, graceSeconds: 900, submittedAt: due.addingTimeInterval(-3_600),
                    evidence: .seenLog, scoreBeforePenalty: 7.5,
                    note: "the newest commit first seen by a snapshot at or before the deadline")),
            ExerciseResult(
                id: "strings", status: .graded, score: 2.5, maxScore: 10,
                output: "Fatal error: Index out of range\n",
                tests: [
                    passed("StringsTests.testReverse", 2.5),
                    TestResult(
                        name: "StringsTests.testSplit", status: .crashed, maxScore: 2.5,
                        message: "crashed: signal 4 (SIGILL)"),
                    TestResult(
                        name: "StringsTests.testForever", status: .timeout, maxScore: 2.5,
                        message: "timed out after 10 s"),
                    TestResult(
                        name: "StringsTests.testAfterCrash", status: .notRun, maxScore: 2.5,
                        message: "not run: the suite stopped early"),
                ], allowed: [.unsafe, .files]),
        ],
        head: "89abcdef0123456789abcdef0123456789abcdef")

    /// No GitHub username; compile_error, missing, error.
    static let grace = StudentResult(
        identifier: "grace@example.edu", githubUsername: nil,
        repository: "https://github.com/acme/course-grace.git",
        commit: "fedcba9876543210fedcba9876543210fedcba98",
        exercises: [
            ExerciseResult(
                id: "operators", status: .compileError, maxScore: 10,
                message: "the solution does not compile",
                diagnostics: "Sources/Operators/Operators.swift:3:5: error: cannot find 'x' in scope"),
            ExerciseResult(
                id: "loops", status: .missing, maxScore: 10,
                message: "nothing was submitted by the deadline 2026-03-02T23:59:00Z (extended)",
                submission: Submission(
                    policy: .onTimeOnly, commit: nil, due: due.addingTimeInterval(3 * 86_400), extended: true,
                    graceSeconds: 0, submittedAt: nil, evidence: .commitDate,
                    note: Submission.unverified + ": no snapshot in the log saw this repository")),
            ExerciseResult(
                id: "strings", status: .error, maxScore: 10,
                message: "the grader could not finish: the build ran out of time (not your fault)"),
        ])

    /// Hostile text everywhere it can come from a student; rejected; scores of 10/3.
    static let mallory = StudentResult(
        identifier: hostileIdentifier, githubUsername: "mallory\(quotes)",
        repository: "/tmp/\(script)", commit: nil,
        exercises: [
            ExerciseResult(
                id: "operators", status: .rejected, maxScore: 10,
                message: "rule: declares XCTAssertEqual in Sources/Operators/\(script)\(quotes).swift",
                diagnostics: "Sources/Operators/\(script).swift:1:1: warning: \(quotes)"),
            ExerciseResult(
                id: "loops", status: .graded, score: 5, maxScore: 10,
                output: "\(script)\(quotes)\n\u{1B}[31mred\u{1B}[0m, a bell\u{07} and a NUL\u{0}\n",
                tests: [
                    passed("LoopsTests.testSum", 5),
                    TestResult(
                        name: "LoopsTests.testCount", status: .failed, maxScore: 5,
                        message: "expected 3, got \(script)\(quotes)", duration: 0.001),
                    TestResult(
                        name: "LoopsTests.test\(script)", status: .timeout, maxScore: 0,
                        message: "timed out after 10 s"),
                ]),
            ExerciseResult(
                id: "strings", status: .graded, score: 10.0 / 3, maxScore: 10,
                tests: [
                    passed("StringsTests.testReverse", 10.0 / 3),
                    TestResult(name: "StringsTests.testSplit", status: .failed, maxScore: 10.0 / 3),
                    TestResult(name: "StringsTests.testJoin", status: .failed, maxScore: 10.0 / 3),
                ]),
        ])

    private static func passed(_ name: String, _ points: Double) -> TestResult {
        TestResult(name: name, status: .passed, score: points, maxScore: points, duration: 0.002)
    }
}
