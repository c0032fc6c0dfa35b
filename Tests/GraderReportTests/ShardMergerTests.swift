import Foundation
import GraderModel
import GraderTestSupport
import XCTest

@testable import GraderReport

/// `grade merge`: shards' folders back into one report, and every refusal.
final class ShardMergerTests: XCTestCase {
    var scratch: TemporaryDirectory!
    /// The fixture's students, in roster order: ada, grace, mallory.
    let roster = ReportFixture.report.students.map(\.identifier)

    override func setUpWithError() throws {
        scratch = try TemporaryDirectory(prefix: "grade-merge-test")
    }

    override func tearDown() {
        scratch?.remove()
    }

    /// Writes shard `index` of `count` holding `students` (identifiers) as `grade --shard` would.
    @discardableResult
    func shard(
        _ index: Int, of count: Int = 2, students: [String], name: String? = nil, version: String = "v1",
        course: String = "become-2-percent", manifest: Bool = true,
        cache: CacheCounts? = CacheCounts(hits: 1, misses: 2),
        generatedAt: Date = ReportFixture.generatedAt
    ) throws -> URL {
        let folder = scratch.url.appendingPathComponent(name ?? "shard-\(index)", isDirectory: true)
        var report = ReportFixture.report
        report.course = course
        report.generatedAt = generatedAt
        report.cache = cache
        report.students = report.students.filter { students.contains($0.identifier) }
        try ReportWriter.write(report, to: folder)
        if manifest {
            try ReportWriter.writeManifest(
                ShardManifest(
                    shard: index, count: count, course: course, courseVersion: version,
                    exercises: ["operators", "loops"], roster: roster, students: report.students.map(\.identifier)),
                to: folder)
        }
        return folder
    }

    func testShardsMergeIntoTheReportOfOneRun() throws {
        let later = ReportFixture.generatedAt.addingTimeInterval(60)
        let one = try shard(1, students: [roster[2], roster[0]], generatedAt: later)
        let two = try shard(2, students: [roster[1]])
        let merged = try ShardMerger.merge([one, two])
        var expected = ReportFixture.report
        expected.cache = CacheCounts(hits: 2, misses: 4)
        XCTAssertEqual(merged, expected, "students in roster order, the earliest shard's time, cache counts summed")
        let folder = scratch.url.appendingPathComponent("merged")
        try ReportWriter.write(merged, to: folder)
        let single = scratch.url.appendingPathComponent("single")
        try ReportWriter.write(expected, to: single)
        for file in ["summary.json", "index.html", "grades.csv", "students/ada.html"] {
            XCTAssertEqual(
                try Data(contentsOf: folder.appendingPathComponent(file)),
                try Data(contentsOf: single.appendingPathComponent(file)), file)
        }
    }

    func testWithoutTheCacheInOneShardTheMergeSaysNothingOfTheCache() throws {
        let one = try shard(1, students: [roster[0], roster[2]], cache: nil)
        let two = try shard(2, students: [roster[1]])
        XCTAssertNil(try ShardMerger.merge([one, two]).cache)
    }

    func testAShardThatDidNotFinishIsRefused() throws {
        let one = try shard(1, students: [roster[0], roster[2]])
        let unfinished = try shard(2, students: [roster[1]], manifest: false)
        assertRefused([one, unfinished], saying: "\(unfinished.path): this shard is incomplete (no shard.json")
        try shard(2, students: [roster[1]])
        try FileManager.default.removeItem(at: unfinished.appendingPathComponent("summary.json"))
        assertRefused([one, unfinished], saying: "incomplete (no summary.json)")
    }

    func testASummaryThatDoesNotMatchItsManifestIsRefused() throws {
        let one = try shard(1, students: [roster[0], roster[2]])
        let two = try shard(2, students: [roster[1]])
        var report = ReportFixture.report
        report.students = [report.students[1], report.students[2]]
        try ReportWriter.write(report, to: two)
        assertRefused(
            [one, two],
            saying: "summary.json does not match shard.json: results for students it does not list: \(roster[2])")
    }

    func testAStudentInTwoShardsIsRefused() throws {
        let one = try shard(1, students: [roster[0], roster[2]])
        let two = try shard(2, students: [roster[1], roster[2]])
        assertRefused(
            [one, two], saying: "student '\(roster[2])' was graded by more than one shard: \(one.path), \(two.path)")
    }

    func testAMissingShardIsNamed() throws {
        let one = try shard(1, of: 3, students: [roster[0]])
        let three = try shard(3, of: 3, students: [roster[2]])
        assertRefused([one, three], saying: "1 student(s) are in no shard given (missing shard(s): 2/3): \(roster[1])")
    }

    func testTheSameShardTwiceIsRefused() throws {
        let one = try shard(1, students: [roster[0], roster[2]])
        let copy = try shard(1, students: [roster[0], roster[2]], name: "copy")
        assertRefused([one, copy], saying: "shard 1/2 is given twice")
    }

    func testShardsOfDifferentGradingsAreRefused() throws {
        let one = try shard(1, students: [roster[0], roster[2]])
        let otherVersion = try shard(2, students: [roster[1]], name: "v2", version: "v2")
        assertRefused([one, otherVersion], saying: "the shards graded different versions of the course")
        let otherCount = try shard(2, of: 3, students: [roster[1]], name: "three")
        assertRefused(
            [one, otherCount], saying: "different numbers of shards: \(one.path) has '2', \(otherCount.path) has '3'")
        let otherCourse = try shard(2, students: [roster[1]], name: "course", course: "another")
        assertRefused([one, otherCourse], saying: "different courses")
    }

    func testNothingOrNotAFolderIsRefused() throws {
        assertRefused([], saying: "no shard folders given")
        let nowhere = scratch.url.appendingPathComponent("nowhere")
        assertRefused(
            [nowhere], saying: "\(nowhere.path): this shard is incomplete (no such folder: the shard never ran")
        let one = try shard(1, students: [roster[0]])
        try Data("{".utf8).write(to: one.appendingPathComponent("shard.json"))
        assertRefused([one], saying: "shard.json is not a grade-shard/1 file")
    }

    private func assertRefused(_ folders: [URL], saying expected: String, line: UInt = #line) {
        XCTAssertThrowsError(try ShardMerger.merge(folders), line: line) { error in
            XCTAssertTrue("\(error)".contains(expected), "\(error)", line: line)
        }
    }
}

extension ShardMergerTests {
    func testShardJSONMatchesItsSchema() throws {
        let folder = try shard(1, students: [roster[0]])
        let schema = SchemaValidator.schemasFolder.appendingPathComponent("grade-shard-1.schema.json")
        let verdict = try XCTUnwrap(
            SchemaValidator.validate([folder.appendingPathComponent("shard.json")], against: "#", of: schema))
        XCTAssertFalse(verdict.valid, "course_version 'v1' is not a digest:\n\(verdict.report)")
        var manifest = try ReportJSON.decoder().decode(
            ShardManifest.self, from: Data(contentsOf: folder.appendingPathComponent("shard.json")))
        manifest.courseVersion = String(repeating: "ab", count: 32)
        try ReportWriter.writeManifest(manifest, to: folder)
        let fixed = try XCTUnwrap(
            SchemaValidator.validate([folder.appendingPathComponent("shard.json")], against: "#", of: schema))
        XCTAssertTrue(fixed.valid, fixed.report)
    }
}
