import Foundation
import GraderCore
import GraderModel
import GraderTestSupport
import XCTest

/// The course this repository ships: a student made of the reference solutions gets full marks on
/// every exercise, and one made of the starter code compiles and gets zero.
final class BundledCourseTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func testReferenceSolutionsGetFullMarksAndStartersCompileAndGetZero() async throws {
        let course = try ConfigLoader.load(Self.root.appendingPathComponent("grader.yml"))
        let folder = try TemporaryDirectory(prefix: "grade-bundled")
        defer { folder.remove() }
        var rows: [String] = ["identifier,github_username,github_id,name,repository"]
        for (identifier, source) in [("reference", "Solutions"), ("starter", "Exercises")] {
            let repo = try GitFixture(at: folder.url.appendingPathComponent(identifier))
            for exercise in course.exercises {
                let sources = Self.root.appendingPathComponent("\(source)/\(exercise.id)/Sources/\(exercise.module)")
                for file in try FileManager.default.contentsOfDirectory(atPath: sources.path) {
                    try repo.write(
                        try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8),
                        to: "Sources/\(exercise.module)/\(file)")
                }
            }
            _ = try repo.commit(identifier)
            rows.append("\(identifier),,,,\(repo.path)")
        }
        try folder.write(rows.joined(separator: "\n") + "\n", to: "roster.csv")
        let roster = try Roster.load(folder.url.appendingPathComponent("roster.csv"), template: nil)
        let grader = try Grader(
            course: course, roster: roster,
            options: GradingOptions(stateFolder: folder.url.appendingPathComponent(".grade")),
            toolchain: Toolchain.find())
        let results = Dictionary(uniqueKeysWithValues: try await grader.run { _ in }.map { ($0.identifier, $0) })

        let reference = try XCTUnwrap(results["reference"])
        for exercise in reference.exercises {
            XCTAssertEqual(
                exercise.status, .graded, "\(exercise.id): \(exercise.message ?? "") \(exercise.diagnostics ?? "")")
            XCTAssertEqual(
                exercise.score, exercise.maxScore, "\(exercise.id): \(exercise.tests.filter { $0.status != .passed })")
            XCTAssertGreaterThanOrEqual(exercise.tests.count, 8, "\(exercise.id) needs at least 8 hidden tests")
        }
        let starter = try XCTUnwrap(results["starter"])
        for exercise in starter.exercises {
            XCTAssertEqual(
                exercise.status, .graded, "\(exercise.id): the starter must compile: \(exercise.diagnostics ?? "")")
            XCTAssertEqual(
                exercise.score, 0,
                "\(exercise.id): the starter passes \(exercise.tests.filter { $0.status == .passed }.map(\.name))")
        }
    }
}
