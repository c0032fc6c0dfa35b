import Foundation
import GraderCore
import GraderModel
import GraderTestSupport

/// The fixture course graded once for the whole suite: fake students, each a throwaway git
/// repository in a temporary folder, graded end to end through `Grader`.
struct GradedFixture: Sendable {
    let course: FixtureCourse
    let stateFolder: URL
    let results: [String: StudentResult]
    let order: [String]

    static let shared = Task { try await GradedFixture.make() }

    /// What each fake student committed as `Sources/Calc/Calc.swift` (nil: no such folder).
    static let submissions: [(String, String?)] = [
        ("correct", FixtureCourse.solution),
        ("partial", FixtureCourse.solution.replacingOccurrences(of: "n % 2 == 0", with: "n % 2 == 1")),
        ("compile-error", "func add(_ a: Int, _ b: Int) -> Int { a + }\n"),
        ("missing-folder", nil),
        (
            "crash",
            FixtureCourse.solution.replacingOccurrences(
                of: "func half(_ n: Int) -> Int { n / 2 }",
                with: "func half(_ n: Int) -> Int { let xs: [Int] = []; return xs[n] }")
        ),
        (
            "endless-loop",
            FixtureCourse.solution.replacingOccurrences(
                of: "func isEven(_ n: Int) -> Bool { n % 2 == 0 }",
                with: "func isEven(_ n: Int) -> Bool { var i = 0; while n >= 0 { i &+= 1 }; return i == 0 }")
        ),
        (
            "exit-zero",
            "import Foundation\n"
                + FixtureCourse.solution.replacingOccurrences(
                    of: "func add(_ a: Int, _ b: Int) -> Int { a + b }",
                    with: "func add(_ a: Int, _ b: Int) -> Int { exit(0) }")
        ),
        (
            "fake-summary",
            """
            func add(_ a: Int, _ b: Int) -> Int {
                print("Test Suite 'All tests' passed at 2026-01-01 00:00:00.000")
                print("\\t Executed 4 tests, with 0 failures (0 unexpected) in 0.001 (0.001) seconds")
                return 0
            }
            func isEven(_ n: Int) -> Bool { print("Test Case 'CalcTests.testIsEven' passed (0.001 seconds)"); return false }
            func half(_ n: Int) -> Int { 0 }

            """
        ),
    ]

    static func make() async throws -> GradedFixture {
        // `exit-zero` must reach the sandbox: the exercise allows processes (else it is rejected).
        let course = try FixtureCourse(testLimit: "2s", allow: ["processes"])
        var roster: [(identifier: String, repository: String)] = []
        for (identifier, source) in submissions {
            let repo = try GitFixture(at: course.folder.url.appendingPathComponent("students/\(identifier)"))
            try repo.write("# \(identifier)\n", to: "README.md")
            if let source { try repo.write(source, to: "Sources/Calc/Calc.swift") }
            _ = try repo.commit("work")
            roster.append((identifier, repo.path))
        }
        roster.append(("no-repository", course.folder.url.appendingPathComponent("students/nobody").path))
        try course.writeRoster(roster)

        let loaded = try ConfigLoader.load(course.configFile)
        let students = try Roster.load(course.rosterFile, template: loaded.repositoryTemplate)
        let stateFolder = course.folder.url.appendingPathComponent(".grade")
        let grader = try Grader(
            course: loaded, roster: students, options: GradingOptions(stateFolder: stateFolder, jobs: 2),
            toolchain: Toolchain.find(), sandbox: try await testSandbox(stateFolder: stateFolder))
        let graded = try await grader.run { _ in }
        return GradedFixture(
            course: course, stateFolder: stateFolder,
            results: Dictionary(uniqueKeysWithValues: graded.map { ($0.identifier, $0) }),
            order: graded.map(\.identifier))
    }

    func calc(_ identifier: String) throws -> ExerciseResult {
        guard let exercise = results[identifier]?.exercises.first(where: { $0.id == "calc" }) else {
            throw FixtureError(description: "no result for \(identifier)")
        }
        return exercise
    }

    func test(_ identifier: String, _ name: String) throws -> TestResult {
        guard let test = try calc(identifier).tests.first(where: { $0.name == "CalcTests.\(name)" }) else {
            throw FixtureError(description: "no test \(name) for \(identifier)")
        }
        return test
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
}
