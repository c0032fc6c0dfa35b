import Foundation
import GraderCore
import GraderModel
import GraderTestSupport
import XCTest

/// The fixture course with its hidden suite written in Swift Testing (`FixtureCourse.swiftTestingSuite`),
/// graded end to end: verdicts, messages with source locations and arguments, a crash and an endless
/// loop costing only their own test, a student's own `@Test`s refused, and `grade check`.
final class SwiftTestingEndToEndTests: XCTestCase {
    struct Graded: Sendable {
        let course: FixtureCourse
        let results: [String: ExerciseResult]
    }

    /// The XCTest fixture's correct, crashing and looping students, and three of this suite's own.
    static let submissions: [(String, String)] =
        GradedFixture.submissions.compactMap { identifier, source in
            ["correct", "crash", "endless-loop"].contains(identifier) ? source.map { (identifier, $0) } : nil
        } + [
            ("partial", FixtureCourse.solution.replacingOccurrences(of: "n % 2 == 0", with: "n == 4 || n % 2 == 1")),
            ("own-tests", "import Testing\n" + FixtureCourse.solution + "@Test func free() { #expect(true) }\n"),
            ("starter", FixtureCourse.starter),
        ]

    static let graded = Task { try await grade() }

    static func grade() async throws -> Graded {
        let course = try FixtureCourse(testLimit: "2s", hiddenSuite: FixtureCourse.swiftTestingSuite)
        var roster: [(identifier: String, repository: String)] = []
        for (identifier, source) in submissions {
            let repo = try GitFixture(at: course.folder.url.appendingPathComponent("students/\(identifier)"))
            try repo.write(source, to: "Sources/Calc/Calc.swift")
            _ = try repo.commit("work")
            roster.append((identifier, repo.path))
        }
        try course.writeRoster(roster)
        let loaded = try ConfigLoader.load(course.configFile)
        let stateFolder = course.folder.url.appendingPathComponent(".grade")
        let grader = try Grader(
            course: loaded, roster: try Roster.load(course.rosterFile, template: loaded.repositoryTemplate),
            options: GradingOptions(stateFolder: stateFolder, jobs: 2), toolchain: Toolchain.find(),
            sandbox: try await testSandbox(stateFolder: stateFolder))
        let graded = try await grader.run { _ in }
        var results: [String: ExerciseResult] = [:]
        for student in graded { results[student.identifier] = student.exercises.first }
        return Graded(course: course, results: results)
    }

    func result(_ identifier: String) async throws -> ExerciseResult {
        let results = try await Self.graded.value.results
        return try XCTUnwrap(results[identifier], "no result for \(identifier)")
    }

    func verdicts(_ result: ExerciseResult) -> [String: TestStatus] {
        Dictionary(uniqueKeysWithValues: result.tests.map { ($0.name, $0.status) })
    }

    func testCorrectSolutionPassesEveryTestFunctionOnce() async throws {
        let correct = try await result("correct")
        XCTAssertEqual(correct.status, .graded)
        XCTAssertEqual(
            correct.tests.map(\.name),
            [
                "CalcTests.addSmallNumbers()", "CalcTests.addNegativeNumbers()", "CalcTests.isEvenNumbers(n:)",
                "CalcTests.halfDropsTheRemainder()", "oddIsNotEven()",
            ])
        XCTAssertEqual(correct.tests.map(\.status), Array(repeating: .passed, count: 5))
        XCTAssertEqual(correct.score, 10)
        XCTAssertTrue(correct.tests.allSatisfy { $0.duration != nil && $0.message == nil })
    }

    func testAFailingCaseFailsItsFunctionWithTheArgumentsAndTheSuitesLine() async throws {
        let partial = try await result("partial")
        XCTAssertEqual(partial.status, .graded)
        XCTAssertEqual(partial.score, 6)
        let isEven = try XCTUnwrap(partial.tests.first { $0.name == "CalcTests.isEvenNumbers(n:)" })
        XCTAssertEqual(isEven.status, .failed)
        let message = try XCTUnwrap(isEven.message)
        XCTAssertTrue(message.contains("Expectation failed: isEven(n → 0)"), message)
        XCTAssertTrue(message.contains("0 is even"), message)
        XCTAssertTrue(message.contains("(CalcTests.swift:16)"), message)
        XCTAssertTrue(message.contains("with 1 argument n → 0"), message)
        XCTAssertTrue(message.contains("with 1 argument n → -2"), message)
        XCTAssertFalse(message.contains("n → 4"), "the passing case is not named: \(message)")
        XCTAssertFalse(message.contains("#expect"), "no suite source in messages: \(message)")
        XCTAssertEqual(verdicts(partial)["oddIsNotEven()"], .failed)
    }

    func testACrashCostsOnlyTheRunningTest() async throws {
        let crash = try await result("crash")
        XCTAssertEqual(crash.status, .graded)
        let verdicts = verdicts(crash)
        XCTAssertEqual(verdicts["CalcTests.halfDropsTheRemainder()"], .crashed)
        XCTAssertEqual(crash.tests.filter { $0.status == .passed }.count, 4, "\(verdicts)")
        XCTAssertEqual(crash.score, 8)
    }

    func testAnEndlessLoopTimesOutOnlyItsTest() async throws {
        let loop = try await result("endless-loop")
        let verdicts = verdicts(loop)
        XCTAssertEqual(verdicts["CalcTests.isEvenNumbers(n:)"], .timeout, "\(verdicts)")
        XCTAssertEqual(verdicts["CalcTests.addSmallNumbers()"], .passed)
        XCTAssertEqual(verdicts["CalcTests.halfDropsTheRemainder()"], .passed)
    }

    func testAStudentsOwnTestsAreRefused() async throws {
        let own = try await result("own-tests")
        XCTAssertEqual(own.status, .rejected)
        XCTAssertEqual(own.score, 0)
        XCTAssertTrue(own.message?.contains("no-testing") == true, own.message ?? "")
        XCTAssertEqual(own.tests.count, 5)
    }

    func testTheStarterFailsEveryTest() async throws {
        let starter = try await result("starter")
        XCTAssertEqual(starter.score, 0)
        XCTAssertFalse(starter.tests.contains { $0.status == .passed })
    }

    func testCourseCheckPassesAndNamesAReferenceFailure() async throws {
        let course = try FixtureCourse(hiddenSuite: FixtureCourse.swiftTestingSuite)
        defer { course.folder.remove() }
        let checker = { () async throws -> CheckReport in
            let state = course.folder.url.appendingPathComponent(".grade")
            return try await CourseChecker(
                course: try ConfigLoader.load(course.configFile), toolchain: try Toolchain.find(),
                sandbox: try await testSandbox(stateFolder: state), stateFolder: state, jobs: 2
            ).check(repeats: 1)
        }
        let healthy = try await checker()
        XCTAssertEqual(healthy.problems, [])
        XCTAssertEqual(healthy.exercises.first?.tests, 5)
        XCTAssertEqual(healthy.exercises.first?.referenceScores, [10])
        XCTAssertEqual(healthy.exercises.first?.starterScore, 0)

        let config = try String(contentsOf: course.configFile, encoding: .utf8)
        try course.folder.write(
            config.replacingOccurrences(
                of: "    points: 10\n", with: "    points: 10\n    weights: {CalcTests.halfDropsTheRemainder: 2}\n"),
            to: "grader.yml")
        let misweighted = try await checker()
        XCTAssertEqual(
            misweighted.problems,
            [
                "exercise 'calc': weights: 'CalcTests.halfDropsTheRemainder' names no hidden test, so it weighs nothing: did you mean 'CalcTests.halfDropsTheRemainder()'?"
            ])
        try course.folder.write(config, to: "grader.yml")

        try course.folder.write(
            FixtureCourse.swiftTestingSuite.replacingOccurrences(
                of: "@Test func oddIsNotEven() { #expect(!isEven(7), \"7 is odd\") }",
                with: "@Test func oddIsNotEven() { XCTAssertFalse(isEven(7)) }"),
            to: "Exercises/calc/Tests/CalcTests/CalcTests.swift")
        let mixed = try await checker()
        XCTAssertTrue(
            mixed.problems.contains { $0.contains("`XCTAssertFalse` in a Swift Testing suite") }, "\(mixed.problems)")
    }
}

extension SwiftTestingEndToEndTests {
    func testASkippedTestIsNotRunWithItsReason() async throws {
        let course = try FixtureCourse(
            hiddenSuite: FixtureCourse.swiftTestingSuite
                + "@Test(.disabled(\"kept for next year\")) func notYet() { #expect(add(1, 1) == 3) }\n")
        defer { course.folder.remove() }
        let repo = try GitFixture(at: course.folder.url.appendingPathComponent("students/ada"))
        try repo.write(FixtureCourse.solution, to: "Sources/Calc/Calc.swift")
        _ = try repo.commit("work")
        try course.writeRoster([("ada", repo.path)])
        let loaded = try ConfigLoader.load(course.configFile)
        let stateFolder = course.folder.url.appendingPathComponent(".grade")
        let graded = try await Grader(
            course: loaded, roster: try Roster.load(course.rosterFile, template: nil),
            options: GradingOptions(stateFolder: stateFolder, jobs: 2), toolchain: Toolchain.find(),
            sandbox: try await testSandbox(stateFolder: stateFolder)
        ).run { _ in }
        let calc = try XCTUnwrap(graded.first?.exercises.first)
        let notYet = try XCTUnwrap(calc.tests.first { $0.name == "notYet()" })
        XCTAssertEqual(notYet.status, .notRun)
        XCTAssertEqual(notYet.message, "the test was skipped: \"kept for next year\"")
        XCTAssertEqual(calc.tests.filter { $0.status == .passed }.count, 5)
    }
}
