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
        let main = HarnessGenerator.mainSwift(for: suite)
        XCTAssertTrue(main.contains("(\"testA\", asyncTest(T.testA))"), main)
        XCTAssertTrue(main.contains("(\"testB\", T.testB)"), main)
    }
}
