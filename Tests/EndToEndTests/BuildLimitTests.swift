import Foundation
import GraderCore
import GraderModel
import GraderTestSupport
import XCTest

/// The compiler runs with a wall-clock limit: a build past it is that student's `compile_error`.
final class BuildLimitTests: XCTestCase {
    func testBuildPastTheLimitIsACompileErrorWithTheReason() async throws {
        let course = try FixtureCourse()
        defer { course.folder.remove() }
        try course.folder.write(
            "course: fixture\nroster: roster.csv\nexercises: [{id: calc}]\nlimits: {build: 20ms}\n", to: "grader.yml")
        let student = try GitFixture(at: course.folder.url.appendingPathComponent("students/slow"))
        try student.write(FixtureCourse.solution, to: "Sources/Calc/Calc.swift")
        _ = try student.commit("work")
        try course.writeRoster([("slow", student.path)])
        let state = course.folder.url.appendingPathComponent(".grade")
        let grader = try Grader(
            course: ConfigLoader.load(course.configFile), roster: Roster.load(course.rosterFile, template: nil),
            options: GradingOptions(stateFolder: state), toolchain: Toolchain.find(),
            sandbox: try await testSandbox(stateFolder: state))
        let results = try await grader.run { _ in }
        let calc = try XCTUnwrap(results.first?.exercises.first)
        XCTAssertEqual(calc.status, .compileError)
        XCTAssertTrue(calc.message?.contains("the compiler took longer than") == true, calc.message ?? "")
    }
}
