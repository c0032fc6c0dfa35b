/// The hidden tests of an exercise, as the harness must list them: XCTest on Linux cannot discover
/// tests by itself, and a Swift Testing harness runs only the tests it was told of.
public struct TestSuite: Sendable, Equatable {
    /// The test library a hidden suite is written in, decided by its imports.
    public enum Library: String, Sendable, Equatable {
        case xctest = "XCTest"
        case swiftTesting = "Swift Testing"
    }

    public struct Method: Sendable, Equatable {
        public var name: String
        public var isAsync: Bool
        public var isThrowing: Bool

        public init(name: String, isAsync: Bool = false, isThrowing: Bool = false) {
            self.name = name
            self.isAsync = isAsync
            self.isThrowing = isThrowing
        }
    }

    public struct TestClass: Sendable, Equatable {
        public var name: String
        public var methods: [Method]

        public init(name: String, methods: [Method]) {
            self.name = name
            self.methods = methods
        }
    }

    /// A Swift Testing `@Test` function: the types it is declared in (outermost first; none for a
    /// free function) and its name with argument labels, `param(x:)`.
    public struct TestFunction: Sendable, Equatable {
        public var suite: [String]
        public var name: String

        public init(suite: [String], name: String) {
            self.suite = suite
            self.name = name
        }

        /// The name reports, weights and the result channel use: `Suite.Nested.name(label:)`.
        public var testName: String { (suite + [name]).joined(separator: ".") }
        /// The test's ID as Swift Testing writes it, without the module and the source location.
        public var path: String { (suite + [name]).joined(separator: "/") }
    }

    public var library: Library
    /// XCTest: the `XCTestCase` subclasses and their test methods.
    public var classes: [TestClass]
    /// Swift Testing: the `@Test` functions.
    public var functions: [TestFunction]

    public init(classes: [TestClass]) {
        self.library = .xctest
        self.classes = classes
        self.functions = []
    }

    public init(functions: [TestFunction]) {
        self.library = .swiftTesting
        self.classes = []
        self.functions = functions
    }

    /// Every test in suite order: `Class.testMethod` (XCTest), `Suite.function(label:)` (Swift Testing).
    public var testNames: [String] {
        switch library {
        case .xctest: classes.flatMap { testClass in testClass.methods.map { "\(testClass.name).\($0.name)" } }
        case .swiftTesting: functions.map(\.testName)
        }
    }
}
