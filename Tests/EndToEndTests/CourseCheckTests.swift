import Foundation
import GraderCore
import GraderTestSupport
import XCTest

/// `grade check` on small courses in temporary folders, each broken in one way.
final class CourseCheckTests: XCTestCase {
    func check(_ course: FixtureCourse, repeats: Int = 1) async throws -> CheckReport {
        let loaded = try ConfigLoader.load(course.configFile)
        let checker = CourseChecker(
            course: loaded, toolchain: try Toolchain.find(),
            sandbox: try await testSandbox(stateFolder: course.folder.url.appendingPathComponent(".grade")),
            stateFolder: course.folder.url.appendingPathComponent(".grade"), jobs: 2)
        return try await checker.check(repeats: repeats)
    }

    func testAHealthyCourseIsReady() async throws {
        let course = try FixtureCourse()
        defer { course.folder.remove() }
        let report = try await check(course, repeats: 2)
        XCTAssertEqual(report.problems, [])
        XCTAssertEqual(report.exercises.first?.tests, 4)
        XCTAssertEqual(report.exercises.first?.referenceScores, [10, 10])
        XCTAssertEqual(report.exercises.first?.starterScore, 0)
    }

    func testReferenceThatFailsATestIsNamed() async throws {
        let course = try FixtureCourse()
        defer { course.folder.remove() }
        try course.folder.write(
            FixtureCourse.solution.replacingOccurrences(of: "n / 2", with: "n / 2 + 1"),
            to: "Solutions/calc/Sources/Calc/Calc.swift")
        let report = try await check(course)
        XCTAssertEqual(report.problems.count, 1, "\(report.problems)")
        XCTAssertTrue(
            report.problems.first?.contains("the reference solution does not pass CalcTests.testHalf") == true,
            "\(report.problems)")
    }

    func testStarterThatPassesATestIsNamed() async throws {
        let course = try FixtureCourse()
        defer { course.folder.remove() }
        try course.folder.write(
            FixtureCourse.starter.replacingOccurrences(
                of: "func half(_ n: Int) -> Int { fatalError(\"TODO\") }", with: "func half(_ n: Int) -> Int { n / 2 }"),
            to: "Exercises/calc/Sources/Calc/Calc.swift")
        let report = try await check(course)
        XCTAssertEqual(report.problems.count, 1, "\(report.problems)")
        XCTAssertTrue(report.problems.first?.contains("starter code already passes CalcTests.testHalf") == true)
    }

    func testStarterThatDoesNotCompileIsNamed() async throws {
        let course = try FixtureCourse()
        defer { course.folder.remove() }
        try course.folder.write("func add(_ a: Int, _ b: Int) -> Int {\n", to: "Exercises/calc/Sources/Calc/Calc.swift")
        let report = try await check(course)
        XCTAssertTrue(report.problems.first?.contains("starter code must compile") == true, "\(report.problems)")
    }

    func testSuiteWithoutTestsIsNamed() async throws {
        let course = try FixtureCourse()
        defer { course.folder.remove() }
        try course.folder.write(
            "import XCTest\n@testable import Calc\nfinal class CalcTests: XCTestCase {\n    func helper() {}\n}\n",
            to: "Exercises/calc/Tests/CalcTests/CalcTests.swift")
        let report = try await check(course)
        XCTAssertEqual(report.exercises.first?.tests, 0)
        XCTAssertTrue(report.problems.first?.contains("no test found") == true, "\(report.problems)")
    }

    func testFlakyTestIsNamed() async throws {
        let course = try FixtureCourse()
        defer { course.folder.remove() }
        // A test whose verdict alternates between runs: as root each run has a user id of its own
        // (consecutive), elsewhere a counter file outside the job folder changes between runs.
        let counter = course.folder.url.appendingPathComponent("runs").path
        try course.folder.write(
            """
            import Foundation
            import XCTest
            @testable import Calc

            final class CalcTests: XCTestCase {
                func testAdd() { XCTAssertEqual(add(1, 1), 2) }
                func testSometimes() {
                    let runs = (try? String(contentsOfFile: "\(counter)", encoding: .utf8)).flatMap { Int($0) } ?? 0
                    try? String(runs + 1).write(toFile: "\(counter)", atomically: true, encoding: .utf8)
                    XCTAssertEqual((runs + Int(getuid())) % 2, 0, "odd run")
                }
            }

            """, to: "Exercises/calc/Tests/CalcTests/CalcTests.swift")
        let report = try await check(course, repeats: 2)
        XCTAssertTrue(
            report.problems.contains {
                $0.contains("CalcTests.testSometimes is flaky: ") && $0.contains("over 2 runs")
            },
            "\(report.problems)")
        XCTAssertFalse(report.problems.contains { $0.contains("testAdd") }, "\(report.problems)")
    }

    func testExerciseFolderMissingFromGraderYmlIsNamed() async throws {
        let course = try FixtureCourse()
        defer { course.folder.remove() }
        try course.folder.write("# Extra\n", to: "Exercises/extra/README.md")
        try FileManager.default.removeItem(at: course.folder.url.appendingPathComponent("Solutions"))
        let report = try await check(course)
        XCTAssertTrue(report.problems.contains { $0.contains("Exercises/extra is not listed in grader.yml") })
        XCTAssertTrue(report.problems.contains { $0.contains("no reference solution in Solutions/calc") })
    }
}
