import Foundation
import GraderCore
import GraderTestSupport
import XCTest

/// `grade template` on the bundled course: what students start from.
final class TemplateTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    func course() throws -> Course { try ConfigLoader.load(Self.root.appendingPathComponent("grader.yml")) }

    func testNoHiddenTestOrSolutionReachesTheTemplate() throws {
        let out = try TemporaryDirectory(prefix: "grade-template")
        defer { out.remove() }
        let files = try TemplateWriter.write(course(), to: out.url.appendingPathComponent("t"))
        let written = try files.map {
            try Data(contentsOf: out.url.appendingPathComponent("t/\($0)"))
        }
        var secret: [URL] = []
        for folder in ["Exercises", "Solutions"] {
            let base = Self.root.appendingPathComponent(folder)
            let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                guard url.pathExtension == "swift" else { continue }
                if folder == "Solutions" || url.path.contains("/Tests/") { secret.append(url) }
            }
        }
        XCTAssertGreaterThanOrEqual(secret.count, 30, "the scan must see the hidden suites and solutions")
        for url in secret {
            let contents = try Data(contentsOf: url)
            XCTAssertFalse(written.contains(contents), "\(url.path) reached the template")
        }
        XCTAssertTrue(files.contains("Package.swift") && files.contains("README.md") && files.contains(".gitignore"))
        XCTAssertTrue(files.contains("Sources/Operators/Operators.swift"), "\(files)")
        XCTAssertTrue(files.contains { $0.hasPrefix("Tests/OperatorsTests/") }, "public sample tests are included")
    }

    func testRefusesToOverwriteAFolder() throws {
        let out = try TemporaryDirectory(prefix: "grade-template")
        defer { out.remove() }
        try out.write("mine\n", to: "notes.txt")
        XCTAssertThrowsError(try TemplateWriter.write(course(), to: out.url)) { error in
            XCTAssertTrue("\(error)".contains("is not empty"), "\(error)")
        }
    }

    /// The template builds with SwiftPM, its sample tests pass once the reference solutions are in,
    /// and that repository, pushed as a student would, grades to full marks.
    func testTemplateBuildsAndWithTheSolutionsPassesSwiftTestAndGradesFull() async throws {
        let course = try course()
        let work = try TemporaryDirectory(prefix: "grade-template")
        defer { work.remove() }
        let repo = work.url.appendingPathComponent("student")
        try TemplateWriter.write(course, to: repo)
        let scratch = work.url.appendingPathComponent("scratch").path
        let build = try swift(["build", "--build-tests", "--scratch-path", scratch], in: repo)
        XCTAssertEqual(build.status, 0, build.output)

        for exercise in course.exercises {
            let solution = Self.root.appendingPathComponent("Solutions/\(exercise.id)/Sources/\(exercise.module)")
            for file in try FileManager.default.contentsOfDirectory(atPath: solution.path) {
                let target = repo.appendingPathComponent("Sources/\(exercise.module)/\(file)")
                try? FileManager.default.removeItem(at: target)
                try FileManager.default.copyItem(at: solution.appendingPathComponent(file), to: target)
            }
        }
        let test = try swift(["test", "--scratch-path", scratch], in: repo)
        XCTAssertEqual(test.status, 0, test.output)
        XCTAssertTrue(test.output.contains("with 0 failures"), test.output)
        // The public tests of `functions` and `recursion` are in Swift Testing: `swift test` runs them too.
        XCTAssertNotNil(
            test.output.range(of: #"✔ Test run with 6 tests in \d+ suites? passed"#, options: .regularExpression),
            test.output)

        let git = try GitFixture(at: repo)
        _ = try git.commit("reference solutions")
        try work.write("identifier,github_username,github_id,name,repository\nref,,,,student\n", to: "roster.csv")
        let grader = try Grader(
            course: course, roster: Roster.load(work.url.appendingPathComponent("roster.csv"), template: nil),
            options: GradingOptions(stateFolder: work.url.appendingPathComponent(".grade")),
            toolchain: Toolchain.find(),
            sandbox: try await testSandbox(stateFolder: work.url.appendingPathComponent(".grade")))
        let graded = try await grader.run { _ in }
        let student = try XCTUnwrap(graded.first)
        for exercise in student.exercises {
            let why = "\(exercise.id): \(exercise.status) \(exercise.message ?? "")"
            XCTAssertEqual(exercise.score, exercise.maxScore, why)
        }
        XCTAssertEqual(student.score, Double(course.exercises.count) * 10)
    }

    func swift(_ arguments: [String], in folder: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swift"] + arguments
        process.currentDirectoryURL = folder
        let log = folder.deletingLastPathComponent().appendingPathComponent("swift-\(arguments[0]).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: log), as: UTF8.self))
    }
}
