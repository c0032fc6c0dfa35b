import Foundation
import GraderTestSupport
import XCTest

@testable import GraderCore

/// The frontend's command line learnt from `swiftc -###`, filled in per student, and used for real.
final class FrontendCommandTests: XCTestCase {
    static let printed = """
        /opt/swift/usr/bin/swift-frontend -frontend -c GRADE_PLACEHOLDER_SOURCES.swift -target x86_64-unknown-linux-gnu \
        -enable-library-evolution -module-cache-path '/state dir/module-cache' -swift-version 5 -Onone \
        -module-name GRADE_PLACEHOLDER_MODULE -parse-as-library -o .build/GRADE_PLACEHOLDER_MODULE.o
        """

    func testTheOneFrontendJobIsLearntAndFilledInForAStudent() throws {
        let learnt = try XCTUnwrap(FrontendCommand.learn(driverOutput: Self.printed + "\n"))
        let command = learnt.command(module: "Calc", output: ".build/Calc.o", sources: ["A.swift", "b c.swift"])
        XCTAssertEqual(
            Array(command.prefix(5)), ["/opt/swift/usr/bin/swift-frontend", "-frontend", "-c", "A.swift", "b c.swift"])
        XCTAssertTrue(command.contains("/state dir/module-cache"))
        XCTAssertEqual(command.suffix(4), ["Calc", "-parse-as-library", "-o", ".build/Calc.o"])
        XCTAssertFalse(command.contains { $0.contains("GRADE_PLACEHOLDER") })
    }

    func testAnythingUnexpectedMeansTheDriverCompiles() {
        // Two jobs, a placeholder missing or twice, another tool, an open quote.
        XCTAssertNil(
            FrontendCommand.learn(
                driverOutput: Self.printed + "\n/opt/swift/usr/bin/swift-frontend -frontend -merge-modules"))
        XCTAssertNil(
            FrontendCommand.learn(
                driverOutput: Self.printed.replacingOccurrences(of: " -o .build/GRADE_PLACEHOLDER_MODULE.o", with: "")))
        XCTAssertNil(FrontendCommand.learn(driverOutput: Self.printed + " GRADE_PLACEHOLDER_SOURCES.swift"))
        XCTAssertNil(
            FrontendCommand.learn(
                driverOutput: Self.printed.replacingOccurrences(of: "swift-frontend -frontend", with: "clang -cc1")))
        XCTAssertNil(FrontendCommand.learn(driverOutput: Self.printed + " 'open"))
        XCTAssertNil(FrontendCommand.learn(driverOutput: ""))
    }

    /// What this toolchain's driver prints is learnt, and the frontend run directly makes the same
    /// module the driver makes: the same symbols in the object.
    func testTheToolchainsFrontendCompilesWhatTheDriverWould() async throws {
        let toolchain = try Toolchain.find()
        let folder = try TemporaryDirectory(prefix: "grade-frontend")
        _ = try folder.write("public func twice(_ x: Int) -> Int { 2 * x }\n", to: "Sources/Calc/A.swift")
        _ = try folder.write("public struct Pair { public var a = 1 }\n", to: "Sources/Calc/B C.swift")
        try FileManager.default.createDirectory(
            at: folder.url.appendingPathComponent(".build"), withIntermediateDirectories: true)
        let compiler = Compiler(toolchain: toolchain, moduleCache: ObjectFixture.moduleCache)
        let flags = compiler.common + ["-parse-as-library", "-enable-testing", "-enable-library-evolution"]
        let learnt = await compiler.frontendCommand(flags: flags, in: folder.url, timeout: .seconds(60))
        let frontend = try XCTUnwrap(learnt, "the driver's -### output was not understood")
        XCTAssertTrue(frontend.template[0].hasSuffix("/swift-frontend"))
        let sources = ["Sources/Calc/A.swift", "Sources/Calc/B C.swift"]
        let direct = try await compiler.run(
            frontend.command(module: "Calc", output: ".build/Calc.o", sources: sources), in: folder.url,
            timeout: .seconds(60))
        XCTAssertTrue(direct.succeeded, TestRunner.combined(direct))
        let viaDriver = try await compiler.swiftc(
            flags + ["-module-name", "Calc", "-c", "-o", ".build/Driver.o"] + sources, in: folder.url,
            timeout: .seconds(60))
        XCTAssertTrue(viaDriver.succeeded, TestRunner.combined(viaDriver))
        let symbols = { (object: String) throws -> [String] in
            let nm = try Spawn.run(["nm", "--defined-only", "-j", folder.url.appendingPathComponent(object).path])
            return nm.output.split(separator: "\n").map(String.init).sorted()
        }
        let directSymbols = try symbols(".build/Calc.o")
        XCTAssertTrue(directSymbols.contains { $0.contains("5twice") }, "\(directSymbols)")
        XCTAssertEqual(directSymbols, try symbols(".build/Driver.o"))
    }
}
