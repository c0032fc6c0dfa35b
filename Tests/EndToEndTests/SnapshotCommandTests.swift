import Foundation
import GraderCore
import GraderTestSupport
import XCTest

/// `grade snapshot` and `grade --at` as an instructor runs them.
final class SnapshotCommandTests: XCTestCase {
    func grade(_ arguments: [String]) throws -> CommandLineTests.Run {
        try CommandLineTests.grade(arguments)
    }

    /// A course whose roster has ann (two commits), erin (not yet accepted) and bob (no repository).
    func course() throws -> FixtureCourse {
        let course = try FixtureCourse()
        let ann = try GitFixture(at: course.folder.url.appendingPathComponent("students/ann"))
        try ann.write(FixtureCourse.solution, to: "Sources/Calc/Calc.swift")
        _ = try ann.commit("one")
        _ = try ann.commit("two")
        try course.folder.write(
            """
            course: fixture
            roster: roster.csv
            repository: students/{github_username}
            exercises:
              - id: calc
                due: 2026-12-07T23:59:00Z
            extensions: extensions.csv

            """, to: "grader.yml")
        try course.folder.write(
            "identifier,github_username,github_id,name\nann,ann,1,Ann\nerin,,2,Erin\nbob,bob,3,Bob\n", to: "roster.csv")
        try course.folder.write("identifier,exercise,due\n", to: "extensions.csv")
        return course
    }

    func testSnapshotLogsNewCommitsAndSaysHowManyAndHowLong() throws {
        let course = try course()
        defer { course.folder.remove() }
        let first = try grade(["snapshot", "--config", course.configFile.path])
        XCTAssertEqual(first.status, 0, first.output)
        XCTAssertTrue(
            first.output.contains("snapshot: 3 students (1 fetched, 2 not), 2 new commit(s) in "), first.output)
        XCTAssertTrue(first.output.contains("erin: skipped: not yet accepted"), first.output)
        XCTAssertTrue(first.output.contains("warning: bob: could not fetch"), first.output)
        let log = course.folder.url.appendingPathComponent(".grade/seen.jsonl")
        XCTAssertTrue(first.output.contains("log: \(log.path)"), first.output)

        let second = try grade(["snapshot", "--config", course.configFile.path])
        XCTAssertTrue(second.output.contains("0 new commit(s)"), second.output)
        let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        XCTAssertTrue(lines.allSatisfy { $0.contains("\"identifier\":\"ann\"") && $0.contains("\"seen_at\":\"") })
    }

    func testTwoSnapshotProcessesAtOnceLogEachCommitOnce() throws {
        let course = try course()
        defer { course.folder.remove() }
        let processes = try (0..<2).map { _ in
            let process = Process()
            process.executableURL = CommandLineTests.executable
            process.arguments = ["snapshot", "--config", course.configFile.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes { process.waitUntilExit() }
        XCTAssertEqual(processes.map(\.terminationStatus), [0, 0])
        let records = try SeenLog.read(stateFolder: course.folder.url.appendingPathComponent(".grade"))
        XCTAssertEqual(records.warnings, [])
        XCTAssertEqual(records.entries.count, 2, "\(records.entries)")
    }

    func testGradeAtADeadlineBeforeTheSnapshotFindsNothingOnTime() throws {
        let course = try course()
        defer { course.folder.remove() }
        _ = try grade(["snapshot", "--config", course.configFile.path])
        let out = course.folder.url.appendingPathComponent("out")
        let run = try grade([
            "--config", course.configFile.path, "--out", out.path, "--only", "ann", "--at", "2020-01-01T00:00:00Z",
        ])
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(run.output.contains("[1/1] ann: 0/10 (calc missing)"), run.output)
        let json = try String(contentsOf: out.appendingPathComponent("students/ann.json"), encoding: .utf8)
        XCTAssertTrue(json.contains("nothing was submitted by the deadline 2020-01-01T00:00:00Z"), json)
        XCTAssertTrue(json.contains("\"evidence\" : \"seen_log\""), json)
        let summary = try String(contentsOf: out.appendingPathComponent("summary.json"), encoding: .utf8)
        XCTAssertTrue(summary.contains("\"deadline\" : \"2020-01-01T00:00:00Z\""), summary)
    }

    func testBadAtAndBadExtensionsStopBeforeGrading() throws {
        let course = try course()
        defer { course.folder.remove() }
        let out = course.folder.url.appendingPathComponent("out")
        let at = try grade(["--config", course.configFile.path, "--out", out.path, "--at", "tomorrow"])
        XCTAssertNotEqual(at.status, 0)
        XCTAssertTrue(at.output.contains("--at 'tomorrow' is not a date and time"), at.output)

        try course.folder.write(
            "identifier,exercise,due\nann,calc,2026-12-09T23:59:00Z\nzed,*,2026-12-09T23:59:00Z\n", to: "extensions.csv"
        )
        let run = try grade(["--config", course.configFile.path, "--out", out.path])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.output.contains("extensions.csv:3: identifier: no student 'zed' on the roster"), run.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    }
}
