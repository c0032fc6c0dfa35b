import Foundation
@_spi(Testing) import SwiftParser
@_spi(RawSyntax) import SwiftSyntax

/// Swift source as a syntax tree, for the rules on student code and the scanner of hidden suites:
/// parsed with a bounded nesting level, on a thread whose stack is large enough for the parser and
/// for recursive `SyntaxVisitor`s, whatever the stack of the calling task.
enum SwiftSource {
    /// Brackets (`(`, `[`, `{`, `<`) nested deeper than this stop the parser; the rest of the file is
    /// kept as unexpected tokens and the file is refused (`overflowLine`). Ordinary code stays far below.
    static let maximumNestingLevel = 256
    /// The stack of the thread that parses and visits: a debug build of the parser needs several
    /// megabytes at `maximumNestingLevel`, and visitors recurse once per level of the tree.
    static let stackSize = 64 << 20

    /// Square brackets nested deeper than this are refused before parsing: the parser takes time
    /// exponential in that depth (`[[[…]]]` as an array literal's first element or as a type, 2× per
    /// level), so a few lines could keep it busy for ever. Real code nests far fewer.
    static let maximumSquareBracketDepth = 8

    /// The line of the first `[` nested deeper than `maximumSquareBracketDepth` in `source`, or nil.
    /// Reads the tokens only (swift-syntax's lexer, linear time): brackets in comments and string
    /// literals do not count, those in interpolations do.
    static func squareBracketOverflowLine(in source: String) -> Int? {
        var source = source
        return source.withUTF8 { buffer -> Int? in
            var tracker = LookaheadTracker()
            return withUnsafeMutablePointer(to: &tracker) { tracker -> Int? in
                var open: [Bool] = []
                var depth = 0
                var offset = 0
                for lexeme in Lexer.tokenize(buffer, lookaheadTracker: tracker, experimentalFeatures: []) {
                    defer { offset += lexeme.byteLength }
                    switch lexeme.rawTokenKind {
                    case .leftSquare:
                        open.append(true)
                        depth += 1
                        guard depth > maximumSquareBracketDepth else { continue }
                        let start = offset + lexeme.leadingTriviaText.count
                        return buffer[..<start].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
                    case .leftParen, .leftBrace:
                        open.append(false)
                    case .rightSquare, .rightParen, .rightBrace:
                        if open.popLast() == true { depth -= 1 }
                    case .endOfFile:
                        return nil
                    default:
                        break
                    }
                }
                return nil
            }
        }
    }

    /// The tree of `source`, read in the language mode `Compiler` compiles in (Swift 5).
    static func parse(_ source: String) -> SourceFileSyntax {
        var parser = Parser(source, maximumNestingLevel: maximumNestingLevel, swiftVersion: .v5)
        return SourceFileSyntax.parse(from: &parser)
    }

    /// A file, parsed, or where it nests too deeply to be read.
    enum Reading {
        case tree(SourceFileSyntax, SourceLocationConverter)
        case tooDeep(line: Int)
    }

    /// `source` parsed (for `fileName`), unless it nests too deeply: square brackets are checked
    /// first (`squareBracketOverflowLine`), before the parser could spend exponential time on them,
    /// then the parser's own limit (`overflowLine`).
    static func read(_ source: String, fileName: String) -> Reading {
        if let line = squareBracketOverflowLine(in: source) { return .tooDeep(line: line) }
        let tree = parse(source)
        let converter = SourceLocationConverter(fileName: fileName, tree: tree)
        if let line = overflowLine(in: tree, converter: converter) { return .tooDeep(line: line) }
        return .tree(tree, converter)
    }

    /// The line where the parser gave up because `tree` nests too deeply, or nil when it did not.
    /// Walks down to the first overflowing node without recursion.
    static func overflowLine(in tree: SourceFileSyntax, converter: SourceLocationConverter) -> Int? {
        guard tree.hasMaximumNestingLevelOverflow else { return nil }
        var node = Syntax(tree)
        while let child = node.children(viewMode: .sourceAccurate).first(where: \.hasMaximumNestingLevelOverflow) {
            node = child
        }
        return line(of: node, converter)
    }

    /// The 1-based line `node` starts on (after its leading comments and whitespace).
    static func line(of node: some SyntaxProtocol, _ converter: SourceLocationConverter) -> Int {
        converter.location(for: node.positionAfterSkippingLeadingTrivia).line
    }

    /// Whether `node` is declared at the top level of its file (possibly inside `#if` clauses).
    static func isTopLevel(_ node: some SyntaxProtocol) -> Bool {
        var ancestor = node.parent
        while let current = ancestor {
            if current.is(SourceFileSyntax.self) { return true }
            guard
                current.is(CodeBlockItemSyntax.self) || current.is(CodeBlockItemListSyntax.self)
                    || current.is(IfConfigClauseSyntax.self) || current.is(IfConfigClauseListSyntax.self)
                    || current.is(IfConfigDeclSyntax.self)
            else { return false }
            ancestor = current.parent
        }
        return false
    }

    /// The type declaration or extension `node` is a member of (possibly inside `#if` clauses), or
    /// nil when it is not directly a member of one.
    static func owner(of node: some SyntaxProtocol) -> Syntax? {
        var ancestor = node.parent
        while let current = ancestor {
            if current.isProtocol((any DeclGroupSyntax).self) { return current }
            guard
                current.is(MemberBlockItemSyntax.self) || current.is(MemberBlockItemListSyntax.self)
                    || current.is(MemberBlockSyntax.self) || current.is(IfConfigClauseSyntax.self)
                    || current.is(IfConfigClauseListSyntax.self) || current.is(IfConfigDeclSyntax.self)
            else { return nil }
            ancestor = current.parent
        }
        return nil
    }

    /// The name a type is spelled with, without module or outer types (`XCTest.XCTestCase` →
    /// `XCTestCase`, `Box<Int>` → `Box`) and backticks.
    static func lastName(of type: TypeSyntax) -> String {
        if let identifier = type.as(IdentifierTypeSyntax.self) { return SourceRuleVisitor.name(identifier.name) }
        if let member = type.as(MemberTypeSyntax.self) { return SourceRuleVisitor.name(member.name) }
        return type.trimmedDescription
    }

    /// Runs `body` on a new thread with a `stackSize` stack and waits for it: the parser and
    /// visitors never run on the small stack of a Swift concurrency task. The caller is blocked as it
    /// would be if it did the work itself.
    static func onLargeStack<Value: Sendable>(_ body: @escaping @Sendable () -> Value) -> Value {
        let box = ResultBox<Value>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        guard let value = box.value else { preconditionFailure("the parsing thread returned nothing") }
        return value
    }
}

/// The value a thread hands back; written once before the semaphore is signalled, read after.
private final class ResultBox<Value: Sendable>: @unchecked Sendable {
    var value: Value?
}
