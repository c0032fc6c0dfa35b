import Foundation
import GraderModel
import XCTest

@testable import GraderReport

/// The instructors' similarity pages in headless Chromium: they load with no console error and
/// nothing requested, show the histogram and the ranked pairs, and a pair page shows both
/// submissions with the shared lines marked and hostile code as text.
final class SimilarityPagesTests: ReportTestCase {
    static let hostile = "<script>alert(1)</script>"
    static let code = """
        func add(_ a: Int, _ b: Int) -> Int {
            let note = "\(hostile)"
            return a + b
        }

        """

    static let report = SimilarityReport(
        course: "fixture", generatedAt: ReportFixture.generatedAt, settings: SimilaritySettings(),
        exercises: [
            ExerciseSimilarity(
                id: "calc", submissions: 3, unparsed: ["carol\(hostile)": ["Calc.swift"]],
                histogram: [1, 0, 0, 0, 0, 1, 0, 0, 0, 1],
                pairs: [
                    SimilarPair(
                        first: "ann", second: "bob", similarity: 0.96, firstCoverage: 1, secondCoverage: 0.92,
                        sharedFingerprints: 12,
                        longest: SharedFragment(
                            tokens: 30, first: .init(file: "Calc.swift", startLine: 1, endLine: 3),
                            second: .init(file: "Calc.swift", startLine: 2, endLine: 4))),
                    SimilarPair(
                        first: "ann", second: "carol\(hostile)", similarity: 0.5, firstCoverage: 0.5,
                        secondCoverage: 0.5, sharedFingerprints: 3, longest: nil),
                ]),
            ExerciseSimilarity(
                id: "empty", submissions: 1, unparsed: [:], histogram: [0] + Array(repeating: 0, count: 9), pairs: []),
        ])

    static let evidence = SimilarityEvidence(
        files: [
            "calc": [
                "ann": [.init(path: "Calc.swift", text: code)],
                "bob": [.init(path: "Calc.swift", text: "// mine\n" + code)],
                "carol\(hostile)": [.init(path: "Calc.swift", text: "func add(")],
            ]
        ],
        shared: ["calc": [.init(first: ["Calc.swift": [1, 2, 3]], second: ["Calc.swift": [2, 3, 4]]), .init()]])

    override func setUpWithError() throws {
        try super.setUpWithError()
        try SimilarityFiles.write(Self.report, evidence: Self.evidence, to: folder.appendingPathComponent("similarity"))
    }

    func testTheIndexShowsEveryExerciseWithItsHistogramAndPairs() throws {
        let page = try open(
            "similarity/index.html",
            evaluations: [
                "a_sections": "document.querySelectorAll('main section').length",
                "b_rows": "document.querySelectorAll('table.pairs tbody tr').length",
                "c_bars": "document.querySelectorAll('svg.chart rect.bar').length",
                "d_links": "Array.from(document.querySelectorAll('table.pairs a')).map(a => a.getAttribute('href'))",
                "e_scripts": "document.querySelectorAll('script').length",
                "f_caveat": "document.querySelector('.caveat').textContent.includes('not a verdict')",
            ])
        assertLooksRight(page, "similarity/index.html")
        XCTAssertEqual(page.eval["a_sections"], .number(2))
        XCTAssertEqual(page.eval["b_rows"], .number(2))
        XCTAssertEqual(page.eval["c_bars"], .number(20), "ten columns per exercise")
        XCTAssertEqual(page.eval["d_links"], .strings(["pairs/calc/1.html", "pairs/calc/2.html"]))
        XCTAssertEqual(page.eval["e_scripts"], .number(0), "a hostile name is text")
        XCTAssertEqual(page.eval["f_caveat"], .bool(true))
    }

    func testAPairPageShowsBothSidesWithTheSharedLinesMarked() throws {
        let page = try open(
            "similarity/pairs/calc/1.html",
            evaluations: [
                "a_sides": "Array.from(document.querySelectorAll('.sides h2')).map(e => e.textContent)",
                "b_lines": "document.querySelectorAll('span.line').length",
                "c_shared": "Array.from(document.querySelectorAll('span.line.shared span.no')).map(e => e.textContent)",
                "d_longest": "document.querySelectorAll('span.line.longest').length",
                "e_scripts": "document.querySelectorAll('script').length",
                "f_code": "document.querySelector('pre.code').textContent.includes('\(Self.hostile)')",
            ])
        assertLooksRight(page, "similarity/pairs/calc/1.html")
        XCTAssertEqual(page.eval["a_sides"], .strings(["ann", "bob"]))
        XCTAssertEqual(page.eval["b_lines"], .number(4 + 5))
        XCTAssertEqual(page.eval["c_shared"], .strings(["1", "2", "3", "2", "3", "4"]))
        XCTAssertEqual(page.eval["d_longest"], .number(6))
        XCTAssertEqual(page.eval["e_scripts"], .number(0), "student code is text, never markup")
        XCTAssertEqual(page.eval["f_code"], .bool(true))
        let hostilePair = try open(
            "similarity/pairs/calc/2.html", evaluations: ["scripts": "document.querySelectorAll('script').length"])
        assertLooksRight(hostilePair, "similarity/pairs/calc/2.html")
        XCTAssertEqual(hostilePair.eval["scripts"], .number(0))
    }

    func testNoReportPageLinksToTheSimilarityPages() throws {
        for file in try allFiles() where file.hasSuffix(".html") && !file.hasPrefix("similarity/") {
            XCTAssertFalse(try text(file).contains("similarity"), "\(file) links to the similarity pages")
        }
    }
}
