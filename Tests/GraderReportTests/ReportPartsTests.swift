import GraderModel
import XCTest

@testable import GraderReport

/// The pieces behind the pages: diagnostics, class statistics, text cleaning, numbers.
final class ReportPartsTests: XCTestCase {
    func testDiagnosticsAreSplitWithTheirExcerpts() {
        let text = """
            Sources/Loops/Loops.swift:79:18: error: expected parameter name followed by ':'
            77 | }
            79 | func unfinished( {
               |                  `- error: expected parameter name followed by ':'

            Sources/Loops/Loops.swift:79:6: warning: something else
            hidden tests: error: cannot find 'fizzBuzz' in scope
            error: link command failed
            """
        let entries = Diagnostic.parse(text)
        XCTAssertEqual(entries.count, 4)
        XCTAssertEqual(
            entries[0],
            Diagnostic(
                place: "Sources/Loops/Loops.swift", line: 79, column: 18, severity: "error",
                message: "expected parameter name followed by ':'",
                excerpt: [
                    "77 | }", "79 | func unfinished( {",
                    "   |                  `- error: expected parameter name followed by ':'",
                ]))
        XCTAssertEqual(entries[1].severity, "warning")
        XCTAssertEqual(entries[1].excerpt, [])
        XCTAssertEqual(
            entries[2],
            Diagnostic(
                place: "hidden tests", severity: "error", message: "cannot find 'fizzBuzz' in scope", excerpt: []))
        XCTAssertEqual(entries[3], Diagnostic(severity: "error", message: "link command failed", excerpt: []))
    }

    func testLinesBeforeAnyDiagnosticAreKept() {
        let entries = Diagnostic.parse("the compiler crashed\nstack dump:\n")
        XCTAssertEqual(
            entries, [Diagnostic(severity: "", message: "", excerpt: ["the compiler crashed", "stack dump:"])])
        XCTAssertEqual(Diagnostic.parse(""), [])
    }

    func testExerciseStatisticsCountStudentsPerTest() throws {
        let statistics = ExerciseStatistics.all(ReportFixture.report)
        XCTAssertEqual(statistics.map(\.id), ["operators", "loops", "strings"])
        let loops = statistics[1]
        XCTAssertEqual(loops.students, 3)
        XCTAssertEqual(loops.earned, 12.5)
        XCTAssertEqual(loops.available, 30)
        XCTAssertEqual(loops.statusCounts, [.graded: 2, .missing: 1])
        let sum = try XCTUnwrap(loops.tests.first { $0.name == "LoopsTests.testSum" })
        XCTAssertEqual(sum.counts, [.passed: 2])
        XCTAssertEqual(sum.noResult, 1, "grace has no result for it")
        XCTAssertEqual(sum.passRate, 2.0 / 3)
        let primes = try XCTUnwrap(loops.tests.first { $0.name == "LoopsTests.testPrimes" })
        XCTAssertEqual(primes.counts, [.failed: 1])
        XCTAssertEqual(primes.noResult, 2)
        XCTAssertEqual(statistics[0].fullMarks, 1)
    }

    func testFailuresAreGroupedAndCountedOncePerStudent() {
        let failing = { (message: String) in
            ExerciseResult(
                id: "x", status: .graded, maxScore: 2,
                tests: [
                    TestResult(name: "T.a", status: .failed, maxScore: 1, message: message),
                    TestResult(name: "T.b", status: .failed, maxScore: 1, message: message),
                ])
        }
        let groups = FailureGroup.groups([
            failing("off by one"), failing("off by one"), failing("nil"),
            ExerciseResult(
                id: "x", status: .compileError, maxScore: 2, message: "your code does not compile",
                diagnostics:
                    "A.swift:1:1: error: cannot find 'y' in scope\nB.swift:2:2: error: cannot find 'y' in scope"),
            ExerciseResult(
                id: "x", status: .compileError, maxScore: 2, message: "your code does not compile",
                diagnostics: "C.swift:9:9: error: cannot find 'y' in scope"),
        ])
        XCTAssertEqual(
            groups.map { "\($0.students) \($0.kind) \($0.text) \($0.tests)" },
            [
                "2 test off by one [\"T.a\", \"T.b\"]",
                "2 compiler cannot find 'y' in scope []",
                "2 exercise your code does not compile []",
                "1 test nil [\"T.a\", \"T.b\"]",
            ])
    }

    func testClassSummaryHistogramAndMedian() {
        let summary = ClassSummary(ReportFixture.report)
        XCTAssertEqual(summary.histogram, [1, 0, 1, 0, 0, 0, 1, 0, 0, 0])
        XCTAssertEqual(summary.medianScore, 25.0 / 3, accuracy: 1e-9)
        XCTAssertEqual(summary.maxScore, 30)
        let full = StudentResult(
            identifier: "f", githubUsername: nil, repository: nil, commit: nil,
            exercises: [ExerciseResult(id: "a", status: .graded, score: 4, maxScore: 4)])
        let report = GradeReport(
            course: "c", title: nil, generatedAt: ReportFixture.generatedAt, sandbox: "none", students: [full])
        XCTAssertEqual(ClassSummary(report).histogram.last, 1, "100 % falls in the last column")
        XCTAssertEqual(ClassSummary(report).fullMarks, 1)
    }

    func testReadableRemovesTerminalCodesAndControlCharacters() {
        XCTAssertEqual(ReportText.readable("\u{1B}[1;31mred\u{1B}[0m plain"), "red plain")
        XCTAssertEqual(ReportText.readable("a\r\nb\rc"), "a\nb\u{FFFD}c")
        XCTAssertEqual(
            ReportText.readable("tab\there\u{0}\u{7}\u{7F}\u{FFFE}"), "tab\there\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}")
        XCTAssertEqual(ReportText.readable("é ✓ 😀"), "é ✓ 😀")
        XCTAssertEqual(ReportText.readable("\u{1B}x"), "\u{FFFD}x", "a lone escape is shown, not swallowed")
    }

    func testNumbersOnPagesAndInFiles() {
        XCTAssertEqual(ReportText.points(10.0 / 3), "3.33")
        XCTAssertEqual(ReportText.points(8.5), "8.5")
        XCTAssertEqual(ReportText.points(7), "7")
        XCTAssertEqual(ReportText.number(10.0 / 3), "3.3333")
        XCTAssertEqual(ReportText.percent(1, of: 3), "33 %")
        XCTAssertEqual(ReportText.percent(1, of: 0), "—")
        XCTAssertEqual(ReportText.clipped("abcdef", limit: 3, marker: "…"), "abc…")
        XCTAssertEqual(ReportText.cut("abcdef", limit: 4).notice, "… [truncated in this report: 2 more characters]")
    }
}
