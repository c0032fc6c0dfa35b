import XCTest

@testable import GraderCore

/// Reading the linker's command line out of `swiftc -v`, and filling it in for a student.
final class PrebuiltSuiteTests: XCTestCase {
    static let verbose = """
        Swift version 6.3.1 (swift-6.3.1-RELEASE)
        Target: x86_64-unknown-linux-gnu
        /opt/swift/usr/bin/swift-autolink-extract /p/S.o /p/Calc.o -o /tmp/x/tests-1.autolink
        clang version 21.0.0
        Selected GCC installation: /usr/lib/gcc/x86_64-linux-gnu/12
         "/usr/bin/ld.gold" -pie -o /p/tests /opt/swift/usr/lib/swift/linux/x86_64/swiftrt.o "/p/S.o" /p/Calc.o -lswiftCore -lXCTest -rpath "/opt/swift/usr/lib/swift/linux"
        """

    func testTheLinkerLineIsFoundAndItsPathsBecomePlaceholders() throws {
        let command = try XCTUnwrap(
            PrebuiltSuite.linkCommand(verboseOutput: Self.verbose, output: "/p/tests", interfaceObject: "/p/Calc.o"))
        XCTAssertEqual(command.first, "/usr/bin/ld.gold")
        XCTAssertEqual(command.filter { $0 == PrebuiltSuite.outputPlaceholder }.count, 1)
        XCTAssertEqual(command.filter { $0 == PrebuiltSuite.studentPlaceholder }.count, 1)
        XCTAssertTrue(command.contains("/p/S.o"))
        let suite = PrebuiltSuite(object: URL(fileURLWithPath: "/p/S.o"), linkCommand: command)
        let filled = try XCTUnwrap(suite.link(student: "/job/.build/Calc.o", output: "/job/.build/tests"))
        XCTAssertEqual(
            filled,
            [
                "/usr/bin/ld.gold", "-pie", "-o", "/job/.build/tests",
                "/opt/swift/usr/lib/swift/linux/x86_64/swiftrt.o",
                "/p/S.o", "/job/.build/Calc.o", "-lswiftCore", "-lXCTest", "-rpath", "/opt/swift/usr/lib/swift/linux",
            ])
    }

    func testWordsSplitOnSpacesOutsideQuotes() {
        XCTAssertEqual(ShellWords.split(#" "/a b/ld" -o x "c\"d" e\ f"#), ["/a b/ld", "-o", "x", "c\"d", "e f"])
        XCTAssertEqual(ShellWords.split(#"-c 'a b.swift' 'it'\''s' "x'y""#), ["-c", "a b.swift", "it's", "x'y"])
        XCTAssertNil(ShellWords.split(#" "/open"#))
        XCTAssertNil(ShellWords.split(#"'open"#))
    }

    func testWithoutALinkerLineOrWithAmbiguousPathsTheDriversLink() {
        XCTAssertNil(
            PrebuiltSuite.linkCommand(
                verboseOutput: "Swift version 6.3.1\n", output: "/p/tests", interfaceObject: "/p/Calc.o"))
        XCTAssertNil(
            PrebuiltSuite.linkCommand(
                verboseOutput: Self.verbose + " /p/Calc.o", output: "/p/tests", interfaceObject: "/p/Calc.o"))
        XCTAssertNil(
            PrebuiltSuite(object: URL(fileURLWithPath: "/p/S.o"), linkCommand: nil).link(student: "a", output: "b"))
    }
}
