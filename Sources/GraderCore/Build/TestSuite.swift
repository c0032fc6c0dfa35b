/// The hidden tests of an exercise, as the harness must list them for XCTest on Linux.
public struct TestSuite: Sendable, Equatable {
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

    public var classes: [TestClass]

    public init(classes: [TestClass]) {
        self.classes = classes
    }

    /// Every test as `Class.testMethod`, in suite order.
    public var testNames: [String] {
        classes.flatMap { testClass in testClass.methods.map { "\(testClass.name).\($0.name)" } }
    }
}
