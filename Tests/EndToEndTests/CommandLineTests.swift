import Foundation
import GraderTestSupport
import XCTest

/// The `grade` executable on a course outside this repository.
final class CommandLineTests: XCTestCase {
    /// `swift build --build-tests` puts the executable beside the test bundle.
    static let executable = Bundle.main.bundleURL.appendingPathComponent("grade")

    struct Run {
        var status: Int32
        var output: String
    }

    func grade(_ arguments: [String]) throws -> Run {
        try Self.grade(arguments)
    }

    /// Variables that could give `grade` credentials of its own (see `grade(_:environment:)`).
    static let credentialVariables: Set = [
        "SSH_AUTH_SOCK", "GRADE_TOKEN", "GITHUB_TOKEN", "GRADE_SSH_KEY", "GRADE_SSH_KEY_PASSPHRASE",
    ]

    /// Runs the `grade` executable with `arguments`: its exit status and its output and errors together.
    /// With `environment`, it runs with those variables added to a copy of ours from which every
    /// variable that could give it credentials of its own is removed.
    static func grade(_ arguments: [String], environment: [String: String]? = nil) throws -> Run {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        if let environment {
            process.environment = ProcessInfo.processInfo.environment
                .filter { !credentialVariables.contains($0.key) }
                .merging(environment) { $1 }
        }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: output)
    }

    func testGradesACourseOutsideTheRepository() throws {
        XCTAssertTrue(
            FileManager.default.isExecutableFile(atPath: Self.executable.path),
            "build the executable first: swift build --build-tests")
        let course = try FixtureCourse()
        defer { course.folder.remove() }
        let student = try GitFixture(at: course.folder.url.appendingPathComponent("students/ann"))
        try student.write(FixtureCourse.solution, to: "Sources/Calc/Calc.swift")
        _ = try student.commit("done")
        try course.writeRoster([("ann", "students/ann"), ("bob", "students/bob-missing")])
        let out = course.folder.url.appendingPathComponent("out")

        let run = try grade([
            "--config", course.configFile.path, "--out", out.path, "--jobs", "2", "--only", "ann", "--exercise", "calc",
        ])
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(run.output.contains("graded 1 of 1 students"), run.output)
        XCTAssertTrue(run.output.contains("[1/1] ann: 10/10"), run.output)
        for file in ["summary.json", "index.html", "grades.csv", "students/ann.json", "students/ann.html"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), file)
        }
        let summary = try String(contentsOf: out.appendingPathComponent("summary.json"), encoding: .utf8)
        XCTAssertTrue(
            summary.contains("\"sandbox\" : \"bubblewrap\""), "auto picks bubblewrap here: \(summary.prefix(300))")
        XCTAssertTrue(
            FileManager.default.fileExists(atPath: course.folder.url.appendingPathComponent(".grade/repos/ann").path),
            "the clone cache sits beside the output folder")
    }

    func testRegradesComeFromTheCacheUnlessNoCacheIsGiven() throws {
        let course = try FixtureCourse()
        defer { course.folder.remove() }
        let student = try GitFixture(at: course.folder.url.appendingPathComponent("students/ann"))
        try student.write(FixtureCourse.solution, to: "Sources/Calc/Calc.swift")
        _ = try student.commit("done")
        try course.writeRoster([("ann", "students/ann")])
        let out = course.folder.url.appendingPathComponent("out")
        func gradeAnn(_ extra: [String] = []) throws -> (output: String, summary: String) {
            let run = try grade(["--config", course.configFile.path, "--out", out.path] + extra)
            XCTAssertEqual(run.status, 0, run.output)
            return (run.output, try String(contentsOf: out.appendingPathComponent("summary.json"), encoding: .utf8))
        }

        let cold = try gradeAnn()
        XCTAssertTrue(cold.output.contains("cache: 0 of 1 results reused"), cold.output)
        let warm = try gradeAnn()
        XCTAssertTrue(warm.output.contains("cache: 1 of 1 results reused"), warm.output)
        XCTAssertTrue(warm.output.contains("[1/1] ann: 10/10"), warm.output)
        XCTAssertTrue(warm.summary.contains("\"cached\" : true"), warm.summary)
        let verdict = try XCTUnwrap(
            SchemaValidator.validate([out.appendingPathComponent("summary.json")], against: "#"))
        XCTAssertTrue(verdict.valid, verdict.report)
        let students = try XCTUnwrap(
            SchemaValidator.validate([out.appendingPathComponent("students/ann.json")], against: "#/$defs/student"))
        XCTAssertTrue(students.valid, students.report)

        let uncached = try gradeAnn(["--no-cache"])
        XCTAssertFalse(uncached.output.contains("cache:"), uncached.output)
        XCTAssertTrue(uncached.output.contains("[1/1] ann: 10/10"), uncached.output)
        XCTAssertFalse(uncached.summary.contains("\"cache"), uncached.summary)
    }

    func testSandboxNoneIsWarnedAboutAndRecorded() throws {
        let course = try FixtureCourse()
        defer { course.folder.remove() }
        try course.writeRoster([])
        let out = course.folder.url.appendingPathComponent("out")
        let run = try grade(["--config", course.configFile.path, "--out", out.path, "--sandbox", "none"])
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(run.output.contains("warning: --sandbox none"), run.output)
        let summary = try String(contentsOf: out.appendingPathComponent("summary.json"), encoding: .utf8)
        XCTAssertTrue(summary.contains("\"sandbox\" : \"none\""), summary)
    }

    func testBrokenConfigStopsBeforeGradingAndNamesFileLineAndKey() throws {
        let course = try FixtureCourse()
        defer { course.folder.remove() }
        try course.folder.write(
            "course: c\nroster: roster.csv\nexercises:\n  - id: calc\n    points: ten\n", to: "grader.yml")
        let run = try grade([
            "--config", course.configFile.path, "--out", course.folder.url.appendingPathComponent("out").path,
        ])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.output.contains("grader.yml:5: exercises[0].points"), run.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: course.folder.url.appendingPathComponent("out").path))
    }

    func testUnknownExerciseIsAClearError() throws {
        let course = try FixtureCourse()
        defer { course.folder.remove() }
        let run = try grade([
            "--config", course.configFile.path, "--exercise", "nope", "--out",
            course.folder.url.appendingPathComponent("out").path,
        ])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.output.contains("no exercise named nope"), run.output)
    }
}
