import Foundation
import GraderCore
import GraderModel
import GraderTestSupport
import XCTest

final class ConfigLoaderTests: XCTestCase {
    var course: FixtureCourse!

    override func setUpWithError() throws {
        course = try FixtureCourse()
    }

    override func tearDown() {
        course.folder.remove()
    }

    private func load(_ yaml: String) throws -> ConfigError {
        try course.folder.write(yaml, to: "grader.yml")
        do {
            _ = try ConfigLoader.load(course.configFile)
        } catch {
            return error
        }
        throw FixtureProblem("grader.yml was accepted:\n\(yaml)")
    }

    func testTheFixtureCourseLoads() throws {
        let loaded = try ConfigLoader.load(course.configFile)
        XCTAssertEqual(loaded.id, "fixture")
        XCTAssertEqual(loaded.exercises.map(\.id), ["calc"])
        XCTAssertEqual(loaded.exercises.first?.module, "Calc")
        XCTAssertEqual(loaded.exercises.first?.points, 10)
        XCTAssertEqual(loaded.limits.test, .seconds(3))
        XCTAssertEqual(loaded.limits.output, 16 * 1024)
        XCTAssertEqual(loaded.roster.lastPathComponent, "roster.csv")
    }

    func testUnknownKeyNamesTheFileTheLineAndTheKey() throws {
        let error = try load(
            """
            course: c
            roster: roster.csv
            exercises:
              - id: calc
                pionts: 10
            """)
        XCTAssertEqual(error.file, course.configFile.path)
        XCTAssertEqual(error.line, 5)
        XCTAssertEqual(error.key, "exercises[0].pionts")
        XCTAssertTrue(error.description.contains("unknown key 'pionts'"), error.description)
        XCTAssertTrue(error.description.contains("grader.yml:5: exercises[0].pionts"), error.description)
    }

    func testUnknownTopLevelKey() throws {
        let error = try load("course: c\nroster: r.csv\nexercises: [{id: calc}]\ndeadline: soon\n")
        XCTAssertEqual(error.key, "deadline")
        XCTAssertEqual(error.line, 4)
    }

    func testMissingExerciseFolderIsNamed() throws {
        let error = try load("course: c\nroster: r.csv\nexercises:\n  - id: calc\n  - id: loops\n")
        XCTAssertEqual(error.line, 5)
        XCTAssertEqual(error.key, "exercises[1].id")
        XCTAssertTrue(error.problem.contains("Exercises/loops does not exist"), error.problem)
    }

    func testBadDurationNamesTheKey() throws {
        let error = try load("course: c\nroster: r.csv\nexercises: [{id: calc}]\nlimits:\n  test: ten seconds\n")
        XCTAssertEqual(error.key, "limits.test")
        XCTAssertEqual(error.line, 5)
        XCTAssertTrue(error.problem.contains("'ten seconds' is not a duration"), error.problem)
    }

    func testDuplicateExerciseID() throws {
        let error = try load("course: c\nroster: r.csv\nexercises:\n  - id: calc\n  - id: calc\n")
        XCTAssertTrue(error.problem.contains("duplicate exercise id 'calc'"), error.problem)
        XCTAssertEqual(error.line, 5)
    }

    func testMissingRequiredKey() throws {
        let error = try load("course: c\nexercises: [{id: calc}]\n")
        XCTAssertEqual(error.key, "roster")
    }

    func testBadDueDate() throws {
        let error = try load("course: c\nroster: r.csv\nexercises:\n  - id: calc\n    due: next friday\n")
        XCTAssertEqual(error.key, "exercises[0].due")
        XCTAssertTrue(error.problem.contains("2026-12-07T23:59:00Z"), error.problem)
    }

    func testPerExerciseLimitsOverrideTheCourse() throws {
        try course.folder.write(
            """
            course: c
            roster: r.csv
            limits: {test: 4s, build: 90s}
            exercises:
              - id: calc
                points: 20
                due: 2026-12-07T23:59:00Z
                limits: {test: 500ms}
                weights: {CalcTests.testIsEven: 3}
            """, to: "grader.yml")
        let exercise = try XCTUnwrap(ConfigLoader.load(course.configFile).exercises.first)
        XCTAssertEqual(exercise.limits.test, .milliseconds(500))
        XCTAssertEqual(exercise.limits.build, .seconds(90))
        XCTAssertEqual(exercise.points, 20)
        XCTAssertEqual(exercise.weights, ["CalcTests.testIsEven": 3])
        XCTAssertEqual(exercise.due, try Date("2026-12-07T23:59:00Z", strategy: .iso8601))
    }

    func testSandboxLimitsAreConfigurable() throws {
        try course.folder.write(
            """
            course: c
            roster: r.csv
            limits: {processes: 64, file_size: 1MiB, open_files: 32, cpu: 20s, memory: 256MiB}
            exercises: [{id: calc}]
            """, to: "grader.yml")
        let limits = try ConfigLoader.load(course.configFile).limits
        XCTAssertEqual(limits.processes, 64)
        XCTAssertEqual(limits.fileSize, 1 << 20)
        XCTAssertEqual(limits.openFiles, 32)
        XCTAssertEqual(limits.cpu, .seconds(20))
        XCTAssertEqual(limits.memory, 256 << 20)
        let error = try load("course: c\nroster: r.csv\nexercises: [{id: calc}]\nlimits: {processes: many}\n")
        XCTAssertEqual(error.key, "limits.processes")
    }

    func testTheCacheSizeIsConfigurable() throws {
        XCTAssertEqual(try ConfigLoader.load(course.configFile).cacheSize, 1 << 30, "1 GiB unless grader.yml says")
        try course.folder.write(
            "course: c\nroster: r.csv\nexercises: [{id: calc}]\ncache: {size: 200MiB}\n", to: "grader.yml")
        let loaded = try ConfigLoader.load(course.configFile)
        XCTAssertEqual(loaded.resultCache.maximumSize, 200 << 20)
        XCTAssertEqual(
            loaded.resultCache.folder.path, course.folder.url.appendingPathComponent(".grade/cache/results").path)
        let tiny = try load("course: c\nroster: r.csv\nexercises: [{id: calc}]\ncache: {size: 10KiB}\n")
        XCTAssertTrue(tiny.description.contains("at least 1MiB"), tiny.description)
        let unknown = try load("course: c\nroster: r.csv\nexercises: [{id: calc}]\ncache: {max: 1GiB}\n")
        XCTAssertEqual(unknown.key, "cache.max")
    }

    func testSimilarityIsSwitchedOnByItsKey() throws {
        XCTAssertNil(try ConfigLoader.load(course.configFile).similarity, "off unless grader.yml says")
        try course.folder.write("course: c\nroster: r.csv\nexercises: [{id: calc}]\nsimilarity: {}\n", to: "grader.yml")
        let defaults = try XCTUnwrap(try ConfigLoader.load(course.configFile).similarity)
        XCTAssertEqual(defaults.out.path, course.folder.url.appendingPathComponent("similarity").path)
        XCTAssertEqual(defaults.commonShare, 0.5)
        try course.folder.write(
            "course: c\nroster: r.csv\nexercises: [{id: calc}]\nsimilarity: {out: private/sim, common_share: 0.3}\n",
            to: "grader.yml")
        let chosen = try XCTUnwrap(try ConfigLoader.load(course.configFile).similarity)
        XCTAssertEqual(chosen.out.path, course.folder.url.appendingPathComponent("private/sim").path)
        XCTAssertEqual(chosen.commonShare, 0.3)
        let share = try load("course: c\nroster: r.csv\nexercises: [{id: calc}]\nsimilarity: {common_share: 2}\n")
        XCTAssertTrue(share.description.contains("between 0 and 1"), share.description)
        let unknown = try load("course: c\nroster: r.csv\nexercises: [{id: calc}]\nsimilarity: {k: 5}\n")
        XCTAssertEqual(unknown.key, "similarity.k")
    }

    func testAllowRelaxesRulesPerExerciseAndForTheCourse() throws {
        try course.folder.write(
            """
            course: c
            roster: r.csv
            allow: [environment]
            exercises:
              - id: calc
                allow: [files, dynamic-loading]
            """, to: "grader.yml")
        let exercise = try XCTUnwrap(ConfigLoader.load(course.configFile).exercises.first)
        XCTAssertEqual(exercise.allowances, [.files, .dynamicLoading, .environment])
        XCTAssertEqual(exercise.allowances.sorted(), [.files, .environment, .dynamicLoading])
        XCTAssertEqual(try ConfigLoader.load(self.courseWithoutAllow()).exercises.first?.allowances, [])

        let error = try load("course: c\nroster: r.csv\nexercises:\n  - id: calc\n    allow: [files, everything]\n")
        XCTAssertEqual(error.line, 5)
        XCTAssertTrue(
            error.description.contains("'everything' is not something an exercise can be allowed"), "\(error)")
        XCTAssertTrue(error.description.contains("unsafe, files, processes"), "\(error)")
    }

    private func courseWithoutAllow() throws -> URL {
        try course.folder.write("course: c\nroster: r.csv\nexercises: [{id: calc}]\n", to: "grader.yml")
        return course.configFile
    }

    func testUnreadableFile() {
        XCTAssertThrowsError(try ConfigLoader.load(URL(fileURLWithPath: "/nonexistent/grader.yml"))) { error in
            XCTAssertTrue("\(error)".contains("/nonexistent/grader.yml"), "\(error)")
        }
    }
}

struct FixtureProblem: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
