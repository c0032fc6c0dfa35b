import Foundation
import GraderCore
import GraderModel
import GraderTestSupport
import XCTest

/// Exercises with different due dates are graded at different commits of one student.
final class PerExerciseDueTests: XCTestCase {
    func testEachExerciseIsGradedAtTheCommitItsOwnDeadlinePicks() async throws {
        let due = DeadlineFixture.due
        let course = try FixtureCourse(testLimit: "2s")
        defer { course.folder.remove() }
        // A second exercise, `later`, the same functions in module Later, due two days after calc.
        try course.folder.write(
            FixtureCourse.starter, to: "Exercises/later/Sources/Later/Later.swift")
        try course.folder.write(
            FixtureCourse.hiddenSuite.replacingOccurrences(of: "Calc", with: "Later"),
            to: "Exercises/later/Tests/LaterTests/LaterTests.swift")
        try course.folder.write(
            """
            course: fixture
            roster: roster.csv
            exercises:
              - id: calc
                due: 2026-12-07T23:59:00Z
              - id: later
                due: 2026-12-09T23:59:00Z
            limits: {build: 120s, test: 2s}

            """, to: "grader.yml")
        let ada = try GitFixture(at: course.folder.url.appendingPathComponent("students/ada"))
        try course.writeRoster([("ada", ada.path)])
        let loaded = try ConfigLoader.load(course.configFile)
        let roster = try Roster.load(for: loaded)
        func snapshot(at time: Date) async throws {
            _ = try await Snapshotter(students: roster.students, stateFolder: loaded.stateFolder, now: { time }).run()
        }

        // Before calc's deadline: calc done, later broken; after it: calc broken, later done.
        try ada.write(FixtureCourse.solution, to: "Sources/Calc/Calc.swift")
        try ada.write(DeadlineFixture.partial, to: "Sources/Later/Later.swift")
        let first = try ada.commit("calc done")
        try await snapshot(at: due - 3600)
        try ada.write(DeadlineFixture.partial, to: "Sources/Calc/Calc.swift")
        try ada.write(FixtureCourse.solution, to: "Sources/Later/Later.swift")
        let second = try ada.commit("later done")
        try await snapshot(at: due + 86_400)

        let stateFolder = loaded.stateFolder
        let grader = try Grader(
            course: loaded, roster: roster,
            options: GradingOptions(
                stateFolder: stateFolder, jobs: 2,
                deadlines: try Deadlines.load(course: loaded, roster: roster, at: nil)),
            toolchain: Toolchain.find(), sandbox: try await testSandbox(stateFolder: stateFolder))
        let results = try await grader.run { _ in }
        let student = try XCTUnwrap(results.first)
        XCTAssertEqual(student.exercises.map(\.submission?.commit), [first, second])
        XCTAssertEqual(student.exercises.map(\.score), [10, 10])
        XCTAssertEqual(student.exercises.map(\.submission?.due), [due, due + 2 * 86_400])
        XCTAssertEqual(student.score, 20)
        XCTAssertEqual(student.commit, second, "one exercise each: the newer commit")
        XCTAssertEqual(student.head, second)
    }
}
