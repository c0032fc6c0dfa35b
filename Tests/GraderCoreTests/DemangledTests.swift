import XCTest

@testable import GraderCore

final class DemangledTests: XCTestCase {
    func demangled(_ name: String) throws -> Demangled { try XCTUnwrap(Demangled(name), name) }

    func testModuleAndReadableForm() throws {
        let cases: [(String, String, String)] = [
            ("$s5Glibc4openys5Int32VSPys4Int8VG_ADtF", "Glibc", "open(_:_:)"),
            (
                "$s20FoundationEssentials4DataV10contentsOf7optionsAcA3URLVh_AC14ReadingOptionsVtKcfC",
                "FoundationEssentials", "Data(contentsOf:options:)"
            ),
            (
                "$s20FoundationEssentials11ProcessInfoC11environmentSDyS2SGvg", "FoundationEssentials",
                "ProcessInfo.environment"
            ),
            (
                "$sSS20FoundationEssentialsE14contentsOfFile8encodingS2Sh_SSAAE8EncodingVtKcfC", "FoundationEssentials",
                "String(contentsOfFile:encoding:)"
            ),
            ("$s10Foundation6ThreadC4exityyFZ", "Foundation", "Thread.exit()"),
            ("$s10Foundation10FileHandleC14fileDescriptorACs5Int32V_tcfC", "Foundation", "FileHandle(fileDescriptor:)"),
            ("$s20FoundationEssentials11FileManagerCMa", "FoundationEssentials", "FileManager"),
            (
                "$s20FoundationEssentials11ProcessInfoC07processD0ACvau", "FoundationEssentials",
                "ProcessInfo.processInfo"
            ),
            ("$ss5print_9separator10terminatoryypd_S2StF", "Swift", "print(_:separator:terminator:)"),
            ("$sSaySSGMD", "Swift", "Array"),
        ]
        for (mangled, module, readable) in cases {
            let symbol = try demangled(mangled)
            XCTAssertEqual(symbol.module, module, symbol.text)
            XCTAssertEqual(symbol.readable, readable, symbol.text)
        }
    }

    func testNotASwiftSymbol() {
        XCTAssertNil(Demangled("write"))
        XCTAssertNil(Demangled("$sNOT_A_SYMBOL"))
    }

    func testAddressorsOfGlobalsAreNotUnsafeCode() throws {
        for name in [
            "$s20FoundationEssentials4DataV14WritingOptionsV18withoutOverwritingAEvau",
            "$s20FoundationEssentials11ProcessInfoC07processD0ACvau",
        ] {
            XCTAssertNil(SymbolCatalog.refusal(of: try demangled(name), module: "M"), name)
        }
        XCTAssertEqual(
            SymbolCatalog.refusal(of: try demangled("$sSS7cStringSSSPys4Int8VG_tcfC"), module: "M")?.category, .unsafe)
    }

    func testOwnSymbolsAreThoseTheModuleDeclares() {
        XCTAssertTrue(ObjectRules.owned("$s5Probe6answerSiyF", by: "Probe"))
        XCTAssertTrue(ObjectRules.owned("$sSi5Probe1PAAMc", by: "Probe"), "Int : Probe.P in Probe")
        XCTAssertTrue(ObjectRules.owned("$sSi5ProbeE7doubledSivg", by: "Probe"), "(extension in Probe):Swift.Int")
        let write = "$s10Foundation10FileHandleC5writeyy20FoundationEssentials4DataVF"
        XCTAssertFalse(ObjectRules.owned(write, by: "Probe"))
        XCTAssertFalse(ObjectRules.owned(write, by: "Data"), "FoundationEssentials.Data is not module Data's")
        XCTAssertFalse(ObjectRules.owned(write, by: "FileHandle"))
    }
}
