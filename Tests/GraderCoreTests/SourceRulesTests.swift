import GraderCore
import XCTest

final class SourceRulesTests: XCTestCase {
    func rule(_ source: String, _ more: [(path: String, source: String)] = []) -> RuleViolation? {
        SourceRules.check([(path: "Sources/M/M.swift", source: source)] + more)
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
    }

    func testUnderscoredAttributesAndDynamicLoadingAreRejected() {
        XCTAssertEqual(rule("@_silgen_name(\"exit\") func quit(_ c: Int32)\n")?.rule, "no-underscored-attributes")
        XCTAssertEqual(rule("@_cdecl(\"main\") func m() {}\n")?.rule, "no-underscored-attributes")
        XCTAssertEqual(rule("import Foundation\nlet h = dlopen(nil, 0)\n")?.rule, "no-dynamic-loading")
    }

    func testShadowingStandardNamesIsRejected() {
        XCTAssertEqual(rule("struct Int {}\n")?.rule, "no-shadowing")
        XCTAssertEqual(rule("typealias String = Int\n")?.rule, "no-shadowing")
        XCTAssertEqual(rule("func abs(_ x: Int) -> Int { 0 }\n")?.rule, "no-shadowing")
        XCTAssertNil(rule("struct Shape { func max(_ a: Int) -> Int { a } }\n"), "a method named max is fine")
    }

    func testRulesSeeEveryFile() {
        let violation = rule("struct A {}\n", [(path: "Sources/M/Other.swift", source: "\n\nimport XCTest\n")])
        XCTAssertEqual(violation?.file, "Sources/M/Other.swift")
        XCTAssertEqual(violation?.line, 3)
    }
}
