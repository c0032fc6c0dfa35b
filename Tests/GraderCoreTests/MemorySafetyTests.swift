import Foundation
import GraderModel
import GraderTestSupport
import XCTest

@testable import GraderCore

/// Strict memory safety through the grader's own `Compiler`, on the fixture course's `calc`.
final class MemorySafetyTests: XCTestCase {
    static let course = Task { try FixtureCourse() }

    /// Compiles `source` as the student's `Sources/Calc/Calc.swift`, with `allowances`.
    func build(_ source: String, allowing allowances: Set<Allowance> = []) async throws -> Compiler.Result {
        let course = try await Self.course.value
        let job = try TemporaryDirectory(prefix: "grade-safety")
        defer { job.remove() }
        let exercise = Exercise(
            id: "calc", module: "Calc", points: 10, folder: course.folder.url.appendingPathComponent("Exercises/calc"),
            allowances: allowances)
        let suite = try PreparedSuite.prepare(exercise, in: job.url)
        try job.write(FixtureCourse.solution + source, to: "Sources/Calc/Calc.swift")
        let compiler = Compiler(toolchain: try Toolchain.find(), moduleCache: ObjectFixture.moduleCache)
        return try await compiler.build(["Sources/Calc/Calc.swift"], suite: suite, in: job.url, timeout: .seconds(120))
    }

    /// Line of `source`'s first line in the student's file (after the solution's lines).
    static let firstLine = FixtureCourse.solution.split(separator: "\n", omittingEmptySubsequences: false).count

    func rejection(_ source: String) async throws -> RuleViolation? {
        if case .rejected(let violation) = try await build(source) { return violation }
        return nil
    }

    func testUnsafeConstructsAreRejectedAtTheirLine() async throws {
        let cases = [
            "func peek(_ x: [UInt8]) -> Int {\n    x.withUnsafeBytes { $0.count }\n}\n",
            "func forge() -> Bool {\n    UnsafeRawPointer(bitPattern: 0x1000) != nil\n}\n",
            "func cast() -> Int {\n    unsafeBitCast(1.5, to: Int.self)\n}\n",
        ]
        for source in cases {
            let violation = try await rejection(source)
            XCTAssertEqual(violation?.rule, "memory-safety", source)
            XCTAssertEqual(violation?.file, "Sources/Calc/Calc.swift", source)
            XCTAssertEqual(violation?.line, Self.firstLine + 1, source)
            XCTAssertTrue(violation?.explanation.contains("raw pointers") == true, violation?.explanation ?? "")
        }
    }

    /// `unsafe` would silence the compiler's errors: the source rules refuse it before compiling
    /// (rule `no-unsafe`), where the compiler alone would accept the code.
    func testMarkingCodeUnsafeIsRejectedByTheSourceRules() async throws {
        let marked = "func cast() -> Int {\n    unsafe unsafeBitCast(1.5, to: Int.self)\n}\n"
        let file = (path: "Sources/Calc/Calc.swift", source: FixtureCourse.solution + marked)
        let violation = SourceRules.check([file], allowances: [])
        XCTAssertEqual(violation?.rule, "no-unsafe")
        XCTAssertEqual(violation?.line, Self.firstLine + 1)
        XCTAssertNil(SourceRules.check([file], allowances: [.unsafe]))
        guard case .built = try await build(marked) else { return XCTFail("the compiler accepts code marked unsafe") }

        let named = "let unsafe = 1\nfunc f() -> Int { unsafe + 1 }\n"
        XCTAssertNil(
            SourceRules.check(
                [(path: "Sources/Calc/Calc.swift", source: FixtureCourse.solution + named)], allowances: []),
            "a variable named unsafe")
        guard case .built = try await build(named) else { return XCTFail("a variable named unsafe compiles") }
    }

    func testOtherErrorsKeepEveryDiagnostic() async throws {
        let result = try await build(
            "func peek(_ x: [UInt8]) -> Int { x.withUnsafeBytes { $0.count } }\nlet n: Int = \"x\"\n")
        guard case .failed(let reason, let diagnostics) = result else { return XCTFail("\(result)") }
        XCTAssertEqual(reason, "your code does not compile")
        XCTAssertTrue(diagnostics.contains("[#StrictMemorySafety]"), diagnostics)
        XCTAssertTrue(diagnostics.contains("cannot convert value of type 'String'"), diagnostics)
    }

    func testAnExerciseThatAllowsUnsafeCompiles() async throws {
        let result = try await build(
            "func peek(_ x: [UInt8]) -> Int {\n    x.withUnsafeBytes { $0.count }\n}\n"
                + "func name(_ p: UnsafePointer<CChar>) -> String { String(cString: p) }\n",
            allowing: [.unsafe])
        guard case .built = result else { return XCTFail("\(result)") }
    }

    func testObjectRulesRejectBeforeLinking() async throws {
        let violation = try await rejection("import Foundation\nfunc quit() {\n    exit(0)\n}\n")
        XCTAssertEqual(violation?.rule, "no-processes")
        XCTAssertEqual(violation?.line, Self.firstLine + 2)
    }

    func testCompilerOutputWithOnlyMemorySafetyErrors() {
        let output = """
            Sources/M/A.swift:4:5: error: expression uses unsafe constructs but is not marked with 'unsafe' [#StrictMemorySafety]
             2 |
             4 |     x.withUnsafeBytes { $0.count }
               |     `- error: expression uses unsafe constructs but is not marked with 'unsafe' [#StrictMemorySafety]
            Sources/M/B.swift:9:1: error: expression uses unsafe constructs but is not marked with 'unsafe' [#StrictMemorySafety]
            Sources/M/B.swift:7:1: warning: variable 'x' was never used

            [#StrictMemorySafety]: <https://docs.swift.org/compiler/documentation/diagnostics/strict-memory-safety>
            """
        let violation = MemorySafetyRule.violation(inCompilerOutput: output)
        XCTAssertEqual(violation?.file, "Sources/M/A.swift")
        XCTAssertEqual(violation?.line, 4)
        XCTAssertNil(MemorySafetyRule.violation(inCompilerOutput: output + "\nSources/M/C.swift:1:1: error: oops\n"))
        XCTAssertNil(MemorySafetyRule.violation(inCompilerOutput: output + "\nerror: link failed\n"))
        XCTAssertNil(MemorySafetyRule.violation(inCompilerOutput: "Sources/M/A.swift:1:1: warning: w\n"))
    }
}
