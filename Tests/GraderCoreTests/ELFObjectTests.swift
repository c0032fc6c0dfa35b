import Foundation
import GraderTestSupport
import XCTest

@testable import GraderCore

final class ELFObjectTests: XCTestCase {
    static let source = """
        import Foundation
        struct Answer { var value: Int }
        func answer() -> Int { 42 }
        func greet() { print("hello") }
        func touch() -> Bool { FileManager.default.fileExists(atPath: "/") }

        """

    static let compiled = Task { try await ObjectFixture.objects(["Known": source], module: "Known") }

    func known() async throws -> (url: URL, bytes: [UInt8]) {
        let objects = try await Self.compiled.value
        let url = try XCTUnwrap(objects["Known"])
        return (url, [UInt8](try Data(contentsOf: url)))
    }

    func testSectionAndSymbolNamesOfAKnownObject() async throws {
        let object = try ELFObject(contentsOf: try await known().url)
        let sections = Set(object.sections.map(\.name))
        for name in [
            "", ".text", ".symtab", ".strtab", "swift5_typeref", "swift5_fieldmd", ".rela.text", ".swift_modhash",
        ] {
            XCTAssertTrue(sections.contains(name), "\(name) in \(sections.sorted())")
        }
        XCTAssertTrue(sections.contains("swift5_type_metadata"))
        let defined = Set(object.symbols.filter(\.isDefined).map(\.name))
        XCTAssertTrue(defined.contains("$s5Known6answerSiyF"), "answer()")
        XCTAssertTrue(defined.contains("$s5Known5greetyyF"), "greet()")
        let answer = try XCTUnwrap(object.symbols.first { $0.name == "$s5Known6answerSiyF" })
        XCTAssertEqual(answer.type, 2, "a function")
        XCTAssertTrue(answer.isGlobal)
        XCTAssertGreaterThan(answer.size, 0)
        XCTAssertEqual(object.sections[answer.section].name, ".text.$s5Known6answerSiyF")
        let external = Set(object.symbols.filter { !$0.isDefined }.map(\.name))
        XCTAssertTrue(external.contains("$ss5print_9separator10terminatoryypd_S2StF"), "print")
        XCTAssertTrue(external.contains("$s20FoundationEssentials11FileManagerC7defaultACvgZ"), "FileManager.default")
        XCTAssertEqual(object.symbols.first?.name, "", "index 0 is the null symbol")
    }

    func testRelocationsNameTheFunctionsThatUseASymbol() async throws {
        let object = try ELFObject(contentsOf: try await known().url)
        let print = try XCTUnwrap(object.symbols.firstIndex { $0.name == "$ss5print_9separator10terminatoryypd_S2StF" })
        XCTAssertEqual(try object.referrers()[print], ["$s5Known5greetyyF"])
    }

    func testCorruptTruncatedAndForeignFilesAreErrorsNeverCrashes() async throws {
        let bytes = try await known().bytes
        let folder = try TemporaryDirectory(prefix: "grade-elf")
        defer { folder.remove() }
        var wrongClass = bytes
        wrongClass[4] = 1
        var noHeaders = bytes
        for index in 0x28..<0x30 { noHeaders[index] = 0xFF }
        var manySections = bytes
        manySections[0x3C] = 0xFF
        manySections[0x3D] = 0xFE
        let cases: [String: [UInt8]] = [
            "empty": [], "text": Array("hello, world\n".utf8), "header only": Array(bytes.prefix(64)),
            "half": Array(bytes.prefix(bytes.count / 2)), "all but the last byte": Array(bytes.dropLast()),
            "32-bit": wrongClass, "section headers past the end": noHeaders, "too many sections": manySections,
            "shell script": Array("#!/bin/sh\nexit 0\n".utf8),
        ]
        for (name, contents) in cases.sorted(by: { $0.key < $1.key }) {
            let url = folder.url.appendingPathComponent("\(name).o")
            try Data(contents).write(to: url)
            XCTAssertThrowsError(try ObjectFixture.check(url), name) { error in
                XCTAssertTrue(error is ObjectRules.UnreadableObject, "\(name): \(error)")
                XCTAssertTrue("\(error)".contains("could not be checked"), "\(error)")
            }
        }
        XCTAssertThrowsError(try ObjectFixture.check(folder.url.appendingPathComponent("missing.o")))
    }

    /// Random bytes written over a real object: whatever the reader makes of it, it answers.
    func testDamagedObjectsNeverCrashTheReader() async throws {
        let bytes = try await known().bytes
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var outcomes = (read: 0, refused: 0)
        for _ in 0..<300 {
            var damaged = bytes
            for _ in 0..<(1 + next() % 8) {
                // Aim at the headers and tables as often as at the rest.
                let index = next() % 2 == 0 ? next() % 64 : next() % damaged.count
                damaged[index] = UInt8(truncatingIfNeeded: next())
            }
            do {
                let object = try ELFObject(bytes: damaged)
                _ = try ObjectRules.check(object, module: "Known", allowances: [])
                outcomes.read += 1
            } catch {
                outcomes.refused += 1
            }
        }
        XCTAssertEqual(outcomes.read + outcomes.refused, 300)
    }
}
