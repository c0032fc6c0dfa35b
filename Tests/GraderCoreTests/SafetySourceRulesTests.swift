import GraderCore
import GraderModel
import XCTest

/// The rules that keep the compiler's checks on and the linking ordinary: `no-unsafe`,
/// `no-linker-attributes`, `no-macros`, `no-bare-slash-regex`.
final class SafetySourceRulesTests: XCTestCase {
    func rule(_ source: String, allowing allowances: Set<Allowance> = []) -> RuleViolation? {
        SourceRules.check([(path: "Sources/M/M.swift", source: source)], allowances: allowances)
    }

    /// Unsafe code, and the line it is on.
    static let unsafeCode: [(source: String, line: Int)] = [
        ("func f(_ p: UnsafePointer<Int>) -> Int {\n    unsafe p.pointee\n}\n", 2),
        ("func f(_ s: [Int]) {\n    for unsafe x in s { _ = x }\n}\n", 2),
        ("struct S {}\n@unsafe func f() {}\n", 2),
        ("struct S {}\n@safe struct T {}\n", 2),
        ("protocol P {}\nextension Int: @unsafe P {}\n", 2),
        ("struct S {\n    nonisolated(unsafe) static var shared = 0\n}\n", 2),
        ("final class C {}\nfinal class D {\n    unowned(unsafe) let c: C\n    init(c: C) { self.c = c }\n}\n", 3),
        (
            "final class C {\n    func f() -> () -> Void {\n        { [unowned(unsafe) self] in _ = self }\n    }\n}\n",
            3
        ),
        ("#if os(Windows)\nlet x = 1\n#else\nlet y = unsafe 1\n#endif\n", 4),
    ]

    func testUnsafeCodeIsRejectedAtItsLine() {
        for (source, line) in Self.unsafeCode {
            let violation = rule(source)
            XCTAssertEqual(violation?.rule, "no-unsafe", source)
            XCTAssertEqual(violation?.line, line, source)
            let explanation = violation?.explanation ?? ""
            XCTAssertTrue(explanation.contains("raw pointers"), explanation)
            XCTAssertTrue(explanation.contains("allow: [unsafe]"), explanation)
        }
        XCTAssertTrue(
            rule(Self.unsafeCode[5].source)?.explanation.hasPrefix("`nonisolated(unsafe)` switches off") == true,
            "the message names the construct")
    }

    func testTheUnsafeAllowanceLiftsIt() {
        for (source, _) in Self.unsafeCode { XCTAssertNil(rule(source, allowing: [.unsafe]), source) }
    }

    func testUnsafeAsANamePasses() {
        XCTAssertNil(
            rule(
                """
                let unsafe = 1
                func f() -> Int { unsafe + 1 }
                let `unsafe2` = `unsafe`
                struct S { var unsafe = 0; func safe() {} }
                func g(_ s: S) -> Int { s.unsafe }
                func unsafeSum(_ unsafe: Int) -> Int { unsafe }
                nonisolated func h() {}
                final class C { unowned(safe) let other: C; init(o: C) { other = o } }
                // unsafe p.pointee, @safe, nonisolated(unsafe)
                let text = "unsafe x; @unsafe"
                """))
    }

    func testLinkerAttributesAreRejectedWhateverIsAllowed() {
        let attributes = [
            "@section(\"__DATA,x\") let x = 1", "@used let y = 2", "@_section(\"x\") let x = 1", "@_used let y = 2",
            "@_cdecl(\"f\") func f() {}", "@c func f() {}", "@c(name) func f() {}", "@_silgen_name(\"f\") func f()",
            "@main struct App { static func main() {} }", "@_extern(c) func f()", "@_expose(Cxx) public func f() {}",
            "@export(interface) public func f() {}", "@_weakLinked import Foundation", "@`_cdecl`(\"f\") func f() {}",
        ]
        for attribute in attributes {
            let violation = rule("let a = 0\n" + attribute + "\n", allowing: Set(Allowance.allCases))
            XCTAssertEqual(violation?.rule, "no-linker-attributes", attribute)
            XCTAssertEqual(violation?.line, 2, attribute)
            XCTAssertTrue(violation?.explanation.contains("remove it") == true, violation?.explanation ?? "")
        }
    }

    func testMacroDeclarationsAreRejectedAndStandardExpansionsPass() {
        let violation = rule(
            "let a = 1\n@freestanding(expression)\nmacro stringify<T>(_ value: T) -> (T, String) = #externalMacro(module: \"M\", type: \"S\")\n"
        )
        XCTAssertEqual(violation?.rule, "no-macros")
        XCTAssertEqual(violation?.line, 2)
        XCTAssertNil(
            rule(
                "func where_() -> String { \"\\(#file):\\(#line) \\(#function) \\(#column)\" }\n#warning(\"todo\")\n"
                    + "#if os(Linux)\nlet x = 1\n#endif\n"))
    }

    func testBareSlashRegexThatSwift5WouldNotReadIsRejected() {
        let hidden = """
            struct W {}
            prefix operator /
            postfix operator /
            prefix func / (x: W) -> W { x }
            postfix func / (x: W) -> W { x }
            func f(_ p: UnsafePointer<W>) -> W { /unsafe p.pointee/ }
            """
        let violation = rule(hidden)
        XCTAssertEqual(violation?.rule, "no-bare-slash-regex")
        XCTAssertEqual(violation?.line, 6)
        XCTAssertNil(rule("let r = #/ab+c/#\nlet q = 6 / 2 / 3\n"))
    }
}
