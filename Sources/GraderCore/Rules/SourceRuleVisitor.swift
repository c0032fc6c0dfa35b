import GraderModel
import SwiftSyntax

/// One pass over the tree of a student's file for `SourceRules`: the first place each rule is
/// broken, the types the file declares and its operator functions (whether those are allowed
/// depends on the types every file declares). Visits every clause of every `#if`.
final class SourceRuleVisitor: SyntaxVisitor {
    /// Where a rule is first broken in the file, and why it is refused.
    struct Hit: Sendable, Equatable {
        var line: Int
        var explanation: String
    }

    /// An operator function, decided once every file's types are known.
    struct Operator: Sendable, Equatable {
        var line: Int
        var name: String
        /// Every name the types of its parameters mention (`Self` included).
        var mentions: Set<String>
        /// The type it is declared in an extension of, if it is.
        var extended: String?

        /// Allowed when a parameter has one of the student's own types (or `Self`) and it is not
        /// declared in an extension of someone else's type.
        func isAllowed(ownTypes: Set<String>) -> Bool {
            guard mentions.contains("Self") || !mentions.isDisjoint(with: ownTypes) else { return false }
            return extended.map { ownTypes.contains($0) } ?? true
        }
    }

    let converter: SourceLocationConverter
    let allowances: Set<Allowance>
    /// Rule name → its first hit in the file.
    private(set) var hits: [String: Hit] = [:]
    private(set) var declaredTypes: Set<String> = []
    private(set) var operators: [Operator] = []

    init(converter: SourceLocationConverter, allowances: Set<Allowance>) {
        self.converter = converter
        self.allowances = allowances
        super.init(viewMode: .sourceAccurate)
    }

    /// Keeps the first hit of `rule` (the visit goes in source order).
    private func record(_ rule: String, at node: some SyntaxProtocol, _ explanation: @autoclosure () -> String) {
        guard hits[rule] == nil else { return }
        hits[rule] = Hit(line: SwiftSource.line(of: node, converter), explanation: explanation())
    }

    private func refuseUnsafe(_ construct: String, at node: some SyntaxProtocol) {
        guard !allowances.contains(.unsafe) else { return }
        record("no-unsafe", at: node, SourceRules.unsafeExplanation(construct))
    }

    /// A name as the compiler sees it: backticks stripped.
    static func name(_ token: TokenSyntax) -> String {
        token.identifier?.name ?? token.text.replacingOccurrences(of: "`", with: "")
    }

    // MARK: Names

    override func visit(_ token: TokenSyntax) -> SyntaxVisitorContinueKind {
        guard let name = token.identifier?.name else { return .skipChildren }
        if name.hasPrefix("XCT") {
            record(
                "no-xctest", at: token,
                "`\(name)`: XCTest belongs to the grader; your code may not import it or use its names")
        }
        if SourceRules.dynamicLoading.contains(name), !allowances.contains(.dynamicLoading) {
            record(
                "no-dynamic-loading", at: token,
                "`\(name)` is not allowed here. If the exercise really needs it, the instructor can add `allow: [\(Allowance.dynamicLoading.rawValue)]` to the exercise in grader.yml"
            )
        }
        return .skipChildren
    }

    /// Swift Testing and its parts belong to the grader: a student's own `@Test`s are never run, and
    /// its test discovery must see only the hidden suite.
    override func visit(_ node: ImportDeclSyntax) -> SyntaxVisitorContinueKind {
        let module = node.path.first.map { Self.name($0.name) } ?? ""
        if module == "Testing" || module.hasPrefix("_Testing") || module == "_TestDiscovery" {
            record(
                "no-testing", at: node,
                "`import \(module)`: Swift Testing belongs to the grader; your code may not import it (tests of your own go in Tests/, where `swift test` runs them; the grader does not)"
            )
        }
        return .visitChildren
    }

    // MARK: Attributes and unsafe code

    override func visit(_ node: AttributeSyntax) -> SyntaxVisitorContinueKind {
        let name =
            node.attributeName.as(IdentifierTypeSyntax.self).map { Self.name($0.name) }
            ?? node.attributeName.trimmedDescription.replacingOccurrences(of: "`", with: "")
        if SourceRules.linkerAttributes.contains(name) {
            record("no-linker-attributes", at: node, SourceRules.linkerExplanation(name))
        } else if name.hasPrefix("_") || name == "dynamicReplacement" {
            record(
                "no-underscored-attributes", at: node,
                "`@\(name)` changes how code is linked or called; it is not allowed here")
        }
        if name == "unsafe" || name == "safe" { refuseUnsafe("@\(name)", at: node) }
        return .visitChildren
    }

    override func visit(_ node: UnsafeExprSyntax) -> SyntaxVisitorContinueKind {
        refuseUnsafe("unsafe", at: node.unsafeKeyword)
        return .visitChildren
    }

    override func visit(_ node: ForStmtSyntax) -> SyntaxVisitorContinueKind {
        if let keyword = node.unsafeKeyword { refuseUnsafe("unsafe", at: keyword) }
        return .visitChildren
    }

    /// `nonisolated(unsafe)`, `unowned(unsafe)` on a declaration.
    override func visit(_ node: DeclModifierSyntax) -> SyntaxVisitorContinueKind {
        if let detail = node.detail, Self.name(detail.detail) == "unsafe" {
            refuseUnsafe("\(node.name.text)(unsafe)", at: node)
        }
        return .visitChildren
    }

    /// `[unowned(unsafe) self]` in a closure's capture list.
    override func visit(_ node: ClosureCaptureSpecifierSyntax) -> SyntaxVisitorContinueKind {
        if let detail = node.detail, Self.name(detail) == "unsafe" {
            refuseUnsafe("\(node.specifier.text)(unsafe)", at: node)
        }
        return .visitChildren
    }

    /// A bare `/…/` regex: swift-syntax always reads one, the compiler in Swift 5 mode never does
    /// (it reads operators there), so the tree would not show what the compiler compiles.
    override func visit(_ node: RegexLiteralExprSyntax) -> SyntaxVisitorContinueKind {
        if node.openingPounds == nil {
            record(
                "no-bare-slash-regex", at: node,
                "`/…/` is not a regex literal in the Swift 5 language mode your code is compiled in, and the grader cannot tell what it is; write the regex as `#/…/#`"
            )
        }
        return .visitChildren
    }

    override func visit(_ node: MacroDeclSyntax) -> SyntaxVisitorContinueKind {
        record(
            "no-macros", at: node,
            "`macro \(Self.name(node.name))` declares a macro: graded code may not declare macros (the grader has no plugin to expand them); write an ordinary function instead"
        )
        return .visitChildren
    }

    // MARK: Declarations

    private func declare(_ token: TokenSyntax) -> SyntaxVisitorContinueKind {
        let name = Self.name(token)
        declaredTypes.insert(name)
        if SourceRules.standardTypes.contains(name) {
            record(
                "no-shadowing", at: token,
                "`\(name)` is a standard type: declaring your own would change what the tests mean; pick another name")
        }
        return .visitChildren
    }

    override func visit(_ node: ClassDeclSyntax) -> SyntaxVisitorContinueKind { declare(node.name) }
    override func visit(_ node: StructDeclSyntax) -> SyntaxVisitorContinueKind { declare(node.name) }
    override func visit(_ node: EnumDeclSyntax) -> SyntaxVisitorContinueKind { declare(node.name) }
    override func visit(_ node: ActorDeclSyntax) -> SyntaxVisitorContinueKind { declare(node.name) }
    override func visit(_ node: ProtocolDeclSyntax) -> SyntaxVisitorContinueKind { declare(node.name) }
    override func visit(_ node: TypeAliasDeclSyntax) -> SyntaxVisitorContinueKind { declare(node.name) }
    override func visit(_ node: AssociatedTypeDeclSyntax) -> SyntaxVisitorContinueKind { declare(node.name) }

    override func visit(_ node: FunctionDeclSyntax) -> SyntaxVisitorContinueKind {
        switch node.name.tokenKind {
        case .binaryOperator, .prefixOperator, .postfixOperator:
            var mentions: Set<String> = []
            for parameter in node.signature.parameterClause.parameters {
                for token in parameter.type.tokens(viewMode: .sourceAccurate) { mentions.insert(Self.name(token)) }
            }
            operators.append(
                Operator(
                    line: SwiftSource.line(of: node.funcKeyword, converter), name: node.name.text, mentions: mentions,
                    extended: Self.enclosingExtension(of: node)))
        default:
            let name = Self.name(node.name)
            if SourceRules.standardFunctions.contains(name), SwiftSource.isTopLevel(node) {
                record(
                    "no-shadowing", at: node.name,
                    "a top-level function named `\(name)` hides the standard library's; pick another name")
            }
        }
        return .visitChildren
    }

    /// The name of the type whose extension `node` is declared in, when the innermost type around it
    /// is an extension (the last component: `Outer.Inner` → `Inner`).
    static func enclosingExtension(of node: some SyntaxProtocol) -> String? {
        var ancestor = node.parent
        while let current = ancestor {
            if let scope = current.as(ExtensionDeclSyntax.self) {
                return SwiftSource.lastName(of: scope.extendedType)
            }
            if current.isProtocol((any DeclGroupSyntax).self) { return nil }
            ancestor = current.parent
        }
        return nil
    }
}
