import Foundation
import GraderTestSupport
import XCTest

/// `grade --shard I/N` as parallel local processes, `grade merge`, and a shard killed midway.
final class ShardEndToEndTests: XCTestCase {
    func testParallelShardsMergeIntoWhatOneRunWrites() throws {
        let fixture = try ShardFixture()
        defer { fixture.remove() }
        let config = ["--config", fixture.course.configFile.path]
        // Four shards at once, sharing the course's .grade/ (clone cache, result cache).
        let shards = try (1...4).map { index in
            try ShardFixture.start(
                config + [
                    "--shard", "\(index)/4", "--jobs", "1", "--out",
                    fixture.folder.appendingPathComponent("shard-\(index)").path,
                ],
                log: fixture.folder.appendingPathComponent("shard-\(index).log"))
        }
        for (index, shard) in shards.enumerated() {
            shard.waitUntilExit()
            let log = try String(
                contentsOf: fixture.folder.appendingPathComponent("shard-\(index + 1).log"), encoding: .utf8)
            XCTAssertEqual(shard.terminationStatus, 0, log)
            XCTAssertTrue(log.contains("(shard \(index + 1)/4 of a roster of 8)"), log)
        }
        let sizes = try (1...4).map { index in
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: fixture.folder.appendingPathComponent("shard-\(index)/shard.json")))
        }.compactMap { ($0 as? [String: Any])?["students"] as? [String] }.map(\.count)
        XCTAssertEqual(sizes.reduce(0, +), 8, "every student in one shard: \(sizes)")

        let merged = fixture.folder.appendingPathComponent("merged")
        let merge = try CommandLineTests.grade(
            ["merge", merged.path] + (1...4).map { fixture.folder.appendingPathComponent("shard-\($0)").path })
        XCTAssertEqual(merge.status, 0, merge.output)
        XCTAssertTrue(merge.output.contains("merged 4 shard(s): 8 students"), merge.output)
        for file in ["index.html", "grades.csv", "students/s0@example.edu.html", "junit/s1@example.edu.xml"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: merged.appendingPathComponent(file).path), file)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: merged.appendingPathComponent("shard.json").path))

        let single = fixture.folder.appendingPathComponent("single")
        let run = try CommandLineTests.grade(config + ["--no-cache", "--out", single.path])
        XCTAssertEqual(run.status, 0, run.output)
        try ShardFixture.assertSameResults(merged, single)
        let csv = { (folder: URL) in
            try String(contentsOf: folder.appendingPathComponent("grades.csv"), encoding: .utf8)
        }
        XCTAssertEqual(try csv(merged), try csv(single))
        let verdict = try XCTUnwrap(
            SchemaValidator.validate([merged.appendingPathComponent("summary.json")], against: "#"))
        XCTAssertTrue(verdict.valid, verdict.report)
    }

    func testAShardKilledMidwayIsRefusedUntilItIsRunAgain() throws {
        let fixture = try ShardFixture()
        defer { fixture.remove() }
        let config = ["--config", fixture.course.configFile.path]
        let one = fixture.folder.appendingPathComponent("shard-1")
        let two = fixture.folder.appendingPathComponent("shard-2")
        let first = try CommandLineTests.grade(config + ["--shard", "1/2", "--out", one.path])
        XCTAssertEqual(first.status, 0, first.output)

        // Shard 2 finishes once, then is graded again and killed once a student is done: its
        // folder holds the old shard.json no more, so the merge must refuse it.
        let done = try CommandLineTests.grade(config + ["--shard", "2/2", "--out", two.path])
        XCTAssertEqual(done.status, 0, done.output)
        let log = fixture.folder.appendingPathComponent("killed.log")
        let killed = try ShardFixture.start(
            config + ["--shard", "2/2", "--no-cache", "--jobs", "1", "--out", two.path], log: log)
        let deadline = Date().addingTimeInterval(120)
        while killed.isRunning, Date() < deadline,
            !((try? String(contentsOf: log, encoding: .utf8)) ?? "").contains("[1/")
        {
            Thread.sleep(forTimeInterval: 0.05)
        }
        XCTAssertTrue(killed.isRunning, "the shard ended before it could be killed midway")
        kill(killed.processIdentifier, SIGKILL)
        killed.waitUntilExit()
        XCTAssertFalse(FileManager.default.fileExists(atPath: two.appendingPathComponent("shard.json").path))

        let merged = fixture.folder.appendingPathComponent("merged")
        let refused = try CommandLineTests.grade(["merge", merged.path, one.path, two.path])
        XCTAssertNotEqual(refused.status, 0)
        XCTAssertTrue(refused.output.contains("\(two.path): this shard is incomplete (no shard.json"), refused.output)
        XCTAssertTrue(refused.output.contains("run its `grade --shard I/N` again"), refused.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: merged.appendingPathComponent("summary.json").path))

        let rerun = try CommandLineTests.grade(config + ["--shard", "2/2", "--out", two.path])
        XCTAssertEqual(rerun.status, 0, rerun.output)
        let merge = try CommandLineTests.grade(["merge", merged.path, one.path, two.path])
        XCTAssertEqual(merge.status, 0, merge.output)
        let single = fixture.folder.appendingPathComponent("single")
        XCTAssertEqual(try CommandLineTests.grade(config + ["--out", single.path]).status, 0)
        try ShardFixture.assertSameResults(merged, single)

        let missing = try CommandLineTests.grade(["merge", merged.path, one.path])
        XCTAssertNotEqual(missing.status, 0)
        XCTAssertTrue(missing.output.contains("(missing shard(s): 2/2)"), missing.output)
    }

    func testAWrongShardIsRefusedBeforeAnythingIsGraded() throws {
        let fixture = try ShardFixture()
        defer { fixture.remove() }
        for (shard, said) in [("3/2", "the shard between 1 and 2"), ("two", "is not I/N")] {
            let run = try CommandLineTests.grade([
                "--config", fixture.course.configFile.path, "--shard", shard, "--out",
                fixture.folder.appendingPathComponent("out").path,
            ])
            XCTAssertNotEqual(run.status, 0)
            XCTAssertTrue(run.output.contains(said), run.output)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: fixture.folder.appendingPathComponent("out").path))
    }
}
