import Foundation
import GraderModel
import GraderReport
import XCTest

/// `index.html` and `students/*.html`: content, escaping, truncation, self-containment.
final class HTMLReportTests: ReportTestCase {
    private var htmlFiles: [String] {
        get throws { try allFiles().filter { $0.hasSuffix(".html") } }
    }

    func testNoRawScriptFromStudentDataInAnyPage() throws {
        XCTAssertEqual(try htmlFiles.count, 4)
        for file in try htmlFiles {
            let html = try text(file)
            XCTAssertFalse(html.lowercased().contains("<script"), "\(file) has a raw <script")
            XCTAssertFalse(html.contains("\"&'"), "\(file) has raw quotes from student data")
        }
        let hostile = studentFile(ReportFixture.mallory, "html").path
        for file in ["index.html", hostile.replacingOccurrences(of: folder.path + "/", with: "")] {
            let html = try text(file)
            XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), file)
            XCTAssertTrue(html.contains("&quot;&amp;&#39;"), file)
        }
    }

    func testHostileTextIsEscapedEverywhereItAppears() throws {
        let html = try String(contentsOf: studentFile(ReportFixture.mallory, "html"), encoding: .utf8)
        let escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
        XCTAssertTrue(html.contains("<h1>../../etc/passwd\(escaped)&quot;&amp;&#39;</h1>"), "identifier")
        XCTAssertTrue(html.contains("Sources/Operators/\(escaped)&quot;&amp;&#39;.swift"), "message")
        XCTAssertTrue(html.contains("<pre>Sources/Operators/\(escaped).swift:1:1"), "diagnostics")
        XCTAssertTrue(html.contains("expected 3, got \(escaped)"), "test message")
        XCTAssertTrue(html.contains("<pre>\(escaped)&quot;&amp;&#39;\n</pre>"), "output")
    }

    func testIndexShowsTheRunAndEveryCell() throws {
        let html = try text("index.html")
        XCTAssertTrue(html.contains("<h1>Become 2% (Swift track)</h1>"))
        XCTAssertTrue(html.contains("2026-03-01T12:00:00Z"))
        XCTAssertTrue(html.contains("sandbox <code>bubblewrap</code>"))
        XCTAssertFalse(html.contains("without a sandbox"))
        let commit = "0123456789abcdef0123456789abcdef01234567"
        XCTAssertTrue(html.contains("<code title=\"\(commit)\">0123456</code>"))
        XCTAssertTrue(html.contains("<a href=\"students/ada.html\">ada</a>"))
        XCTAssertTrue(html.contains("<a href=\"students/grace@example.edu.html\">grace@example.edu</a>"))
        XCTAssertTrue(html.contains("7.5 / 10<span class=\"status\">graded</span>"))
        XCTAssertTrue(html.contains("0 / 10<span class=\"status\">compile error</span>"))
        XCTAssertTrue(html.contains("0 / 10<span class=\"status\">rejected</span>"))
        XCTAssertTrue(html.contains("3.3333 / 10<span class=\"status\">graded</span>"))
        XCTAssertTrue(html.contains("<strong>20</strong> / 30"))
        XCTAssertTrue(html.contains("<strong>8.3333</strong> / 30"))
        for id in ["operators", "loops", "strings"] {
            XCTAssertTrue(html.contains("<th scope=\"col\" class=\"num\">\(id)</th>"), id)
        }
    }

    func testEveryLinkIsRelativeAndLeadsToAFile() throws {
        for file in try htmlFiles {
            let html = try text(file)
            XCTAssertFalse(html.contains("src="), "\(file) loads an external resource")
            XCTAssertFalse(html.contains("<link"), "\(file) links a stylesheet")
            XCTAssertTrue(html.contains("<style>"), "\(file) has its inline stylesheet")
            let base = url(file).deletingLastPathComponent()
            for href in hrefs(in: html) {
                XCTAssertFalse(href.contains(":"), "\(file): \(href) is not relative")
                let target = base.appendingPathComponent(href).standardizedFileURL
                XCTAssertTrue(FileManager.default.fileExists(atPath: target.path), "\(file): \(href)")
            }
        }
    }

    func testStudentPageShowsEveryExerciseAndTest() throws {
        let ada = try String(contentsOf: studentFile(ReportFixture.ada, "html"), encoding: .utf8)
        XCTAssertTrue(ada.contains("<h2>loops: <span class=\"s-graded\">graded</span>, 7.5 / 10</h2>"))
        XCTAssertTrue(ada.contains("<code>LoopsTests.testPrimes</code></td><td class=\"s-failed\">failed"))
        XCTAssertTrue(ada.contains("0 / 2.5</td><td class=\"num\">0.004 s</td>"))
        XCTAssertTrue(ada.contains("is not equal to (&quot;[2, 3, 5]&quot;)"))
        for label in ["crashed", "timeout", "not run"] {
            XCTAssertTrue(ada.contains("\">\(label)</td>"), label)
        }
        XCTAssertTrue(ada.contains("<td class=\"num\">—</td>"), "an unfinished test has no duration")
        XCTAssertTrue(ada.contains("<pre>Fatal error: Index out of range\n</pre>"))
        let grace = try String(contentsOf: studentFile(ReportFixture.grace, "html"), encoding: .utf8)
        XCTAssertTrue(
            grace.contains(
                "<pre>Sources/Operators/Operators.swift:3:5: error: cannot find &#39;x&#39; in scope</pre>"))
        XCTAssertTrue(grace.contains("<span class=\"s-missing\">missing</span>"))
        XCTAssertTrue(grace.contains("no .swift files in Sources/Loops/"))
        XCTAssertTrue(grace.contains("<span class=\"s-error\">error</span>"))
        XCTAssertTrue(grace.contains("<tr><th scope=\"row\">GitHub</th><td>—</td></tr>"))
        XCTAssertFalse(grace.contains("<table>\n<thead>"), "no test table without tests")
    }

    func testMessagesDoNotLeakBetweenExercises() throws {
        let ada = try String(contentsOf: studentFile(ReportFixture.ada, "html"), encoding: .utf8)
        XCTAssertFalse(ada.contains("<p class=\"message\">"), "ada's exercises have no message")
        XCTAssertEqual(ada.components(separatedBy: "<pre>").count - 1, 1, "only strings has output")
    }

    func testLongStudentTextIsTruncatedWithAVisibleMarker() throws {
        let long = String(repeating: "y", count: 200_000)
        let student = StudentResult(
            identifier: "verbose", githubUsername: nil, repository: nil, commit: nil,
            exercises: [
                ExerciseResult(id: "loops", status: .graded, maxScore: 10, message: long, output: long)
            ])
        var big = report
        big.students = [student]
        try ReportWriter.write(big, to: folder)
        let html = try String(contentsOf: studentFile(student, "html"), encoding: .utf8)
        XCTAssertLessThan(html.count, 100_000)
        XCTAssertEqual(html.components(separatedBy: "… [truncated in this report:").count - 1, 2)
        XCTAssertTrue(html.contains("more characters]"))
    }

    func testAnUntitledCourseShowsItsID() throws {
        var untitled = report
        untitled.title = nil
        try ReportWriter.write(untitled, to: folder)
        XCTAssertTrue(try text("index.html").contains("<h1>become-2-percent</h1>"))
    }

    private func hrefs(in html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap { rest in
            rest.split(separator: "\"", maxSplits: 1).first.map(String.init)
        }
    }
}
