import SwiftDiagnostics
import SwiftSyntax

/// Derives the test list of a hidden suite from its syntax tree, across all the suite's files. Only
/// the clauses of `#if` the compiler builds count (`SuiteBuildConfiguration`).
///
/// A suite in which a file imports `Testing` is a Swift Testing suite: its tests are the `@Test`
/// functions (free, or in types and their extensions, nested or not). It may not also declare
/// XCTest tests or use XCTest's names (`XCTAssertEqual` in a Swift Testing test records nothing, so
/// the test would pass whatever it checks). Otherwise its tests are `func test…()` methods (async
/// and/or throwing) declared in the bodies of top-level `XCTestCase` subclasses (directly or through
/// other classes of the suite), or of extensions of them: XCTest on Linux cannot discover tests by
/// itself, the harness lists them.
public enum TestListScanner {
    public struct ScanError: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// `files` are (file name, contents), scanned in the order given.
    public static func scan(_ files: [(name: String, source: String)]) throws(ScanError) -> TestSuite {
        try SwiftSource.onLargeStack { () -> Result<TestSuite, ScanError> in
            do throws(ScanError) {
                return .success(try scanHere(files))
            } catch {
                return .failure(error)
            }
        }.get()
    }

    /// `scan`, on the calling thread's stack.
    static func scanHere(_ files: [(name: String, source: String)]) throws(ScanError) -> TestSuite {
        var superclass: [String: String] = [:]
        var classOrder: [String] = []
        var methods: [String: [TestSuite.Method]] = [:]
        var swiftTesting = SwiftTestingFindings()

        for file in files {
            let tree: SourceFileSyntax
            let converter: SourceLocationConverter
            switch SwiftSource.read(file.source, fileName: file.name) {
            case .tooDeep(let line):
                throw ScanError(
                    description:
                        "\(file.name):\(line): nested more deeply than the grader reads (\(SwiftSource.maximumNestingLevel) levels, \(SwiftSource.maximumSquareBracketDepth) of square brackets): flatten the code"
                )
            case .tree(let parsed, let locations):
                (tree, converter) = (parsed, locations)
            }
            let functionVisitor = TestFunctionVisitor(converter: converter)
            functionVisitor.walk(tree)
            swiftTesting.add(functionVisitor, file: file.name)
            let visitor = TestMethodVisitor(converter: converter)
            visitor.walk(tree)
            if let error = visitor.diagnostics.first(where: { $0.diagMessage.severity == .error }) {
                let line = error.location(converter: converter).line
                throw ScanError(description: "\(file.name):\(line): \(error.message)")
            }
            for declaration in visitor.declarations {
                switch declaration {
                case .testClass(let name, let parent):
                    if superclass[name] == nil { classOrder.append(name) }
                    superclass[name] = parent
                case .method(let owner, let method, let line):
                    if methods[owner, default: []].contains(where: { $0.name == method.name }) {
                        throw ScanError(description: "\(file.name):\(line): \(owner).\(method.name) is declared twice")
                    }
                    methods[owner, default: []].append(method)
                }
            }
        }

        func isTestCase(_ name: String, depth: Int = 0) -> Bool {
            guard depth < 32, let parent = superclass[name] else { return false }
            return parent == "XCTestCase" || isTestCase(parent, depth: depth + 1)
        }
        let xctestClasses = classOrder.filter { isTestCase($0) && methods[$0]?.isEmpty == false }
        if swiftTesting.importsTesting {
            return try swiftTesting.suite(xctestClasses: xctestClasses)
        }
        let classes = classOrder.filter { isTestCase($0) }.compactMap { name -> TestSuite.TestClass? in
            guard let list = methods[name], !list.isEmpty else { return nil }
            return TestSuite.TestClass(name: name, methods: list)
        }
        guard !classes.isEmpty else {
            throw ScanError(
                description:
                    "no test found: write test methods as `func testSomething()` inside a class that inherits from XCTestCase, or `@Test` functions in a file that imports Testing"
            )
        }
        return TestSuite(classes: classes)
    }
}
