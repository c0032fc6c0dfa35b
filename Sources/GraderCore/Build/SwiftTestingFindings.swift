/// What `TestFunctionVisitor` found across a hidden suite's files, and the Swift Testing suite it
/// makes (`TestListScanner`).
struct SwiftTestingFindings {
    var importsTesting = false
    var functions: [(found: TestFunctionVisitor.Found, file: String)] = []
    /// The first XCTest name or import, where it is.
    var xctest: String?
    /// The first exit test, where it is.
    var exitTest: String?

    mutating func add(_ visitor: TestFunctionVisitor, file: String) {
        importsTesting = importsTesting || visitor.importsTesting
        functions += visitor.functions.map { ($0, file) }
        if exitTest == nil, let line = visitor.exitTestLine { exitTest = "\(file):\(line)" }
        if xctest == nil, let name = visitor.xctestName {
            xctest = "\(file):\(name.line): `\(name.name)`"
        } else if xctest == nil, visitor.importsXCTest {
            xctest = "\(file): `import XCTest`"
        }
    }

    /// The Swift Testing suite, or why the files cannot be one.
    func suite(xctestClasses: [String]) throws(TestListScanner.ScanError) -> TestSuite {
        if let first = xctestClasses.first {
            throw TestListScanner.ScanError(
                description:
                    "the suite imports Testing but also declares XCTest tests (\(first)): write an exercise's hidden tests with one library"
            )
        }
        if let xctest {
            throw TestListScanner.ScanError(
                description:
                    "\(xctest) in a Swift Testing suite: XCTest's assertions record nothing in a Swift Testing test, which would pass whatever it checks; use #expect or #require"
            )
        }
        if let exitTest {
            // The child process an exit test starts is the test binary again, whose harness finds no
            // handshake and exits with a failure: `.failure` would pass whatever the code does.
            throw TestListScanner.ScanError(
                description:
                    "\(exitTest): exit tests (`processExitsWith:`) cannot be graded: they start the test binary again, whose harness then fails on its own, so their outcome would not depend on the student's code; test the function's result instead"
            )
        }
        var seen: Set<String> = []
        var tests: [TestSuite.TestFunction] = []
        for (found, file) in functions {
            let name = found.function.testName
            if name.contains(where: \.isWhitespace) {
                throw TestListScanner.ScanError(
                    description:
                        "\(file):\(found.line): test function `\(name)` has spaces in its name: give it a plain name and put the words in @Test(\"…\")"
                )
            }
            guard seen.insert(name).inserted else {
                throw TestListScanner.ScanError(description: "\(file):\(found.line): \(name) is declared twice")
            }
            tests.append(found.function)
        }
        guard !tests.isEmpty else {
            throw TestListScanner.ScanError(
                description: "no test found: the suite imports Testing, so write its tests as `@Test func something()`")
        }
        return TestSuite(functions: tests)
    }
}
