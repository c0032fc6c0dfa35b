import Foundation
import GraderModel
import GraderReport
import GraderTestSupport
import XCTest

/// `index.html`, `students/*.html`, `exercises/*.html`: content, truncation, self-containment.
/// (Escaping: `EscapingTests`; the exact bytes: `GoldenFilesTests`.)
final class HTMLReportTests: ReportTestCase {
    private var htmlFiles: [String] {
        get throws { try allFiles().filter { $0.hasSuffix(".html") } }
    }

    func testOnePagePerStudentAndPerExercise() throws {
        XCTAssertEqual(try htmlFiles.filter { $0.hasPrefix("students/") }.count, 3)
        XCTAssertEqual(
            try htmlFiles.filter { $0.hasPrefix("exercises/") },
            ["exercises/loops.html", "exercises/operators.html", "exercises/strings.html"])
    }

    func testIndexShowsTheRunTotalsAndEveryCell() throws {
        let html = try text("index.html")
        XCTAssertTrue(html.contains("<h1>Become 2% (Swift track)</h1>"))
        XCTAssertTrue(html.contains("Course <code>become-2-percent</code> · graded 2026-03-01T12:00:00Z"))
        XCTAssertTrue(html.contains("sandbox <code>bubblewrap</code> · 3 students · 3 exercises"))
        XCTAssertFalse(html.contains("without a sandbox"))
        XCTAssertTrue(html.contains("<dt>Class average</dt><dd>9.44 / 30 (31 %)</dd>"), "(20 + 0 + 8.33) / 3")
        XCTAssertTrue(html.contains("<dt>Median</dt><dd>8.33</dd>"))
        XCTAssertTrue(html.contains("<dt>Full marks</dt><dd>0 of 3</dd>"))
        let commit = "0123456789abcdef0123456789abcdef01234567"
        XCTAssertTrue(
            html.contains(
                "<a href=\"https://github.com/acme/course-ada-l/commit/\(commit)\" title=\"\(commit)\"><code>0123456</code></a>"
            ))
        XCTAssertTrue(html.contains("<a href=\"students/ada.html\">ada</a>"))
        XCTAssertTrue(html.contains("<a href=\"students/grace@example.edu.html\">grace@example.edu</a>"))
        XCTAssertTrue(html.contains("data-sort=\"7.5\">7.5 / 10<span class=\"status\">graded</span>"))
        XCTAssertTrue(html.contains("t-bad\" data-sort=\"0\">0 / 10<span class=\"status\">compile error</span>"))
        XCTAssertTrue(html.contains("t-bad\" data-sort=\"0\">0 / 10<span class=\"status\">rejected</span>"))
        XCTAssertTrue(html.contains("t-part\" data-sort=\"3.3333\">3.33 / 10<span class=\"status\">graded</span>"))
        XCTAssertTrue(html.contains("<td class=\"num\" data-sort=\"20\"><strong>20</strong> / 30</td>"))
        XCTAssertTrue(html.contains("<strong>8.33</strong> / 30"))
        for id in ["operators", "loops", "strings"] {
            XCTAssertTrue(
                html.contains("<th scope=\"col\" class=\"num\"><a href=\"exercises/\(id).html\">\(id)</a></th>"), id)
        }
        XCTAssertTrue(
            html.contains("<tr><th scope=\"row\">Class average</th><td></td><td></td><td class=\"num\">3.33 / 10</td>"),
            "operators: (10 + 0 + 0) / 3")
    }

    func testIndexChartsAreInlineSVG() throws {
        let html = try text("index.html")
        XCTAssertEqual(html.components(separatedBy: "<svg class=\"chart\"").count - 1, 2)
        XCTAssertTrue(
            html.contains(
                "aria-label=\"Students by total score: 0–9 %: 1, 10–19 %: 0, 20–29 %: 1, 30–39 %: 0, 40–49 %: 0, "
                    + "50–59 %: 0, 60–69 %: 1, 70–79 %: 0, 80–89 %: 0, 90–100 %: 0\""),
            "grace 0 %, mallory 28 %, ada 67 %")
        XCTAssertTrue(
            html.contains("aria-label=\"Pass rate per exercise: operators 33 %, loops 42 %, strings 19 %\""),
            "loops: (7.5 + 0 + 5) / 30 = 42 %; strings: (2.5 + 0 + 3.33) / 30 = 19 %")
        XCTAssertTrue(html.contains("<a href=\"exercises/loops.html\"><text x=\"132\""))
    }

    func testIndexScriptIsTheOneTheContentSecurityPolicyAllows() throws {
        let html = try text("index.html")
        let script = try XCTUnwrap(
            html.components(separatedBy: "<script>").last?.components(separatedBy: "</script>").first)
        XCTAssertEqual(html.components(separatedBy: "<script").count - 1, 1, "one script only")
        let hash = try XCTUnwrap(Self.sha256Base64(script))
        XCTAssertTrue(
            html.contains("script-src 'sha256-\(hash)'"),
            "the sort script changed: put \(hash) in SortScript.sha256")
        for file in try htmlFiles where file != "index.html" {
            XCTAssertFalse(try text(file).contains("<script"), file)
            XCTAssertTrue(try text(file).contains("script-src 'none'"), file)
        }
    }

    func testEveryPageIsSelfContained() throws {
        for file in try htmlFiles {
            let html = try text(file)
            XCTAssertTrue(
                html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"), file)
            XCTAssertTrue(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline';"), file)
            XCTAssertTrue(html.contains("@media print"), "\(file) has the print styles")
            XCTAssertTrue(html.contains("@media (max-width: 40rem)"), "\(file) has the phone styles")
            XCTAssertEqual(html.components(separatedBy: "<style>").count - 1, 1, file)
            for needle in ["src=", "<link", "url(", "@import", "http://"] {
                XCTAssertFalse(html.contains(needle), "\(file) loads something: \(needle)")
            }
        }
        let styles = try Set(
            htmlFiles.map { try text($0).components(separatedBy: "<style>")[1].components(separatedBy: "</style>")[0] })
        XCTAssertEqual(styles.count, 1, "one stylesheet for all pages")
    }

    func testEveryLinkLeadsToAFileAnAnchorOrACommitPage() throws {
        for file in try htmlFiles {
            let html = try text(file)
            let base = url(file).deletingLastPathComponent()
            for href in hrefs(in: html) {
                if href.hasPrefix("https://") {
                    XCTAssertTrue(href.hasPrefix("https://github.com/acme/course-"), "\(file): \(href)")
                } else if href.hasPrefix("#") {
                    XCTAssertTrue(html.contains("id=\"\(href.dropFirst())\""), "\(file): \(href)")
                } else {
                    XCTAssertFalse(href.contains(":"), "\(file): \(href) is not relative")
                    let target = base.appendingPathComponent(href).standardizedFileURL
                    XCTAssertTrue(FileManager.default.fileExists(atPath: target.path), "\(file): \(href)")
                }
            }
        }
    }

    func testStudentPageShowsEveryExerciseAndTest() throws {
        let ada = try String(contentsOf: studentFile(ReportFixture.ada, "html"), encoding: .utf8)
        let commit = "0123456789abcdef0123456789abcdef01234567"
        XCTAssertTrue(
            ada.contains(
                "<th scope=\"row\">Repository</th><td><a href=\"https://github.com/acme/course-ada-l\">"
                    + "<code>https://github.com/acme/course-ada-l.git</code></a>"))
        XCTAssertTrue(
            ada.contains(
                "<th scope=\"row\">Commit graded</th><td><a href=\"https://github.com/acme/course-ada-l/commit/\(commit)\">"
                    + "<code>\(commit)</code></a>"))
        XCTAssertTrue(ada.contains("<td><strong>20</strong> / 30 (67 %)</td>"))
        XCTAssertTrue(
            ada.contains(
                "<h2>loops <span class=\"badge t-part\">graded</span> <span class=\"score\">7.5 / 10</span></h2>"))
        XCTAssertTrue(ada.contains("<td>1 of 4 tests do not pass</td>"), "the summary says what to look at")
        XCTAssertTrue(ada.contains("<td>all 4 tests pass</td>"))
        XCTAssertTrue(ada.contains("<details class=\"tests\">\n<summary>4 hidden tests: 4 passed</summary>"))
        XCTAssertTrue(
            ada.contains("<details class=\"tests\" open>\n<summary>4 hidden tests: 3 passed, 1 failed</summary>"))
        XCTAssertTrue(
            ada.contains(
                "<summary>4 hidden tests: 1 passed, 1 crashed, 1 timeout, 1 not run</summary>"))
        XCTAssertTrue(
            ada.contains("<tr><td><code>LoopsTests.testPrimes</code></td><td class=\"t-bad\">failed</td>"))
        XCTAssertTrue(ada.contains("<td class=\"num\">0 / 2.5</td><td class=\"num\">0.004 s</td>"))
        XCTAssertTrue(ada.contains("is not equal to (&quot;[2, 3, 5]&quot;)"))
        for (tone, label) in [("warn", "crashed"), ("warn", "timeout"), ("none", "not run")] {
            XCTAssertTrue(ada.contains("<td class=\"t-\(tone)\">\(label)</td>"), label)
        }
        XCTAssertTrue(ada.contains("<td class=\"num\">—</td>"), "an unfinished test has no duration")
        XCTAssertTrue(ada.contains("<summary>Captured output</summary>\n<pre>Fatal error: Index out of range\n</pre>"))
    }

    func testCompileDiagnosticsAreSplitIntoFileLineAndMessage() throws {
        let grace = try String(contentsOf: studentFile(ReportFixture.grace, "html"), encoding: .utf8)
        XCTAssertTrue(
            grace.contains(
                "<li class=\"d-error\">\n<p><code class=\"file\">Sources/Operators/Operators.swift</code> line 3, "
                    + "column 5: <strong>error</strong>: cannot find &#39;x&#39; in scope</p>"))
        XCTAssertTrue(
            grace.contains(
                "<td>does not compile: Sources/Operators/Operators.swift line 3: cannot find &#39;x&#39; in scope</td>")
        )
        XCTAssertTrue(grace.contains("<span class=\"badge t-none\">missing</span>"))
        XCTAssertTrue(grace.contains("nothing was submitted by the deadline 2026-03-02T23:59:00Z (extended)"))
        XCTAssertTrue(grace.contains("<span class=\"badge t-warn\">error</span>"))
        XCTAssertTrue(grace.contains("<tr><th scope=\"row\">GitHub</th><td>—</td></tr>"))
        XCTAssertFalse(grace.contains("<details class=\"tests\""), "no test table without tests")
    }

    func testMessagesDoNotLeakBetweenExercises() throws {
        let ada = try String(contentsOf: studentFile(ReportFixture.ada, "html"), encoding: .utf8)
        XCTAssertFalse(ada.contains("<p class=\"message\">"), "ada's exercises have no message")
        XCTAssertEqual(ada.components(separatedBy: "<pre>").count - 1, 1, "only strings has output")
        XCTAssertFalse(ada.contains("Compiler diagnostics"))
        XCTAssertEqual(
            ada.components(separatedBy: "<table class=\"facts late").count - 1, 1, "only loops had a deadline")
    }

    func testExercisePageRanksTestsAndGroupsFailures() throws {
        let loops = try text("exercises/loops.html")
        XCTAssertTrue(loops.contains("<dt>Pass rate</dt><dd>42 %</dd>"))
        XCTAssertTrue(loops.contains("<dt>Average</dt><dd>4.17 / 10</dd>"))
        XCTAssertTrue(
            loops.contains("<span class=\"badge t-ok\">graded: 2</span><span class=\"badge t-none\">missing: 1</span>"))
        let rows = loops.components(separatedBy: "<tr><th scope=\"row\"><code>").dropFirst().map {
            String($0.prefix { $0 != "<" })
        }
        XCTAssertEqual(
            rows,
            [
                "LoopsTests.testPrimes", "LoopsTests.test&lt;script&gt;alert(1)&lt;/script&gt;",
                "LoopsTests.testCount", "LoopsTests.testFizzBuzz", "LoopsTests.testSum",
            ], "hardest first: passed by 0, 0, 1, 1, 2 of 3 students (ties in the order met)")
        XCTAssertTrue(
            loops.contains(
                "<rect class=\"bar\" width=\"0\" height=\"10\"/></svg>0 %</td><td class=\"num\">0</td>"
                    + "<td class=\"num\">1</td><td class=\"num\">0</td><td class=\"num\">0</td><td class=\"num\">0</td>"
                    + "<td class=\"num\">2</td></tr>"),
            "testPrimes: 0 passed, 1 failed, no result for the 2 others")
        XCTAssertTrue(
            loops.contains(
                "<td class=\"num\">1</td><td>exercise</td><td><div class=\"message\">nothing was submitted by the deadline 2026-03-02T23:59:00Z (extended)</div></td>"
            ))
        XCTAssertTrue(loops.contains("<td>test<br><code>LoopsTests.testPrimes</code></td>"))
        let operators = try text("exercises/operators.html")
        XCTAssertTrue(
            operators.contains(
                "<td class=\"num\">1</td><td>compiler error</td><td><div class=\"message\">cannot find &#39;x&#39; in scope</div>"
            ))
        for file in try htmlFiles where file.hasPrefix("exercises/") {
            let html = try text(file)
            for student in report.students {
                XCTAssertFalse(html.contains(">\(student.identifier)<"), "\(file) names \(student.identifier)")
            }
        }
    }

    func testLongStudentTextIsTruncatedWithAVisibleMarker() throws {
        let long = String(repeating: "y", count: 200_000)
        let student = StudentResult(
            identifier: "verbose", githubUsername: nil, repository: nil, commit: nil,
            exercises: [
                ExerciseResult(
                    id: "loops", status: .compileError, maxScore: 10, message: long, diagnostics: long,
                    output: long)
            ])
        var big = report
        big.students = [student]
        try ReportWriter.write(big, to: folder)
        let html = try String(contentsOf: studentFile(student, "html"), encoding: .utf8)
        XCTAssertLessThan(html.count, 110_000)
        XCTAssertEqual(html.components(separatedBy: "… [truncated in this report:").count - 1, 3)
        XCTAssertTrue(html.contains("<summary>Captured output (truncated)</summary>"))
        XCTAssertTrue(
            html.contains(
                "<p class=\"truncated\">… [truncated in this report: \(200_000 - 16_384) more characters]</p>"))
    }

    func testTerminalColoursAndControlCharactersAreCleanedForReading() throws {
        let html = try String(contentsOf: studentFile(ReportFixture.mallory, "html"), encoding: .utf8)
        XCTAssertTrue(html.contains("\nred, a bell\u{FFFD} and a NUL\u{FFFD}\n</pre>"))
        XCTAssertFalse(html.contains("\u{1B}"))
        XCTAssertFalse(html.contains("\u{0}"))
    }

    func testAnUntitledCourseShowsItsID() throws {
        var untitled = report
        untitled.title = nil
        try ReportWriter.write(untitled, to: folder)
        XCTAssertTrue(try text("index.html").contains("<h1>become-2-percent</h1>"))
    }

    func testAnUnsandboxedRunIsFlagged() throws {
        var unsandboxed = report
        unsandboxed.sandbox = "none"
        try ReportWriter.write(unsandboxed, to: folder)
        XCTAssertTrue(try text("index.html").contains("Student code ran without a sandbox"))
    }

    func testIndexSaysHowManyResultsCameFromTheCache() throws {
        XCTAssertFalse(try text("index.html").contains("cache"), "the fixture's run did not use the cache")
        var cached = report
        cached.cache = CacheCounts(hits: 7, misses: 2)
        try ReportWriter.write(cached, to: folder)
        XCTAssertTrue(
            try text("index.html").contains("· 3 students · 3 exercises · 7 of 9 results reused from the cache</p>"))
    }

    private func hrefs(in html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap { rest in
            rest.split(separator: "\"", maxSplits: 1).first.map(String.init)
        }
    }

    /// Base64 of SHA-256 of the UTF-8 text, as Python computes it (Foundation has no SHA-256 on Linux).
    static func sha256Base64(_ text: String) throws -> String? {
        let script =
            "import base64, hashlib, sys; print(base64.b64encode(hashlib.sha256(sys.stdin.buffer.read()).digest()).decode())"
        return try PythonRunner.run(script, input: Data(text.utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
