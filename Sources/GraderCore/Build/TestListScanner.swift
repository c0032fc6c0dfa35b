/// Derives the test list of a hidden suite from its source: `func test…()` methods (async and/or
/// throwing) declared in the bodies of `XCTestCase` subclasses, or of extensions of them, across all
/// the suite's files. XCTest on Linux cannot discover tests by itself: the harness lists them.
public enum TestListScanner {
    public struct ScanError: Error, Sendable, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// `files` are (file name, contents), scanned in the order given.
    public static func scan(_ files: [(name: String, source: String)]) throws(ScanError) -> TestSuite {
        var superclass: [String: String] = [:]
        var classOrder: [String] = []
        var methods: [String: [TestSuite.Method]] = [:]

        for file in files {
            for declaration in declarations(in: SourceCleaner.clean(file.source)) {
                switch declaration {
                case .classDecl(let name, let parent):
                    if superclass[name] == nil { classOrder.append(name) }
                    superclass[name] = parent
                case .method(let owner, let method):
                    if methods[owner, default: []].contains(where: { $0.name == method.name }) {
                        throw ScanError(description: "\(file.name): \(owner).\(method.name) is declared twice")
                    }
                    methods[owner, default: []].append(method)
                }
            }
        }

        func isTestCase(_ name: String, depth: Int = 0) -> Bool {
            guard depth < 32, let parent = superclass[name] else { return false }
            return parent == "XCTestCase" || parent == "XCTest.XCTestCase" || isTestCase(parent, depth: depth + 1)
        }
        let classes = classOrder.filter { isTestCase($0) }.compactMap { name -> TestSuite.TestClass? in
            guard let list = methods[name], !list.isEmpty else { return nil }
            return TestSuite.TestClass(name: name, methods: list)
        }
        guard !classes.isEmpty else {
            throw ScanError(
                description:
                    "no test found: write test methods as `func testSomething()` inside a class that inherits from XCTestCase"
            )
        }
        return TestSuite(classes: classes)
    }

    enum Declaration {
        case classDecl(name: String, superclass: String)
        case method(owner: String, TestSuite.Method)
    }

    enum Scope {
        case type(String)
        case other
    }

    nonisolated(unsafe) static let classPattern = #/(?:^|[\s;])class\s+(\w+)\s*:\s*([\w.]+)[^{]*$/#
    nonisolated(unsafe) static let extensionPattern = #/(?:^|[\s;])extension\s+(\w+)[^{]*$/#
    nonisolated(unsafe) static let methodPattern =
        #/(?:^|\n)([ \t@\w()]*?)\bfunc\s+(test\w*)\s*\(\s*\)\s*(async\s*)?(throws\s*)?(?:->\s*(?:Void|\(\))\s*)?$/#

    /// Walks the braces of cleaned source, classifying each `{` by the declaration header before it.
    static func declarations(in cleaned: [UInt8]) -> [Declaration] {
        var result: [Declaration] = []
        var stack: [Scope] = []
        var headerStart = 0
        for (index, byte) in cleaned.enumerated() {
            switch byte {
            case UInt8(ascii: "{"):
                let header = String(decoding: cleaned[headerStart..<index], as: UTF8.self)
                let owner: String? = if case .type(let name) = stack.last { name } else { nil }
                if let owner, let match = header.firstMatch(of: methodPattern) {
                    let modifiers = match.output.1
                    if !modifiers.contains("static") && !modifiers.contains("class") {
                        result.append(
                            .method(
                                owner: owner,
                                TestSuite.Method(
                                    name: String(match.output.2), isAsync: match.output.3 != nil,
                                    isThrowing: match.output.4 != nil)))
                    }
                    stack.append(.other)
                } else if let match = header.firstMatch(of: classPattern) {
                    let name = String(match.output.1)
                    result.append(.classDecl(name: name, superclass: String(match.output.2)))
                    stack.append(.type(name))
                } else if let match = header.firstMatch(of: extensionPattern) {
                    stack.append(.type(String(match.output.1)))
                } else {
                    stack.append(.other)
                }
                headerStart = index + 1
            case UInt8(ascii: "}"):
                _ = stack.popLast()
                headerStart = index + 1
            case UInt8(ascii: ";"):
                headerStart = index + 1
            default:
                break
            }
        }
        return result
    }
}
