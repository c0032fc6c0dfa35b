import GraderCore
import GraderModel
import XCTest

final class SourceRulesTests: XCTestCase {
    func rule(
        _ source: String, _ more: [(path: String, source: String)] = [], allowing allowances: Set<Allowance> = []
    ) -> RuleViolation? {
        SourceRules.check([(path: "Sources/M/M.swift", source: source)] + more, allowances: allowances)
    }

    func testOrdinaryCodePasses() {
        XCTAssertNil(
            rule(
                """
                import Foundation
                // XCTest is mentioned only in a comment, and "XCTAssert" only in a string.
                struct Point: Equatable { var x: Int; var y: Int
                    static func == (lhs: Point, rhs: Point) -> Bool { lhs.x == rhs.x }
                }
                func + (lhs: Point, rhs: Point) -> Point { Point(x: lhs.x + rhs.x, y: lhs.y + rhs.y) }
                extension Point { static func - (lhs: Self, rhs: Self) -> Self { lhs } }
                func maximum(_ a: Int, _ b: Int) -> Int { a > b ? a : b }
                let message = "XCTAssertEqual"
                print(#file, #line, #function)
                #warning("finish this")
                """))
    }

    func testImportXCTestIsRejectedWithFileAndLine() {
        let violation = rule("import Foundation\n@testable import XCTest\n")
        XCTAssertEqual(violation?.rule, "no-xctest")
        XCTAssertEqual(violation?.line, 2)
        XCTAssertEqual(violation?.file, "Sources/M/M.swift")
    }

    func testXCTNamesAreRejected() {
        XCTAssertEqual(rule("func XCTAssertEqual<T>(_ a: T, _ b: T) {}\n")?.rule, "no-xctest")
        XCTAssertEqual(rule("let x = XCTestObservationCenter.self\n")?.rule, "no-xctest")
        XCTAssertEqual(rule("let x = `XCTestCase`.self\n")?.rule, "no-xctest", "backticks do not hide a name")
        XCTAssertEqual(rule("let s = \"\\(XCTFail())\"\n")?.rule, "no-xctest", "an interpolation is code")
    }

    func testOperatorOverStandardTypesIsRejected() {
        XCTAssertEqual(rule("func == (lhs: Int, rhs: Int) -> Bool { true }\n")?.rule, "no-operator-on-standard-types")
        XCTAssertEqual(
            rule("extension Int { static func == (lhs: Int, rhs: Int) -> Bool { true } }\n")?.rule,
            "no-operator-on-standard-types")
        XCTAssertEqual(rule("func ==<T>(lhs: T, rhs: T) -> Bool { true }\n")?.rule, "no-operator-on-standard-types")
        XCTAssertEqual(
            rule("struct P {}\nextension Array { static func + (l: Self, r: P) -> Self { l } }\n")?.rule,
            "no-operator-on-standard-types")
        let later = rule("\n\nprefix func - (x: String) -> String { x }\n")
        XCTAssertEqual(later?.rule, "no-operator-on-standard-types")
        XCTAssertEqual(later?.line, 3)
        XCTAssertNil(
            rule("extension P { static func + (l: P, r: P) -> P { l } }\n", [("Sources/M/P.swift", "struct P {}\n")]),
            "a type of another file is the student's own too")
    }

    func testUnderscoredAttributesAndDynamicLoadingAreRejected() {
        XCTAssertEqual(rule("@_transparent func f() {}\n")?.rule, "no-underscored-attributes")
        XCTAssertEqual(rule("@_spi(Hidden) public func f() {}\n")?.rule, "no-underscored-attributes")
        XCTAssertEqual(
            rule("func f() {}\n@dynamicReplacement(for: f) func g() {}\n")?.rule, "no-underscored-attributes")
        XCTAssertEqual(rule("import Foundation\nlet h = dlopen(nil, 0)\n")?.rule, "no-dynamic-loading")
        XCTAssertEqual(rule("import Foundation\nlet h = `dlsym`(nil, \"f\")\n")?.rule, "no-dynamic-loading")
        XCTAssertNil(rule("import Foundation\nlet h = dlopen(nil, 0)\n", allowing: [.dynamicLoading]))
        XCTAssertNil(rule("let text = \"dlopen\" // dlsym\n"))
    }

    func testShadowingStandardNamesIsRejected() {
        XCTAssertEqual(rule("struct Int {}\n")?.rule, "no-shadowing")
        XCTAssertEqual(rule("typealias String = Int\n")?.rule, "no-shadowing")
        XCTAssertEqual(rule("func abs(_ x: Int) -> Int { 0 }\n")?.rule, "no-shadowing")
        XCTAssertEqual(rule("enum `Bool` { case yes }\n")?.rule, "no-shadowing")
        XCTAssertEqual(rule("#if os(Linux)\nfunc max(_ a: Int) -> Int { a }\n#endif\n")?.rule, "no-shadowing")
        XCTAssertNil(rule("struct Shape { func max(_ a: Int) -> Int { a } }\n"), "a method named max is fine")
        XCTAssertNil(rule("func f() { func min() {} }\n"), "so is a nested function")
    }

    func testRulesSeeEveryFile() {
        let violation = rule("struct A {}\n", [(path: "Sources/M/Other.swift", source: "\n\nimport XCTest\n")])
        XCTAssertEqual(violation?.file, "Sources/M/Other.swift")
        XCTAssertEqual(violation?.line, 3)
    }

    func testCommentsAndStringsAreNotCode() {
        XCTAssertNil(
            rule(
                ##"""
                // import XCTest; @_cdecl("f") unsafe p.pointee; dlopen
                /* @main /* nested: nonisolated(unsafe) */ @_silgen_name("exit") */
                /// `@section("x")` and `macro m()` in documentation
                let a = "import XCTest; @_cdecl(\"f\"); dlopen(nil, 0)"
                let b = """
                    @main struct App {}
                    unsafe pointer.pointee
                    macro m() = #externalMacro(module: "M", type: "T")
                    """
                let c = #"@_silgen_name("exit") XCTFail() "#
                let d = #"""
                    for unsafe x in y {} "\(XCTFail())"
                    """#
                let e = #/@_used dlsym/#
                """##))
    }

    func testEveryIfClauseIsChecked() {
        let inactive = rule("let x = 1\n#if false\nimport XCTest\n#endif\n")
        XCTAssertEqual(inactive?.rule, "no-xctest")
        XCTAssertEqual(inactive?.line, 3)
        XCTAssertEqual(
            rule("#if os(Windows)\n@_cdecl(\"f\") func f() {}\n#elseif os(Linux)\nfunc g() {}\n#endif\n")?.rule,
            "no-linker-attributes")
        XCTAssertEqual(
            rule("struct S {\n    #if DEBUG\n    #else\n    func f() { _ = unsafe 1 }\n    #endif\n}\n")?.line, 4)
    }

    func testRulesOfOneFileAreReportedInOrderAndAtTheirFirstPlace() {
        let violation = rule(
            "func f() {}\n@_transparent func g() {}\n@_cdecl(\"h\") func h() {}\n@_cdecl(\"i\") func i() {}\n")
        XCTAssertEqual(violation?.rule, "no-linker-attributes", "before no-underscored-attributes")
        XCTAssertEqual(violation?.line, 3)
    }

    func testDeepNestingIsRefusedWithoutCrashingATask() async {
        let depth = 10_000
        let sources = [
            "let x = " + String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth) + "\n",
            "let x = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n",
            "func f() {\n" + String(repeating: "if true {\n", count: depth) + String(repeating: "}\n", count: depth)
                + "}\n",
            "let c = " + String(repeating: "{ ", count: depth) + String(repeating: "}", count: depth) + "\n",
            String(repeating: "struct S {\n", count: depth) + String(repeating: "}\n", count: depth),
        ]
        for source in sources {
            let violation = await Task.detached { SourceRules.check([("Sources/M/M.swift", source)], allowances: []) }
                .value
            XCTAssertEqual(violation?.rule, "too-deeply-nested", String(source.prefix(20)))
            XCTAssertTrue(violation?.explanation.contains("flatten") == true, violation?.explanation ?? "")
        }
        let arrays =
            "let a = 1\nlet x: " + String(repeating: "[", count: 40) + "Int" + String(repeating: "]", count: 40)
        XCTAssertEqual(rule(arrays)?.line, 2, "nested square brackets cost the parser exponential time: refused first")
        XCTAssertEqual(
            rule("let x = " + String(repeating: "[(", count: 40) + "1" + String(repeating: ")]", count: 40))?.rule,
            "too-deeply-nested")
        XCTAssertNil(
            rule("// [[[[[[[[[[[[\nlet s = \"[[[[[[[[[[[[[[[[\"\nlet x: [[[[[[[[Int]]]]]]]] = []\n"),
            "eight levels are fine, and brackets in comments and strings do not count")
        let closures = "let c = " + String(repeating: "{ ", count: 9_000) + String(repeating: "}", count: 9_000)
        XCTAssertEqual(rule("func f() {}\n" + closures)?.line, 2)
    }

    func testNestingUpToTheLimitIsRead() async {
        let depth = 200
        let source =
            "func f() -> Int {\n" + String(repeating: "{ ", count: depth) + "XCTFail()"
            + String(repeating: " }()", count: depth) + "\n}\n"
        let violation = await Task.detached { SourceRules.check([("Sources/M/M.swift", source)], allowances: []) }.value
        XCTAssertEqual(violation?.rule, "no-xctest", "the parser reads \(depth) levels and the visitor walks them")
    }
}
