import Foundation
import GraderCore
import GraderModel
import XCTest

/// The bundled course (`grader.yml` at the repository's root) against the tree-based readers: every
/// hidden suite yields tests, and every reference solution and starter file passes the rules with
/// its exercise's allowances.
final class CourseSourceRulesTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    func swiftFiles(in folder: URL) throws -> [(path: String, source: String)] {
        try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "swift" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
            .map { (path: $0.lastPathComponent, source: try String(contentsOf: $0, encoding: .utf8)) }
    }

    func testEveryHiddenSuiteYieldsTestsAndEverySolutionPassesTheRules() throws {
        let course = try ConfigLoader.load(Self.root.appendingPathComponent("grader.yml"))
        XCTAssertFalse(course.exercises.isEmpty)
        for exercise in course.exercises {
            let hidden = try swiftFiles(in: exercise.hiddenTestsFolder)
            XCTAssertFalse(hidden.isEmpty, exercise.id)
            let suite = try TestListScanner.scan(hidden.map { (name: $0.path, source: $0.source) })
            XCTAssertFalse(suite.testNames.isEmpty, exercise.id)

            let publicTests = exercise.folder.appendingPathComponent("Public/\(exercise.module)Tests")
            if FileManager.default.fileExists(atPath: publicTests.path) {
                let files = try swiftFiles(in: publicTests)
                XCTAssertFalse(try TestListScanner.scan(files.map { ($0.path, $0.source) }).testNames.isEmpty)
            }

            let solution = Self.root.appendingPathComponent("Solutions/\(exercise.id)/Sources/\(exercise.module)")
            let starter = exercise.folder.appendingPathComponent("Sources/\(exercise.module)")
            for folder in [solution, starter] {
                let files = try swiftFiles(in: folder)
                XCTAssertFalse(files.isEmpty, folder.path)
                let violation = SourceRules.check(files, allowances: exercise.allowances)
                XCTAssertNil(violation, "\(exercise.id): \(violation?.description ?? "")")
            }
        }
    }
}
