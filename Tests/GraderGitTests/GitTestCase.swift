import Foundation
import GraderGit
import GraderTestSupport
import XCTest

/// Common ground for the GraderGit tests: a scratch folder per test holding the fake students'
/// repositories and the caches, removed afterwards.
class GitTestCase: XCTestCase {
    private(set) var scratch: TemporaryDirectory!

    override func setUpWithError() throws {
        try super.setUpWithError()
        scratch = try TemporaryDirectory(prefix: "grade-git-test")
    }

    override func tearDown() {
        scratch?.remove()
        super.tearDown()
    }

    /// A new, empty repository of a fake student, inside the scratch folder.
    func makeStudent(_ name: String = "ada", branch: String = "main") throws -> GitFixture {
        try GitFixture(at: scratch.url.appendingPathComponent("students/\(name)"), branch: branch)
    }

    /// A student with one commit holding `Sources/Loops/Loops.swift`; returns it and the commit.
    func makeStudentWithCommit(_ name: String = "ada") throws -> (GitFixture, String) {
        let student = try makeStudent(name)
        try student.write("func loop() {}\n", to: "Sources/Loops/Loops.swift")
        let commit = try student.commit("Loops")
        return (student, commit)
    }

    /// Where a cache goes (not created).
    func cacheURL(_ name: String = "ada") -> URL {
        scratch.url.appendingPathComponent("caches/\(name)", isDirectory: true)
    }

    /// The `GitError` that `body` throws, or a test failure and nil when it throws none.
    func gitError(
        _ body: () throws -> Void, file: StaticString = #filePath, line: UInt = #line
    ) -> GitError? {
        do {
            try body()
        } catch let error as GitError {
            return error
        } catch {
            XCTFail("expected a GitError, got \(error)", file: file, line: line)
            return nil
        }
        XCTFail("expected a GitError, got none", file: file, line: line)
        return nil
    }

    /// The names in the caches folder, to prove nothing (or no partial clone) was left behind.
    func cacheFolderContents() -> [String] {
        let caches = scratch.url.appendingPathComponent("caches")
        return ((try? FileManager.default.contentsOfDirectory(atPath: caches.path)) ?? []).sorted()
    }

    func fileExists(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.path)
    }
}
