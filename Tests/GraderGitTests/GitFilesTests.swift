import Foundation
import GraderGit
import GraderTestSupport
import XCTest

/// `Git.files`: a commit's files below a folder, read from the object database.
final class GitFilesTests: GitTestCase {
    /// Fetches `student` into a fresh cache; returns the cache.
    private func fetched(_ student: GitFixture) throws -> URL {
        let cache = cacheURL()
        XCTAssertNotNil(try Git.fetchHead(from: student.path, into: cache))
        return cache
    }

    func testNestedFilesWithContentsRelativeToTheFolder() throws {
        let student = try makeStudent()
        try student.write("let a = 1\n", to: "Sources/Loops/Loops.swift")
        try student.write("let b = 2\n", to: "Sources/Loops/Helpers/Extra.swift")
        try student.write("let c = 3\n", to: "Sources/Loops/Helpers/Deep/Deeper.swift")
        try student.write("// not ours\n", to: "Sources/Other/Other.swift")
        try student.write("// manifest\n", to: "Package.swift")
        let commit = try student.commit("Files")
        let cache = try fetched(student)

        let files = try Git.files(in: cache, commit: commit, under: "Sources/Loops")

        XCTAssertEqual(
            files,
            [
                GitFile(path: "Helpers/Deep/Deeper.swift", kind: .regular, contents: Data("let c = 3\n".utf8)),
                GitFile(path: "Helpers/Extra.swift", kind: .regular, contents: Data("let b = 2\n".utf8)),
                GitFile(path: "Loops.swift", kind: .regular, contents: Data("let a = 1\n".utf8)),
            ])
        XCTAssertEqual(try Git.files(in: cache, commit: commit, under: "Sources/Loops/"), files)
        XCTAssertEqual(try Git.files(in: cache, commit: commit, under: "./Sources//Loops"), files)
        let all = try Git.files(in: cache, commit: commit, under: "")
        XCTAssertEqual(all.count, 5)
        XCTAssertTrue(all.contains { $0.path == "Package.swift" })
    }

    func testSymlinkIsReportedAsSymlinkWithItsTargetNotFollowed() throws {
        let student = try makeStudent()
        try student.write("let secret = 42\n", to: "Secret.swift")
        try student.symlink("Sources/Loops/Link.swift", to: "../../Secret.swift")
        let commit = try student.commit("Link")
        let cache = try fetched(student)

        let files = try Git.files(in: cache, commit: commit, under: "Sources/Loops")

        XCTAssertEqual(files.count, 1)
        XCTAssertEqual(files.first?.path, "Link.swift")
        XCTAssertEqual(files.first?.kind, .symlink)
        XCTAssertEqual(files.first?.text, "../../Secret.swift")
    }

    func testExecutableBitIsReported() throws {
        let student = try makeStudent()
        try student.write("#!/bin/sh\necho hi\n", to: "Sources/Loops/run.sh", executable: true)
        try student.write("let x = 1\n", to: "Sources/Loops/Plain.swift")
        let commit = try student.commit("Executable")
        let cache = try fetched(student)

        let kinds = try Git.files(in: cache, commit: commit, under: "Sources/Loops")
            .map { [$0.path: $0.kind] }

        XCTAssertEqual(kinds, [["Plain.swift": .regular], ["run.sh": .executable]])
    }

    func testSubmoduleIsReportedWithEmptyContents() throws {
        let student = try makeStudent()
        try student.write("let x = 1\n", to: "Sources/Loops/Loops.swift")
        let first = try student.commit("First")
        try student.submodule("Sources/Loops/Vendor", commit: first)
        let commit = try student.commit("Submodule")
        let cache = try fetched(student)

        let files = try Git.files(in: cache, commit: commit, under: "Sources/Loops")

        XCTAssertEqual(files.map(\.path), ["Loops.swift", "Vendor"])
        XCTAssertEqual(files.last?.kind, .submodule)
        XCTAssertEqual(files.last?.contents, Data())
    }

    func testMissingFolderOrAFileInsteadOfAFolderGivesNoFiles() throws {
        let (student, commit) = try makeStudentWithCommit()
        let cache = try fetched(student)

        XCTAssertEqual(try Git.files(in: cache, commit: commit, under: "Sources/Strings"), [])
        XCTAssertEqual(try Git.files(in: cache, commit: commit, under: "Nope/Deeper/Still"), [])
        XCTAssertEqual(try Git.files(in: cache, commit: commit, under: "Sources/Loops/Loops.swift"), [])
        XCTAssertEqual(try Git.files(in: cache, commit: commit, under: "Sources/Loops").count, 1)
    }

    func testEachCommitIsReadAsItWasAndBytesArePreserved() throws {
        let student = try makeStudent()
        try student.write("// v1\n", to: "Sources/Loops/Loops.swift")
        let first = try student.commit("v1")
        let binary = Data([0, 1, 2, 0xFF, 0xFE, 0x0A, 0])
        try student.write(binary, to: "Sources/Loops/Loops.swift")
        try student.write("", to: "Sources/Loops/Empty.swift")
        let second = try student.commit("v2")
        let cache = try fetched(student)

        let old = try Git.files(in: cache, commit: first, under: "Sources/Loops")
        let new = try Git.files(in: cache, commit: second, under: "Sources/Loops")
        let abbreviated = try Git.files(in: cache, commit: String(second.prefix(10)), under: "Sources/Loops")

        XCTAssertEqual(old.map(\.path), ["Loops.swift"])
        XCTAssertEqual(old.first?.text, "// v1\n")
        XCTAssertEqual(new.map(\.path), ["Empty.swift", "Loops.swift"])
        XCTAssertEqual(new.first?.contents, Data())
        XCTAssertEqual(new.last?.contents, binary)
        XCTAssertNil(new.last?.text, "not UTF-8")
        XCTAssertEqual(abbreviated, new)
    }
}
