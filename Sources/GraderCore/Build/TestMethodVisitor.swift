import SwiftIfConfig
import SwiftSyntax

/// One pass over the active code of a hidden suite's file for `TestListScanner`: the classes it
/// declares at the top level (with the type they inherit from first) and the test methods declared
/// directly in top-level classes and extensions. Code in inactive `#if` clauses (for
/// `SuiteBuildConfiguration`) is not visited.
final class TestMethodVisitor: ActiveSyntaxVisitor {
    enum Declaration {
        case testClass(name: String, superclass: String)
        case method(owner: String, TestSuite.Method, line: Int)
    }

    let converter: SourceLocationConverter
    private(set) var declarations: [Declaration] = []

    init(converter: SourceLocationConverter) {
        self.converter = converter
        super.init(viewMode: .sourceAccurate, configuration: SuiteBuildConfiguration())
    }

    override func visit(_ node: ClassDeclSyntax) -> SyntaxVisitorContinueKind {
        guard SwiftSource.isTopLevel(node) else { return .skipChildren }
        if let parent = node.inheritanceClause?.inheritedTypes.first?.type {
            declarations.append(
                .testClass(name: SourceRuleVisitor.name(node.name), superclass: SwiftSource.lastName(of: parent)))
        }
        return .visitChildren
    }

    override func visit(_ node: ExtensionDeclSyntax) -> SyntaxVisitorContinueKind {
        SwiftSource.isTopLevel(node) ? .visitChildren : .skipChildren
    }

    /// Types nested in others are not listed: their methods are skipped.
    override func visit(_ node: StructDeclSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
    override func visit(_ node: EnumDeclSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
    override func visit(_ node: ActorDeclSyntax) -> SyntaxVisitorContinueKind { .skipChildren }
    override func visit(_ node: ProtocolDeclSyntax) -> SyntaxVisitorContinueKind { .skipChildren }

    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind {
        guard let owner = SwiftSource.owner(of: node), let method = Self.testMethod(node) else { return .skipChildren }
        let ownerName: String
        if let testClass = owner.as(ClassDeclSyntax.self) {
            ownerName = SourceRuleVisitor.name(testClass.name)
        } else if let scope = owner.as(ExtensionDeclSyntax.self) {
            ownerName = SwiftSource.lastName(of: scope.extendedType)
        } else {
            return .skipChildren
        }
        declarations.append(.method(owner: ownerName, method, line: SwiftSource.line(of: node.name, converter)))
        return .skipChildren
    }

    /// `node` as a test XCTest runs: an instance method `test…()` without parameters or generic
    /// parameters, returning nothing, async and/or throwing.
    static func testMethod(_ node: FunctionDeclSyntax) -> TestSuite.Method? {
        let name = SourceRuleVisitor.name(node.name)
        let signature = node.signature
        guard name.hasPrefix("test"), node.genericParameterClause == nil,
            signature.parameterClause.parameters.isEmpty,
            !node.modifiers.contains(where: { ["static", "class"].contains($0.name.text) })
        else { return nil }
        if let result = signature.returnClause?.type.trimmedDescription, result != "Void", result != "()" {
            return nil
        }
        let effects = signature.effectSpecifiers
        return TestSuite.Method(
            name: name, isAsync: effects?.asyncSpecifier != nil,
            isThrowing: effects?.throwsClause?.throwsSpecifier.tokenKind == .keyword(.throws))
    }
}
