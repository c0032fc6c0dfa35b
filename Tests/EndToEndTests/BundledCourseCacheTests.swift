import Foundation
import GraderTestSupport
import XCTest

/// The bundled course through the `grade` executable, three times: a student with every reference
/// solution and one with every starter, graded the usual way (each suite compiled per job), then the
/// fast way into an empty cache, then from the cache. Every verdict reads the same each time, and
/// the last run builds nothing.
final class BundledCourseCacheTests: XCTestCase {
    /// This package's root (the bundled course lives there).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    func testTheFastBuildAndTheCacheGiveTheUsualVerdicts() throws {
        let folder = try TemporaryDirectory(prefix: "grade-bundled-cache")
        defer { folder.remove() }
        let fileManager = FileManager.default
        for item in ["grader.yml", "Exercises", "Solutions"] {
            try fileManager.copyItem(
                at: Self.packageRoot.appendingPathComponent(item), to: folder.url.appendingPathComponent(item))
        }
        var rows: [String] = []
        for (identifier, source) in [("reference", "Solutions"), ("starter", "Exercises")] {
            let repo = try GitFixture(at: folder.url.appendingPathComponent("students/\(identifier)"))
            let exercises = try fileManager.contentsOfDirectory(atPath: folder.url.appendingPathComponent(source).path)
            for exercise in exercises {
                let sources = folder.url.appendingPathComponent("\(source)/\(exercise)/Sources")
                guard let files = fileManager.enumerator(atPath: sources.path) else { continue }
                for case let path as String in files where path.hasSuffix(".swift") {
                    _ = try repo.write(
                        try Data(contentsOf: sources.appendingPathComponent(path)), to: "Sources/\(path)")
                }
            }
            _ = try repo.commit("work")
            rows.append("\(identifier),,,\(identifier),\(repo.path)")
        }
        try folder.write(
            (["identifier,github_username,github_id,name,repository"] + rows).joined(separator: "\n") + "\n",
            to: "roster.csv")

        func grade(_ out: String, _ extra: [String] = []) throws -> [String: Any] {
            let run = try CommandLineTests.grade(
                [
                    "--config", folder.url.appendingPathComponent("grader.yml").path, "--out",
                    folder.url.appendingPathComponent(out).path, "--jobs", "2",
                ] + extra)
            XCTAssertEqual(run.status, 0, run.output)
            let data = try Data(contentsOf: folder.url.appendingPathComponent("\(out)/summary.json"))
            return try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        }
        // The usual build (the suite compiled for each job), without the cache; then the fast build
        // (the suite compiled once per exercise) into an empty cache; then from the cache.
        let usual = try grade("usual", ["--no-fast-build", "--no-cache"])
        let first = try grade("first")
        let second = try grade("second")
        XCTAssertNil(usual["cache"])
        XCTAssertEqual(Self.verdicts(first), Self.verdicts(usual), "the fast build and the usual one agree")
        let exercises = Self.exercises(first).count
        XCTAssertEqual(exercises, 30, "15 exercises × 2 students")
        XCTAssertEqual(first["cache"] as? [String: Int], ["hits": 0, "misses": 30])
        XCTAssertEqual(second["cache"] as? [String: Int], ["hits": 30, "misses": 0])
        XCTAssertEqual(Self.exercises(second).filter { $0.value["cached"] as? Bool == true }.count, 30)
        XCTAssertEqual(Self.verdicts(second), Self.verdicts(first))
        XCTAssertEqual(
            Self.exercises(first).filter { $0.key.hasPrefix("reference") }.map { $0.value["score"] as? Double },
            Array(repeating: 10, count: 15))
    }

    /// Each student × exercise of a summary, by "identifier exercise".
    static func exercises(_ summary: [String: Any]) -> [String: [String: Any]] {
        var all: [String: [String: Any]] = [:]
        for student in summary["students"] as? [[String: Any]] ?? [] {
            for exercise in student["exercises"] as? [[String: Any]] ?? [] {
                all["\(student["identifier"] ?? "") \(exercise["id"] ?? "")"] = exercise
            }
        }
        return all
    }

    /// Status, score, message and each test's status, score and message (not durations, not output).
    static func verdicts(_ summary: [String: Any]) -> [String: String] {
        exercises(summary).mapValues { exercise in
            let tests = (exercise["tests"] as? [[String: Any]] ?? []).map {
                "\($0["name"] ?? "") \($0["status"] ?? "") \($0["score"] ?? "") \($0["message"] ?? "")"
            }
            return
                ([exercise["status"], exercise["score"], exercise["message"], exercise["diagnostics"]].map {
                    "\($0 ?? "")"
                } + tests).joined(separator: "\n")
        }
    }
}
