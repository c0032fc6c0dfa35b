import GraderCore
import XCTest

/// The test list of hidden suites written in Swift Testing (`TestListScanner`, `TestFunctionVisitor`).
final class SwiftTestingScannerTests: XCTestCase {
    func testFindsTestFunctionsInTypesExtensionsAndAtTheTopLevel() throws {
        let suite = try TestListScanner.scan([
            (
                "A.swift",
                """
                import Testing
                @testable import Calc

                @Suite("Addition") struct AdditionTests {
                    @Test("Adds two numbers") func addsTwo() { #expect(add(2, 2) == 4) }
                    @Test(arguments: [1, 2, 3]) func keeps(x: Int) {}
                    @Test(arguments: [1], ["a"]) func pairs(_ x: Int, with y: String) async throws {}
                    func helper() {}
                    struct Nested { @Testing.Test func inner() {} }
                    #if os(Windows)
                    @Test func windowsOnly() {}
                    #endif
                }
                @Test func free() async {}
                let text = "@Test func inString() {}"
                // @Test func commentedOut() {}
                """
            ),
            ("B.swift", "import Testing\nextension AdditionTests.Nested {\n    @Test func fromExtension() {}\n}\n"),
        ])
        XCTAssertEqual(suite.library, .swiftTesting)
        XCTAssertEqual(
            suite.testNames,
            [
                "AdditionTests.addsTwo()", "AdditionTests.keeps(x:)", "AdditionTests.pairs(_:with:)",
                "AdditionTests.Nested.inner()", "free()", "AdditionTests.Nested.fromExtension()",
            ])
        XCTAssertEqual(suite.functions[3].path, "AdditionTests/Nested/inner()")
        XCTAssertEqual(suite.functions[4].path, "free()")
    }

    func testAnXCTestSuiteStaysXCTest() throws {
        let suite = try TestListScanner.scan([("A.swift", "import XCTest\nclass T: XCTestCase { func testA() {} }")])
        XCTAssertEqual(suite.library, .xctest)
        XCTAssertEqual(suite.testNames, ["T.testA"])
    }

    func testRefusals() {
        let cases: [(String, String)] = [
            (
                "import Testing\nimport XCTest\nclass T: XCTestCase { func testA() {} }\n@Test func b() {}",
                "also declares XCTest tests (T)"
            ),
            (
                "import Testing\n@Test func b() { XCTAssertEqual(1, 2) }",
                "A.swift:2: `XCTAssertEqual` in a Swift Testing suite"
            ),
            ("import Testing\nimport XCTest\n@Test func b() {}", "`import XCTest` in a Swift Testing suite"),
            (
                "import Testing\nstruct S { @Test func a() {} }\nextension S { @Test func a() {} }",
                "A.swift:3: S.a() is declared twice"
            ),
            ("import Testing\n@Test func `adds two`() {}", "has spaces in its name"),
            ("import Testing\nfunc helper() {}", "no test found: the suite imports Testing"),
            (
                "import Testing\n@Test func exits() async {\n    await #expect(processExitsWith: .failure) { fatalError() }\n}",
                "A.swift:3: exit tests (`processExitsWith:`) cannot be graded"
            ),
        ]
        for (source, expected) in cases {
            XCTAssertThrowsError(try TestListScanner.scan([("A.swift", source)]), source) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(error)")
            }
        }
    }

    func testHarnessRunsOnlyTheListedTestsOfTheSuiteModule() throws {
        let suite = try TestListScanner.scan([
            ("A.swift", "import Testing\nstruct S { @Test(arguments: [1]) func a(x: Int) {} }\n@Test func b() {}")
        ])
        let main = HarnessGenerator.mainSwift(for: suite, testModule: "CalcTests")
        XCTAssertTrue(main.contains("import Testing"), main)
        XCTAssertFalse(main.contains("import XCTest"), main)
        XCTAssertTrue(main.contains(#""S/a(x:)": "S.a(x:)","#), main)
        XCTAssertTrue(main.contains(#""b()": "b()","#), main)
        XCTAssertTrue(main.contains(#"private let gradeModule = "CalcTests""#), main)
        XCTAssertTrue(main.contains(#""parallel": false"#), main)
    }
}
