import SwiftIfConfig
import SwiftSyntax

/// One pass over the active code of a hidden suite's file for `TestListScanner`, for what Swift
/// Testing needs: which test libraries the file imports, its `@Test` functions with the types they
/// are declared in (extensions count as the type they extend), and the first XCTest name it uses
/// (`XCTAssert…` in a Swift Testing test records nothing: such a test passes whatever it checks).
final class TestFunctionVisitor: ActiveSyntaxVisitor {
    struct Found: Equatable {
        var function: TestSuite.TestFunction
        var line: Int
    }

    let converter: SourceLocationConverter
    private(set) var importsTesting = false
    private(set) var importsXCTest = false
    private(set) var functions: [Found] = []
    /// The first `XCT…` name used, and its line.
    private(set) var xctestName: (name: String, line: Int)?
    /// The line of the first exit test (`#expect(processExitsWith:)`, `#require(processExitsWith:)`).
    private(set) var exitTestLine: Int?
    private var types: [[String]] = []

    init(converter: SourceLocationConverter) {
        self.converter = converter
        super.init(viewMode: .sourceAccurate, configuration: SuiteBuildConfiguration())
    }

    override func visit(_ node: ImportDeclSyntax) -> SyntaxVisitorContinueKind {
        switch node.path.first?.name.text {
        case "Testing": importsTesting = true
        case "XCTest": importsXCTest = true
        default: break
        }
        return .skipChildren
    }

    override func visit(_ token: TokenSyntax) -> SyntaxVisitorContinueKind {
        if xctestName == nil, let name = token.identifier?.name, name.hasPrefix("XCT"), name != "XCTest" {
            xctestName = (name, SwiftSource.line(of: token, converter))
        }
        if exitTestLine == nil, let name = token.identifier?.name, name == "processExitsWith" || name == "exitsWith" {
            exitTestLine = SwiftSource.line(of: token, converter)
        }
        return .skipChildren
    }

    private func enter(_ name: TokenSyntax) -> SyntaxVisitorContinueKind {
        types.append([SourceRuleVisitor.name(name)])
        return .visitChildren
    }

    override func visit(_ node: StructDeclSyntax) -> SyntaxVisitorContinueKind { enter(node.name) }
    override func visit(_ node: ClassDeclSyntax) -> SyntaxVisitorContinueKind { enter(node.name) }
    override func visit(_ node: EnumDeclSyntax) -> SyntaxVisitorContinueKind { enter(node.name) }
    override func visit(_ node: ActorDeclSyntax) -> SyntaxVisitorContinueKind { enter(node.name) }
    override func visitPost(_ node: StructDeclSyntax) { types.removeLast() }
    override func visitPost(_ node: ClassDeclSyntax) { types.removeLast() }
    override func visitPost(_ node: EnumDeclSyntax) { types.removeLast() }
    override func visitPost(_ node: ActorDeclSyntax) { types.removeLast() }

    override func visit(_ node: ExtensionDeclSyntax) -> SyntaxVisitorContinueKind {
        types.append(
            node.extendedType.trimmedDescription.split(separator: ".").map {
                $0.replacingOccurrences(of: "`", with: "").trimmingCharacters(in: .whitespaces)
            })
        return .visitChildren
    }
    override func visitPost(_ node: ExtensionDeclSyntax) { types.removeLast() }
    override func visit(_ node: ProtocolDeclSyntax) -> SyntaxVisitorContinueKind { .skipChildren }

    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind {
        if node.attributes.contains(where: Self.isTestAttribute) {
            let labels = node.signature.parameterClause.parameters.map { "\($0.firstName.text):" }
            let name = "\(SourceRuleVisitor.name(node.name))(\(labels.joined()))"
            functions.append(
                Found(
                    function: TestSuite.TestFunction(suite: types.flatMap { $0 }, name: name),
                    line: SwiftSource.line(of: node.name, converter)))
        }
        // The body still matters: it may use XCTest's names.
        return .visitChildren
    }

    /// `@Test` or `@Testing.Test`, with or without arguments.
    static func isTestAttribute(_ element: AttributeListSyntax.Element) -> Bool {
        guard case .attribute(let attribute) = element else { return false }
        let name = attribute.attributeName.trimmedDescription.replacingOccurrences(of: " ", with: "")
        return name == "Test" || name == "Testing.Test"
    }
}
