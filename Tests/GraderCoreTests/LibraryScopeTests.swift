import Foundation
import GraderTestSupport
import XCTest

@testable import GraderCore

/// Reading what shared libraries define, and which libraries the dynamic linker loaded
/// (`LoadableSuite`'s checks before a student's module is loaded instead of linked).
final class LibraryScopeTests: XCTestCase {
    static var swiftCore: String {
        get throws { try Toolchain.find().runtimeLibraries[0] + "/libswiftCore.so" }
    }

    func testTheDynamicSymbolsOfALibraryAreRead() throws {
        let scope = try LibraryScope(libraries: [try Self.swiftCore])
        XCTAssertTrue(scope.defines("swift_retain"))
        XCTAssertTrue(scope.defines("$sSS5countSivg"), "String.count's getter")
        XCTAssertFalse(scope.defines("grade_no_such_symbol"))
        XCTAssertFalse(scope.defines("swift_addNewDSOImage_"), "whole names only")
        XCTAssertGreaterThan(scope.count, 10_000)
        XCTAssertEqual(LibraryScope().count, 0)
    }

    func testWhatIsNotASharedLibraryIsAnError() throws {
        let folder = try TemporaryDirectory(prefix: "grade-scope")
        defer { folder.remove() }
        try folder.write(String(repeating: "not an ELF file\n", count: 8), to: "text.so")
        var header = [UInt8](repeating: 0, count: 64)
        header.replaceSubrange(0..<6, with: [0x7F, 0x45, 0x4C, 0x46, 2, 1])
        header[16] = 1  // ET_REL: an object, not a library
        try Data(header).write(to: folder.url.appendingPathComponent("object.o"))
        header[16] = 3
        header[0x3A] = 64
        header[0x3C] = 200  // section headers past the end of the file
        header[0x28] = 64
        try Data(header).write(to: folder.url.appendingPathComponent("truncated.so"))
        for (name, reason) in [
            ("text.so", "not a 64-bit little-endian shared library (ET_DYN)"),
            ("object.o", "not a 64-bit little-endian shared library (ET_DYN)"),
            ("truncated.so", "truncated"),
            ("missing.so", "cannot be opened"),
        ] {
            let path = folder.url.appendingPathComponent(name).path
            XCTAssertThrowsError(try LibraryScope(libraries: [try Self.swiftCore, path]), name) { error in
                XCTAssertEqual(error as? LibraryScope.ReadError, LibraryScope.ReadError(path: path, reason: reason))
            }
        }
    }

    func testTheTraceOfTheDynamicLinkerGivesTheLoadedLibraries() {
        let trace = """
            \tlinux-vdso.so.1 (0x00007ffc5e1f6000)
            \tlibswiftCore.so => /opt/swift/usr/lib/swift/linux/libswiftCore.so (0x00007f0e9c800000)
            \tlibCalc.so => /job/prebuilt/libCalc.so (0x00007f0e9cc00000)
            \tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f0e9c400000)
            \t/lib64/ld-linux-x86-64.so.2 (0x00007f0e9cd00000)

            """
        XCTAssertEqual(
            LoadableSuite.loadedLibraries(traceOutput: trace),
            [
                "/opt/swift/usr/lib/swift/linux/libswiftCore.so", "/job/prebuilt/libCalc.so",
                "/lib/x86_64-linux-gnu/libc.so.6", "/lib64/ld-linux-x86-64.so.2",
            ])
        XCTAssertNil(
            LoadableSuite.loadedLibraries(traceOutput: trace + "\tlibgone.so => not found\n"), "a library is missing")
        XCTAssertNil(LoadableSuite.loadedLibraries(traceOutput: ""), "nothing loaded: not a trace")
        XCTAssertNil(LoadableSuite.loadedLibraries(traceOutput: "grade harness: no result channel\n"))
    }

    func testTheRuntimeObjectIsFoundOnTheLinkersLine() {
        let verbose = """
            clang version 21.0.0
             "/opt/swift/usr/bin/ld.lld" -pie -o /p/tests /opt/swift/usr/lib/swift/linux/x86_64/swiftrt.o /p/S.o
            """
        XCTAssertEqual(
            Compiler.runtimeObject(inVerboseOutput: verbose), "/opt/swift/usr/lib/swift/linux/x86_64/swiftrt.o")
        XCTAssertNil(Compiler.runtimeObject(inVerboseOutput: "clang version 21.0.0\n"))
    }
}
