import Foundation
import GraderModel
import GraderSandbox
import GraderTestSupport
import XCTest

@testable import GraderCore

/// The Swift Testing harness on its own, without the rules in front of it: a student module that
/// imports Testing and declares tests named like the hidden suite's (which `no-testing` and the
/// object check refuse before anything is linked) still adds no test and passes none.
final class SwiftTestingHarnessTests: XCTestCase {
    func testAStudentModulesOwnTestsAreNeitherRunNorReported() async throws {
        let work = try TemporaryDirectory(prefix: "grade-harness")
        defer { work.remove() }
        let student = FixtureCourse.solution.replacingOccurrences(of: "{ a + b }", with: "{ 0 }")
        try work.write(
            "import Testing\n" + student + """
                @Test func addSmallNumbers() { }
                struct CalcTests {
                    @Test func addSmallNumbers() { }
                    @Test func addNegativeNumbers() { }
                }

                """, to: "Calc.swift")
        try work.write(FixtureCourse.swiftTestingSuite, to: "CalcTests.swift")
        let suite = try TestListScanner.scan([("CalcTests.swift", FixtureCourse.swiftTestingSuite)])
        try work.write(HarnessGenerator.mainSwift(for: suite, testModule: "CalcTests"), to: "main.swift")
        let swiftc = try Toolchain.find().swiftc.path
        let path = { (name: String) in work.url.appendingPathComponent(name).path }
        for arguments in [
            [
                "-swift-version", "5", "-parse-as-library", "-enable-testing", "-module-name", "Calc",
                "-emit-module", "-emit-module-path", path("Calc.swiftmodule"), "-c", "-o", path("Calc.o"),
                path("Calc.swift"),
            ],
            [
                "-swift-version", "5", "-module-name", "CalcTests", "-I", work.url.path, "-o", path("tests"),
                path("CalcTests.swift"), path("main.swift"), path("Calc.o"),
            ],
        ] {
            let compiled = try Spawn.run([swiftc] + arguments)
            XCTAssertEqual(compiled.status, 0, compiled.output)
        }

        let stateFolder = work.url.appendingPathComponent(".grade")
        let runner = TestRunner(
            processRunner: ProcessRunner(), sandbox: try await testSandbox(stateFolder: stateFolder))
        let outcome = try await runner.run(
            binary: TestBinary(executable: work.url.appendingPathComponent("tests")), testModule: "CalcTests",
            suite: suite,
            limits: .defaults, folder: work.url)
        XCTAssertEqual(Set(outcome.verdicts.keys), Set(suite.testNames), "only the hidden suite's tests are reported")
        XCTAssertEqual(outcome.verdicts["CalcTests.addSmallNumbers()"]?.status, .failed)
        XCTAssertEqual(outcome.verdicts["CalcTests.addNegativeNumbers()"]?.status, .failed)
        XCTAssertEqual(outcome.verdicts["CalcTests.halfDropsTheRemainder()"]?.status, .passed)
        XCTAssertEqual(outcome.forgedLines, 0)
    }
}
