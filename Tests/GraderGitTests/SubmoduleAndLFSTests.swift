import Foundation
import GraderGit
import GraderTestSupport
import XCTest

/// What a fetch never brings: the repositories of submodules, and Git LFS objects.
final class SubmoduleAndLFSTests: GitTestCase {
    func testASubmoduleIsNeverFetched() throws {
        let library = try makeStudent("library")
        let daemon = try GitDaemon(serving: scratch.url.appendingPathComponent("students"))
        defer { daemon.stop() }
        try library.write("// someone else's code\n", to: "Sources/Library/Library.swift")
        let libraryCommit = try library.commit("library")

        let (student, _) = try makeStudentWithCommit()
        try student.git("submodule", "--quiet", "add", daemon.url("library"), "Vendor/Library")
        let commit = try student.commit("with a submodule")
        XCTAssertTrue(
            try String(contentsOf: student.url.appendingPathComponent(".gitmodules"), encoding: .utf8)
                .contains(daemon.url("library")))

        XCTAssertEqual(try Git.fetchHead(from: daemon.url("ada"), into: cacheURL())?.commit, commit)
        let vendor = try Git.files(in: cacheURL(), commit: commit, under: "Vendor")
        XCTAssertEqual(vendor, [GitFile(path: "Library", kind: .submodule, contents: Data())])
        // The gitlink's commit is not in the cache: nothing of the submodule was fetched.
        let error = gitError { _ = try Git.files(in: self.cacheURL(), commit: libraryCommit, under: "") }
        XCTAssertEqual(error?.operation, "lookup commit")
        XCTAssertFalse(fileExists(cacheURL().appendingPathComponent("modules")))
    }

    func testLFSPointerFilesStayPointers() throws {
        let (student, _) = try makeStudentWithCommit()
        let pointer = """
            version https://git-lfs.github.com/spec/v1
            oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393
            size 104857600

            """
        try student.write("*.bin filter=lfs diff=lfs merge=lfs -text\n", to: ".gitattributes")
        try student.write(pointer, to: "Sources/Loops/data.bin")
        let commit = try student.commit("an LFS file")

        XCTAssertEqual(try Git.fetchHead(from: student.path, into: cacheURL())?.commit, commit)
        let files = try Git.files(in: cacheURL(), commit: commit, under: "Sources/Loops")
        XCTAssertEqual(files.first { $0.path == "data.bin" }?.text, pointer)
    }
}
