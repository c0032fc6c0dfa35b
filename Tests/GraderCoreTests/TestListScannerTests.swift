import GraderCore
import XCTest

final class TestListScannerTests: XCTestCase {
    func testFindsTestMethodsOfXCTestCaseSubclassesAcrossFiles() throws {
        let suite = try TestListScanner.scan([
            (
                "A.swift",
                """
                import XCTest
                @testable import Loops

                final class LoopsTests: XCTestCase {
                    let limit = 5
                    override func setUp() { super.setUp() }
                    func testFizzBuzz() { XCTAssertEqual(1, 1) }
                    func testPrimes() throws {
                        let x = { () in 1 }
                        func testNestedHelper() {}
                        _ = x
                    }
                    @MainActor func testOnMain() async throws {}
                    func helper() {}
                    static func testNotATest() {}
                    func testWithArgument(_ x: Int) {}
                    // func testCommentedOut() {}
                    let text = "func testInString() {"
                }

                struct NotATestCase { func testIgnored() {} }
                class Base: XCTestCase {}
                class Derived: Base { func testInherited() {} }
                """
            ),
            ("B.swift", "extension LoopsTests {\n    func testFromExtension() {}\n}\n"),
        ])
        XCTAssertEqual(
            suite.testNames,
            [
                "LoopsTests.testFizzBuzz", "LoopsTests.testPrimes", "LoopsTests.testOnMain",
                "LoopsTests.testFromExtension", "Derived.testInherited",
            ])
        let onMain = suite.classes[0].methods[2]
        XCTAssertTrue(onMain.isAsync)
        XCTAssertTrue(onMain.isThrowing)
        XCTAssertFalse(suite.classes[0].methods[0].isAsync)
    }

    func testSuiteWithoutTestsIsAnError() {
        XCTAssertThrowsError(try TestListScanner.scan([("A.swift", "final class X: XCTestCase { func helper() {} }")]))
    }

    func testMultilineAndRawStringsAreNotCode() throws {
        let suite = try TestListScanner.scan([
            (
                "A.swift",
                #"""
                final class T: XCTestCase {
                    let a = """
                    func testFake() {
                    """
                    let b = #"func testRaw() { "# 
                    func testReal() {}
                }
                """#
            )
        ])
        XCTAssertEqual(suite.testNames, ["T.testReal"])
    }

    func testHarnessListsAsyncTestsWithAsyncTest() throws {
        let suite = try TestListScanner.scan([
            ("A.swift", "class T: XCTestCase { func testA() async {} ; func testB() {} }")
        ])
        let main = HarnessGenerator.mainSwift(for: suite, testModule: "CalcTests")
        XCTAssertTrue(main.contains("(\"testA\", asyncTest(T.testA))"), main)
        XCTAssertTrue(main.contains("(\"testB\", T.testB)"), main)
    }

    func testOnlyActiveIfClausesAreListed() throws {
        let suite = try TestListScanner.scan([
            (
                "A.swift",
                """
                import XCTest
                final class T: XCTestCase {
                    #if os(Windows)
                    func testWindows() {}
                    #elseif os(Linux)
                    func testLinux() {}
                    #endif
                    #if false
                    func testNever() {}
                    #endif
                    #if DEBUG
                    func testDebugOnly() {}
                    #endif
                    #if canImport(XCTest) && canImport(Foundation) && canImport(Glibc) && swift(>=5.9)
                    func testImports() async throws {}
                    #endif
                    #if canImport(UIKit) || compiler(<6.0)
                    func testUIKit() {}
                    #else
                    func testNoUIKit() {}
                    #endif
                    #if arch(x86_64) || arch(arm64)
                    func testArch() {}
                    #endif
                }
                #if os(macOS)
                final class MacOnly: XCTestCase { func testMac() {} }
                #else
                final class Other: XCTestCase { func testOther() {} }
                #endif
                """
            )
        ])
        XCTAssertEqual(
            suite.testNames,
            ["T.testLinux", "T.testImports", "T.testNoUIKit", "T.testArch", "Other.testOther"])
    }

    func testTheSameTestInExclusiveClausesIsNotADuplicate() throws {
        let suite = try TestListScanner.scan([
            ("A.swift", "class T: XCTestCase {\n#if os(Linux)\nfunc testA() {}\n#else\nfunc testA() {}\n#endif\n}\n")
        ])
        XCTAssertEqual(suite.testNames, ["T.testA"])
        XCTAssertThrowsError(
            try TestListScanner.scan([
                ("A.swift", "class T: XCTestCase { func testA() {} }\n"),
                ("B.swift", "extension T {\n    func testA() {}\n}\n"),
            ])
        ) { error in
            XCTAssertEqual("\(error)", "B.swift:2: T.testA is declared twice")
        }
    }

    func testNestedTypesStaticMethodsAndOtherSignaturesAreSkipped() throws {
        let suite = try TestListScanner.scan([
            (
                "A.swift",
                """
                final class Outer: XCTest.XCTestCase {
                    final class Inner: XCTestCase { func testInner() {} }
                    struct Helper { func testHelper() {} }
                    class func testClassMethod() {}
                    func testGeneric<T>() -> T? { nil }
                    func testReturns() -> Int { 1 }
                    func testVoid() -> Void {}
                    func testTyped() throws(CancellationError) {}
                    var testProperty: Int { 1 }
                    let closure = { func testInClosure() {} }
                }
                func testFree() {}
                """
            ),
            ("B.swift", "class Derived: Middle { func testDerived() {} }\n"),
            ("C.swift", "class Middle: Outer {}\n"),
        ])
        XCTAssertEqual(suite.testNames, ["Outer.testVoid", "Outer.testTyped", "Derived.testDerived"])
        XCTAssertTrue(suite.classes[0].methods[1].isThrowing)
    }

    func testDeeplyNestedSuiteIsAnErrorNotACrash() async {
        let depth = 10_000
        let source =
            "class T: XCTestCase {\n    func testDeep() {\n        _ = " + String(repeating: "(", count: depth) + "1"
            + String(repeating: ")", count: depth) + "\n    }\n}\n"
        let result = await Task.detached {
            Result { () throws(TestListScanner.ScanError) in try TestListScanner.scan([("A.swift", source)]) }
        }.value
        guard case .failure(let error) = result else { return XCTFail("\(result)") }
        XCTAssertTrue(error.description.hasPrefix("A.swift:3: nested more deeply"), error.description)
    }
}
