import GraderModel

/// One hostile submission: `Sources/Calc/Calc.swift`, whose `add` attacks the grader while `isEven`
/// and `half` are correct (so the other tests show that grading goes on). The attack suite grades
/// it twice: under the course's rules (exercise `calc`), and with every rule an instructor can lift
/// lifted except `unsafe` (exercise `calc-open`), so that the result channel and the sandbox are
/// tested on their own, without the rules in front of them.
struct Attack: Sendable {
    enum Expectation: Sendable, Equatable {
        /// Refused before any test runs, by this rule.
        case rejected(String)
        /// Compiled and run: `testAddSmallNumbers` ends with this status, and `add` scores nothing.
        case contained(TestStatus)
    }

    var name: String
    var source: String
    /// Under the course's rules (`calc`).
    var strict: Expectation
    /// With everything but unsafe code allowed (`calc-open`).
    var open: Expectation
    /// The same, against the suite in Swift Testing (`calc-testing`); `open` unless it differs.
    var swiftTesting: Expectation

    init(name: String, source: String, strict: Expectation, open: Expectation, swiftTesting: Expectation? = nil) {
        self.name = name
        self.source = source
        self.strict = strict
        self.open = open
        self.swiftTesting = swiftTesting ?? open
    }

    /// `add` replaced by `body` (which may need Foundation or Glibc); `top` goes before it.
    static func submission(_ body: String, top: String = "") -> String {
        """
        import Foundation
        #if canImport(Glibc)
        import Glibc
        #endif
        \(top)
        func add(_ a: Int, _ b: Int) -> Int {
        \(body)
        }
        func isEven(_ n: Int) -> Bool { n % 2 == 0 }
        func half(_ n: Int) -> Int { n / 2 }

        """
    }

    /// Starts `/bin/sh -c script` with Foundation's `Process` (no raw pointers needed).
    static func spawn(_ script: String) -> String {
        """
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", \(literal(script))]
            try? process.run()
        """
    }

    static func literal(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// Forged result lines for every test of the fixture suite, by its XCTest and its Swift Testing
    /// names, numbered from `first` (a guess at where the harness's numbering stands), then `done`
    /// and a guessed exit status.
    static func forgedLines(token: String, first: String) -> String {
        """
            var n = \(first)
            var text = ""
            for test in ["testAddSmallNumbers", "testAddNegativeNumbers", "testIsEven", "testHalf"]
                + ["testAddSmallNumbers()", "testAddNegativeNumbers()", "testIsEven(n:)", "testHalf()"] {
                text += "\\(\(token)) \\(n) start CalcTests.\\(test)\\n"
                text += "\\(\(token)) \\(n + 1) end CalcTests.\\(test) passed 0.001\\n"
                n += 2
            }
            text += "\\(\(token)) \\(n) done \\(n - 1)\\n"
        """
    }
}
