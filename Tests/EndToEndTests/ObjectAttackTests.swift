import Foundation
import GraderCore
import GraderModel
import GraderTestSupport
import XCTest

/// The attacks of `Attacks` that need an API, raw memory or a linker trick, graded end to end on
/// an exercise that allows nothing: each is rejected before its code is linked, let alone run,
/// with the rule that caught it; a correct submission in the same run is graded normally.
final class ObjectAttackTests: XCTestCase {
    /// identifier → the rules that may catch it (the first refused symbol the object lists).
    static let expected: [String: Set<String>] = [
        "exit-zero": ["no-processes"], "fake-summary-then-exit": ["no-processes"],
        "write-every-descriptor": ["memory-safety"], "ignore-sigterm": ["no-signals"],
        "setsid-daemon": ["memory-safety"], "fork-bomb": ["memory-safety"], "fill-disks": ["no-files"],
        "read-hidden-tests": ["no-files"], "read-classmate": ["no-files"], "read-own-binary": ["no-files"],
        "network": ["memory-safety"], "kill-everyone": ["no-processes"], "kill-parent": ["no-processes"],
        // Issue 9: code before main, replacing the C library's `write`, raw memory, /proc/self.
        "init-array": ["no-code-before-main"], "c-write": ["no-c-symbols"], "raw-memory": ["memory-safety"],
        "reopen-result-file": ["no-files"], "environment": ["no-environment"],
    ]

    static let more: [(String, String)] = [
        (
            "init-array",
            Attacks.submission(
                "    return a + b", top: "@used @section(\".init_array\") let early: @convention(c) () -> Void = { }")
        ),
        (
            "c-write",
            Attacks.submission(
                "    return a + b", top: "@c(write) func write(_ fd: Int32, _ b: Int, _ n: Int) -> Int { n }")
        ),
        (
            "raw-memory",
            Attacks.submission("    UnsafeRawPointer(bitPattern: 0x1000)!.load(as: Int.self)")
        ),
        (
            "reopen-result-file",
            Attacks.submission(
                "    FileHandle(forWritingAtPath: \"/proc/self/fd/4\")?.write(Data(\"x\".utf8))\n    return a + b")
        ),
        ("environment", Attacks.submission("    ProcessInfo.processInfo.environment.count")),
    ]

    static let graded = Task { () async throws -> [String: ExerciseResult] in
        let course = try FixtureCourse(testLimit: "2s")
        let attacks = Attacks.all(hiddenSuite: "/nonexistent", classmate: "/nonexistent", port: 9).filter {
            expected[$0.0] != nil
        }
        var rows: [(identifier: String, repository: String)] = []
        for (identifier, source) in attacks + more + [("control", FixtureCourse.solution)] {
            let repo = try GitFixture(at: course.folder.url.appendingPathComponent("students/\(identifier)"))
            try repo.write(source, to: "Sources/Calc/Calc.swift")
            _ = try repo.commit(identifier)
            rows.append((identifier, repo.path))
        }
        try course.writeRoster(rows)
        let stateFolder = course.folder.url.appendingPathComponent(".grade")
        let grader = try Grader(
            course: ConfigLoader.load(course.configFile), roster: Roster.load(course.rosterFile, template: nil),
            options: GradingOptions(stateFolder: stateFolder, jobs: 2), toolchain: Toolchain.find(),
            sandbox: try await testSandbox(stateFolder: stateFolder))
        let results = try await grader.run { _ in }
        return Dictionary(
            uniqueKeysWithValues: results.compactMap { student in
                student.exercises.first.map { (student.identifier, $0) }
            })
    }

    func testEveryAttackIsRejectedBeforeLinkingWithItsRule() async throws {
        let results = try await Self.graded.value
        XCTAssertEqual(results.count, Self.expected.count + 1)
        for (identifier, rules) in Self.expected.sorted(by: { $0.key < $1.key }) {
            let exercise = try XCTUnwrap(results[identifier], identifier)
            let message = exercise.message ?? ""
            XCTAssertEqual(exercise.status, .rejected, "\(identifier): \(message)")
            XCTAssertEqual(exercise.score, 0, identifier)
            XCTAssertTrue(
                rules.contains { message.hasPrefix("rule \($0): Sources/Calc/Calc.swift") }, "\(identifier): \(message)"
            )
            XCTAssertTrue(exercise.tests.allSatisfy { $0.status == .notRun }, identifier)
        }
    }

    func testACorrectSubmissionInTheSameRunIsGraded() async throws {
        let results = try await Self.graded.value
        let control = try XCTUnwrap(results["control"])
        XCTAssertEqual(control.status, .graded, control.message ?? "")
        XCTAssertEqual(control.score, 10)
    }
}
