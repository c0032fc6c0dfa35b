import Foundation
import GraderTestSupport
import XCTest

/// `grade similarity` after a grading: the commits graded, read from the clone cache, compared.
final class SimilarityCommandTests: XCTestCase {
    func testComparesTheGradedSubmissionsAndWritesJSONAndCSV() throws {
        let fixture = try ShardFixture()
        defer { fixture.remove() }
        let config = ["--config", fixture.course.configFile.path]
        let reports = fixture.folder.appendingPathComponent("reports")
        let graded = try CommandLineTests.grade(config + ["--out", reports.path])
        XCTAssertEqual(graded.status, 0, graded.output)

        let out = fixture.folder.appendingPathComponent("similarity")
        let run = try CommandLineTests.grade(["similarity"] + config + ["--results", reports.path, "--out", out.path])
        XCTAssertEqual(run.status, 0, run.output)
        // s0 and s4 hand in the solution (each with a comment of their own); s1 and s5 the starter;
        // s2 and s6 code that does not compile; s3 and s7 have no repository.
        XCTAssertTrue(run.output.contains("calc: 6 submissions, "), run.output)
        XCTAssertTrue(run.output.contains("(highest 1.00: s0@example.edu and s4@example.edu)"), run.output)
        XCTAssertTrue(run.output.contains("not a verdict"), run.output)
        let json = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("similarity.json")))
                as? [String: Any])
        XCTAssertEqual(json["schema"] as? String, "grade-similarity/1")
        let calc = try XCTUnwrap((json["exercises"] as? [[String: Any]])?.first)
        let pairs = try XCTUnwrap(calc["pairs"] as? [[String: Any]])
        XCTAssertEqual(pairs.first?["first"] as? String, "s0@example.edu")
        XCTAssertEqual(pairs.first?["second"] as? String, "s4@example.edu")
        XCTAssertEqual(pairs.first?["similarity"] as? Double, 1)
        XCTAssertFalse(
            pairs.contains {
                ($0["first"] as? String) == "s1@example.edu" || ($0["second"] as? String) == "s1@example.edu"
            },
            "the untouched starter shares nothing: \(pairs)")
        let unparsed = try XCTUnwrap(calc["unparsed"] as? [String: [String]])
        XCTAssertEqual(unparsed["s2@example.edu"], ["Calc.swift"])
        let schema = SchemaValidator.schemasFolder.appendingPathComponent("grade-similarity-1.schema.json")
        let verdict = try XCTUnwrap(
            SchemaValidator.validate([out.appendingPathComponent("similarity.json")], against: "#", of: schema))
        XCTAssertTrue(verdict.valid, verdict.report)
        let csv = try String(contentsOf: out.appendingPathComponent("similarity.csv"), encoding: .utf8)
        XCTAssertTrue(csv.hasPrefix("exercise,first,second,similarity,"), csv)
        XCTAssertTrue(csv.contains("calc,s0@example.edu,s4@example.edu,1.000,1.000,1.000,"), csv)

        // The same after every grading, with `similarity:` in grader.yml.
        let yaml = try String(contentsOf: fixture.course.configFile, encoding: .utf8)
        try (yaml + "similarity: {out: private/similarity}\n").write(
            to: fixture.course.configFile, atomically: true, encoding: .utf8)
        let switched = try CommandLineTests.grade(config + ["--out", reports.path])
        XCTAssertEqual(switched.status, 0, switched.output)
        let index = fixture.folder.appendingPathComponent("private/similarity/index.html")
        XCTAssertTrue(switched.output.contains("similarity (instructors only): \(index.path)"), switched.output)
        XCTAssertTrue(FileManager.default.fileExists(atPath: index.path))
        XCTAssertTrue(
            FileManager.default.fileExists(
                atPath: fixture.folder.appendingPathComponent("private/similarity/pairs/calc/1.html").path))

        let unknown = try CommandLineTests.grade(
            ["similarity"] + config + ["--results", reports.path, "--exercise", "nope"])
        XCTAssertNotEqual(unknown.status, 0)
        XCTAssertTrue(unknown.output.contains("no exercise named nope"), unknown.output)
    }
}
