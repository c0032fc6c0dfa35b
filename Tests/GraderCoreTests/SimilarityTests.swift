import Foundation
import GraderModel
import SwiftParser
import SwiftSyntax
import XCTest

@testable import GraderCore

/// Similarity on copies of the bundled `recursion` solution disguised the usual ways, against two
/// solutions written independently: every disguised copy must rank above every honest pair.
final class SimilarityTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let packageRoot = root.deletingLastPathComponent().deletingLastPathComponent()
    static func read(_ path: String, from base: URL = packageRoot) throws -> String {
        try String(contentsOf: base.appendingPathComponent(path), encoding: .utf8)
    }

    static var reference: String { get throws { try read("Solutions/recursion/Sources/Recursion/Recursion.swift") } }
    static var starter: String { get throws { try read("Exercises/recursion/Sources/Recursion/Recursion.swift") } }

    /// Every identifier the solution declares or uses, renamed; comments rewritten; layout changed.
    static func renamed(_ source: String) -> String {
        var text = source
        for (old, new) in [
            ("smaller", "prev"), ("product", "p"), ("overflow", "didOverflow"), ("memo", "table"),
            ("known", "k"), ("middle", "mid"), ("range", "window"), ("number", "n"), ("elements", "xs"),
            ("result", "acc"), ("first", "head"), ("rest", "others"), ("tail", "t"), ("index", "i"),
        ] {
            text = text.replacingOccurrences(of: "\\b\(old)\\b", with: new, options: .regularExpression)
        }
        text = text.replacingOccurrences(of: "//[^\n]*", with: "// mine", options: .regularExpression)
        return text.replacingOccurrences(of: "    ", with: "  ").replacingOccurrences(of: " {\n", with: "\n{\n")
    }

    /// The top-level declarations in reverse order.
    static func reordered(_ source: String) -> String {
        let tree = Parser.parse(source: source)
        return tree.statements.reversed().map(\.trimmedDescription).joined(separator: "\n\n") + "\n"
    }

    /// A dead statement at the start of every function body.
    static func padded(_ source: String) -> String {
        source.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            line.contains("func ") && line.hasSuffix("{")
                ? [String(line), "    let unused = [1, 2, 3].count; _ = unused"] : [String(line)]
        }.joined(separator: "\n")
    }

    /// The disguised copies of the reference solution, by name.
    static func copies() throws -> [(String, String)] {
        let reference = try Self.reference
        return [
            ("renamed", Self.renamed(reference)), ("reordered", Self.reordered(reference)),
            ("padded", Self.padded(reference)), ("all-three", Self.padded(Self.reordered(Self.renamed(reference)))),
            (
                "broken",
                reference.replacingOccurrences(
                    of: "func gcd(_ a: Int, _ b: Int) -> Int {", with: "func gcd(_ a: Int, _ b: Int) -> Int {{{")
            ),
        ]
    }

    /// A class of the original, `copies`, the two honest solutions and the untouched starter.
    func compare(copies: [(String, String)]) throws -> ExerciseSimilarity {
        let students: [(String, String)] =
            [("original", try Self.reference)] + copies + [
                ("honest-1", try Self.read("Fixtures/similarity/honest-1.swift.txt", from: Self.root)),
                ("honest-2", try Self.read("Fixtures/similarity/honest-2.swift.txt", from: Self.root)),
                ("starter", try Self.starter),
            ]
        let comparer = SimilarityComparer(settings: SimilaritySettings())
        let path = "Sources/Recursion/Recursion.swift"
        return comparer.compare(
            exercise: "recursion",
            submissions: students.map { .init(student: $0.0, files: [(path: path, source: $0.1)]) },
            starter: [(path: path, source: try Self.starter)])
    }

    func compare() throws -> ExerciseSimilarity { try compare(copies: try Self.copies()) }

    static func score(_ result: ExerciseSimilarity, _ a: String, _ b: String) -> Double {
        result.pairs.first { Set([$0.first, $0.second]) == Set([a, b]) }?.similarity ?? 0
    }

    /// Each disguise in a class of its own (six copies of one solution in a class of nine would
    /// be code most of the class has, which never counts).
    func testDisguisedCopiesRankAboveEveryHonestPair() throws {
        var copied: [String: Double] = [:]
        var honest: [Double] = []
        for copy in try Self.copies() {
            let result = try compare(copies: [copy])
            copied[copy.0] = Self.score(result, "original", copy.0)
            for one in ["honest-1", "honest-2"] {
                honest += ["original", copy.0, "honest-1", "honest-2"].filter { $0 != one }.map {
                    Self.score(result, one, $0)
                }
            }
        }
        let gap = (copied.values.min() ?? 0) - (honest.max() ?? 1)
        print(
            "similarity: disguised copies score \(copied.sorted { $0.key < $1.key }), honest pairs at most \(honest.max() ?? 0), gap \(gap)"
        )
        XCTAssertGreaterThan(gap, 0.2, "copied \(copied), honest \(honest.sorted())")
        XCTAssertGreaterThan(copied["renamed"] ?? 0, 0.95, "renaming and reformatting change nothing")
    }

    func testStarterCodeAloneSharesNothing() throws {
        let result = try compare()
        let starterPairs = result.pairs.filter { $0.first == "starter" || $0.second == "starter" }
        XCTAssertEqual(starterPairs.map(\.similarity), [], "\(starterPairs)")
    }

    func testAFileThatDoesNotParseStillTakesPartAndIsNamed() throws {
        let result = try compare(copies: [try Self.copies()[4]])
        XCTAssertEqual(result.unparsed, ["broken": ["Sources/Recursion/Recursion.swift"]])
        let pair = try XCTUnwrap(result.pairs.first { Set([$0.first, $0.second]) == ["original", "broken"] })
        XCTAssertGreaterThan(pair.similarity, 0.8)
    }

    func testTheLongestFragmentPointsAtTheSharedLines() throws {
        let result = try compare(copies: [try Self.copies()[2]])
        let pair = try XCTUnwrap(result.pairs.first { Set([$0.first, $0.second]) == ["original", "padded"] })
        let longest = try XCTUnwrap(pair.longest)
        XCTAssertGreaterThan(longest.tokens, 30)
        XCTAssertLessThanOrEqual(longest.first.startLine, longest.first.endLine)
        XCTAssertEqual(longest.first.file, "Sources/Recursion/Recursion.swift")
        XCTAssertEqual(result.histogram.reduce(0, +), 5 * 4 / 2, "every pair is counted once")
        XCTAssertEqual(result.submissions, 5)
    }

    func testCodeMostOfTheClassHasDoesNotCount() {
        let shared = (0..<20).map { "func helper\($0)(_ x: Int) -> Int { let y = x * 2 + \($0); return y - 1 }\n" }
            .joined()
        let submissions = (0..<30).map { index in
            SimilarityComparer.Submission(
                student: "s\(index)", files: [(path: "A.swift", source: shared + (index < 2 ? Self.unique : ""))])
        }
        let result = SimilarityComparer(settings: SimilaritySettings()).compare(
            exercise: "x", submissions: submissions, starter: [])
        XCTAssertEqual(result.pairs.map { [$0.first, $0.second] }, [["s0", "s1"]], "only the two with a rarer part")
    }

    static let unique = """
        func rare(_ values: [Int]) -> [Int: Int] {
            var counts: [Int: Int] = [:]
            for value in values where value % 3 != 0 { counts[value, default: 0] += value > 10 ? 2 : 1 }
            return counts.filter { $0.value > 1 }
        }

        """
}

extension SimilarityTests {
    /// Two students hand in the same two files: the longest shared run crosses from the first file
    /// into the second, and is shown with the first file's lines only.
    func testAFragmentAcrossTwoFilesIsShownInItsFirstFile() throws {
        let reference = try Self.reference
        let cut = try XCTUnwrap(reference.range(of: "/// The greatest common divisor"))
        let first = String(reference[..<cut.lowerBound])
        let files = [(path: "A.swift", source: first), (path: "B.swift", source: String(reference[cut.lowerBound...]))]
        let result = SimilarityComparer(settings: SimilaritySettings()).compare(
            exercise: "recursion",
            submissions: [.init(student: "one", files: files), .init(student: "two", files: files)], starter: [])
        let longest = try XCTUnwrap(result.pairs.first?.longest)
        let tokens = SimilarityTokens(files: files).tokens.count
        XCTAssertGreaterThan(Double(longest.tokens), 0.9 * Double(tokens), "one run over both files: \(longest)")
        XCTAssertEqual(longest.first.file, "A.swift")
        XCTAssertLessThanOrEqual(
            longest.first.endLine, first.split(separator: "\n", omittingEmptySubsequences: false).count,
            "the lines shown are lines of A.swift")
    }
}
