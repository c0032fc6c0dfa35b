import Foundation
@_spi(Testing) import SwiftParser
@_spi(RawSyntax) import SwiftSyntax

/// One submission's Swift files as the token sequence similarity compares: identifiers become
/// `id`, number literals `num`, the text of string literals `str`; keywords, operators and
/// punctuation stay as written; comments and whitespace are gone. Renaming, reformatting and
/// re-commenting therefore change nothing. The tokens are swift-syntax's lexer's; a file its
/// parser finds errors in still takes part, and is listed in `unparsed`.
struct SimilarityTokens: Sendable {
    /// The normalised tokens of every file, files in path order.
    var tokens: [String] = []
    /// For each token, the file (index into `files`) and the 1-based line it starts on.
    var places: [(file: Int, line: Int)] = []
    var files: [String] = []
    /// Files that did not parse (their lexical tokens are used).
    var unparsed: [String] = []

    init(files: [(path: String, source: String)]) {
        let sorted = files.sorted { $0.path < $1.path }
        // One thread with a large stack for the parser, for all of a submission's files.
        let read = SwiftSource.onLargeStack { sorted.map { Self.tokens(of: $0.source) } }
        for (index, (file, (tokens, parsed))) in zip(sorted, read).enumerated() {
            self.files.append(file.path)
            if !parsed { unparsed.append(file.path) }
            for token in tokens {
                self.tokens.append(token.text)
                places.append((index, token.line))
            }
        }
    }

    /// The normalised tokens of `source` with their lines, and whether it parses without errors.
    /// The tokens are always the lexer's, so that a file with one syntax error compares with its
    /// correct twin token for token; the parser only says whether the file is valid Swift.
    static func tokens(of source: String) -> (tokens: [(text: String, line: Int)], parsed: Bool) {
        // Square brackets nested so deep that the parser would take exponential time: not parsed.
        let parsed = SwiftSource.squareBracketOverflowLine(in: source) == nil && !SwiftSource.parse(source).hasError
        return (lexicalTokens(of: source), parsed)
    }

    /// What swift-syntax's lexer makes of `source`, normalised the same way.
    static func lexicalTokens(of source: String) -> [(text: String, line: Int)] {
        var source = source
        return source.withUTF8 { buffer in
            var tracker = LookaheadTracker()
            return withUnsafeMutablePointer(to: &tracker) { tracker in
                var tokens: [(String, Int)] = []
                var line = 1
                for lexeme in Lexer.tokenize(buffer, lookaheadTracker: tracker, experimentalFeatures: []) {
                    // The sequence goes on giving the end of the file: stop at the first.
                    if lexeme.rawTokenKind == .endOfFile { break }
                    line += lexeme.leadingTriviaText.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
                    let text = String(decoding: lexeme.tokenText, as: UTF8.self)
                    switch lexeme.rawTokenKind {
                    case .identifier, .dollarIdentifier: tokens.append(("id", line))
                    case .integerLiteral, .floatLiteral: tokens.append(("num", line))
                    case .stringSegment: tokens.append(("str", line))
                    default: tokens.append((text, line))
                    }
                    line += lexeme.tokenText.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
                    line += lexeme.trailingTriviaText.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
                }
                return tokens
            }
        }
    }
}
