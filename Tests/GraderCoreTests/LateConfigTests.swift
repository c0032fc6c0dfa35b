import Foundation
import GraderCore
import GraderTestSupport
import XCTest

/// `late:`, `extensions:` and `assignment:` in grader.yml, and their errors.
final class LateConfigTests: XCTestCase {
    var course: FixtureCourse!

    override func setUpWithError() throws {
        course = try FixtureCourse()
    }

    override func tearDown() {
        course.folder.remove()
    }

    private func load(_ yaml: String) throws -> Course {
        try course.folder.write(yaml, to: "grader.yml")
        return try ConfigLoader.load(course.configFile)
    }

    private func error(_ yaml: String) throws -> ConfigError {
        do {
            _ = try load(yaml)
        } catch let error as ConfigError {
            return error
        }
        throw FixtureProblem("grader.yml was accepted:\n\(yaml)")
    }

    func testWithoutLateKeysNothingChanges() throws {
        let loaded = try ConfigLoader.load(course.configFile)
        XCTAssertEqual(loaded.late, .defaults)
        XCTAssertEqual(loaded.late.kind, .onTimeOnly)
        XCTAssertEqual(loaded.assignment, "fixture", "the assignment defaults to the course id")
        XCTAssertNil(loaded.extensions)
        XCTAssertEqual(loaded.stateFolder, course.folder.url.appendingPathComponent(".grade", isDirectory: true))
    }

    func testCourseLatePolicyAndAnExerciseOverride() throws {
        let loaded = try load(
            """
            course: c
            assignment: homework-3
            roster: roster.csv
            extensions: deadlines/extensions.csv
            late: {policy: latest-with-penalty, grace: 15m, penalty_per_day: 10%, max_days: 5}
            exercises:
              - id: calc
                due: 2026-12-07T23:59:00+01:00
                late: {penalty_per_day: 25, grace: 0}
            """)
        XCTAssertEqual(loaded.assignment, "homework-3")
        XCTAssertEqual(loaded.late, LatePolicy(kind: .latestWithPenalty, grace: 900, penaltyPerDay: 10, maxDays: 5))
        XCTAssertEqual(
            loaded.exercises[0].late, LatePolicy(kind: .latestWithPenalty, grace: 0, penaltyPerDay: 25, maxDays: 5))
        XCTAssertEqual(loaded.exercises[0].due, Date(timeIntervalSince1970: 1_796_684_340))
        XCTAssertEqual(loaded.extensions, course.folder.url.appendingPathComponent("deadlines/extensions.csv"))
    }

    func testAPolicyNameAlone() throws {
        let loaded = try load("course: c\nroster: r.csv\nlate: latest-with-penalty\nexercises: [{id: calc}]\n")
        XCTAssertEqual(loaded.late.kind, .latestWithPenalty)
        XCTAssertEqual(loaded.exercises[0].late.kind, .latestWithPenalty)
    }

    func testBadPolicyNamesFileLineAndKey() throws {
        let error = try error("course: c\nroster: r.csv\nexercises:\n  - id: calc\n    late: {policy: lenient}\n")
        XCTAssertEqual(error.file, course.configFile.path)
        XCTAssertEqual(error.line, 5)
        XCTAssertEqual(error.key, "exercises[0].late.policy")
        XCTAssertTrue(error.description.contains("'lenient' is not a late policy"), error.description)
        XCTAssertTrue(error.description.contains("on-time-only or latest-with-penalty"), error.description)
    }

    func testBadGracePenaltyAndMaxDays() throws {
        let cases: [(String, String, String)] = [
            ("late: {grace: soon}", "late.grace", "'soon' is not a duration"),
            ("late: {penalty_per_day: 150%}", "late.penalty_per_day", "'150%' is not a percent"),
            ("late: {penalty_per_day: ten%}", "late.penalty_per_day", "'ten%' is not a percent"),
            ("late: {max_days: -1}", "late.max_days", "at least 0, got '-1'"),
            ("late: {max_days: 2.5}", "late.max_days", "whole number"),
            ("late: {policy: on-time-only, penalty: 5%}", "late.penalty", "unknown key 'penalty'"),
        ]
        for (line, key, text) in cases {
            let error = try error("course: c\nroster: r.csv\n\(line)\nexercises: [{id: calc}]\n")
            XCTAssertEqual(error.key, key, line)
            XCTAssertEqual(error.line, 3, line)
            XCTAssertTrue(error.description.contains(text), "\(line): \(error.description)")
        }
    }

    func testBadDueNamesTheExercise() throws {
        let error = try error("course: c\nroster: r.csv\nexercises:\n  - id: calc\n    due: 2026-12-07\n")
        XCTAssertEqual(error.key, "exercises[0].due")
        XCTAssertEqual(error.line, 5)
    }

    func testDeadlinePrecedenceExtensionThenAtThenDue() throws {
        var exercise = try ConfigLoader.load(course.configFile).exercises[0]
        let due = Date(timeIntervalSince1970: 1_000_000)
        let at = due + 3600
        let extended = due + 86_400
        exercise.due = due
        XCTAssertNil(
            Deadlines.none.deadline(
                for: "ann", exercise: Exercise(id: "x", module: "X", points: 1, folder: course.folder.url)))
        XCTAssertEqual(Deadlines.none.deadline(for: "ann", exercise: exercise)?.due, due)
        XCTAssertEqual(Deadlines(at: at).deadline(for: "ann", exercise: exercise)?.due, at)
        let extensions = Extensions(dues: ["ann": ["*": extended]])
        let withExtension = Deadlines(at: at, extensions: extensions).deadline(for: "ann", exercise: exercise)
        XCTAssertEqual(withExtension?.due, extended)
        XCTAssertEqual(withExtension?.extended, true)
        XCTAssertEqual(
            Deadlines(at: at, extensions: extensions).deadline(for: "bob", exercise: exercise)?.extended, false)
    }
}
