import Foundation
import GraderModel
import GraderReport
import GraderTestSupport
import XCTest

/// Markup in every string a student (or a roster, or a course folder) can put into a report, and
/// credentials in a repository address: no page, no JUnit file lets any of it through raw.
final class EscapingTests: XCTestCase {
    static let script = "<script>alert(\"xss\")</script>"
    static let image = "<img src=x onerror=alert(1)>"
    static let attribute = "\" onmouseover=\"alert(2)"
    static let payload = script + image + attribute + "'&]]><!--"
    static let secret = "s3cr3t-t0ken"

    static let report = GradeReport(
        course: "course" + payload, title: "Title " + payload, generatedAt: ReportFixture.generatedAt,
        sandbox: "sandbox" + payload,
        students: [
            StudentResult(
                identifier: "id" + payload, githubUsername: "gh" + payload,
                repository: "https://student:\(secret)@github.com/acme/course-x.git",
                commit: "commit" + payload,
                exercises: [
                    ExerciseResult(
                        id: "exercise" + payload, status: .compileError, maxScore: 10, message: "message" + payload,
                        diagnostics: "Sources/M/\(payload).swift:1:2: error: diagnostic \(payload)\n1 | \(payload)",
                        output: "output" + payload,
                        tests: [TestResult(name: "Tests.test" + payload, status: .notRun, maxScore: 5)]),
                    ExerciseResult(
                        id: "second", status: .graded, score: 5, maxScore: 10, output: "printed " + payload,
                        tests: [
                            TestResult(
                                name: "Tests.testFailed" + payload, status: .failed, maxScore: 5,
                                message: "failed " + payload, duration: 0.001),
                            TestResult(
                                name: "Tests.testCrashed" + payload, status: .crashed, maxScore: 5,
                                message: "crashed " + payload),
                            TestResult(
                                name: "Tests.testPassed" + payload, status: .passed, score: 5, maxScore: 5,
                                duration: 0.001),
                        ]),
                ]),
            StudentResult(
                identifier: "other", githubUsername: nil, repository: "git@github.com:acme/\(payload).git",
                commit: nil, exercises: [ExerciseResult(id: "second", status: .missing, maxScore: 10)]),
        ])

    private var scratch: TemporaryDirectory!
    private var folder: URL { scratch.url.appendingPathComponent("out") }

    override func setUpWithError() throws {
        scratch = try TemporaryDirectory(prefix: "grade-escaping")
        try ReportWriter.write(Self.report, to: folder)
    }

    override func tearDown() {
        scratch?.remove()
    }

    private func files(_ pathExtension: String) throws -> [URL] {
        let walker = try XCTUnwrap(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == pathExtension }
            .sorted { $0.path < $1.path }
    }

    func testNoPageHasRawMarkupFromTheData() throws {
        let pages = try files("html")
        XCTAssertEqual(pages.count, 1 + 2 + 2, "index, two students, two exercises")
        for page in pages {
            let html = try String(contentsOf: page, encoding: .utf8)
            let expectedScripts = page.lastPathComponent == "index.html" ? 1 : 0
            XCTAssertEqual(html.lowercased().components(separatedBy: "<script").count - 1, expectedScripts, page.path)
            for raw in ["<img", "alert(\"xss\")", "\" onmouseover=", "<!--", "]]>", "'&"] {
                XCTAssertFalse(html.contains(raw), "\(page.lastPathComponent) holds \(raw) raw")
            }
            XCTAssertTrue(html.contains("&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;"), page.lastPathComponent)
        }
    }

    func testEveryFieldIsShownEscapedOnTheStudentPage() throws {
        let name = ReportWriter.fileName(for: Self.report.students[0].identifier)
        let html = try String(contentsOf: folder.appendingPathComponent("students/\(name).html"), encoding: .utf8)
        let escaped = Self.escaped(Self.payload)
        for prefix in [
            "id", "gh", "commit", "exercise", "message", "output", "Tests.test", "failed ", "crashed ", "printed ",
            "Tests.testFailed", "Sources/M/", "diagnostic ", "Title ", "sandbox",
        ] {
            XCTAssertTrue(html.contains(prefix + escaped), "\(prefix) is shown, escaped")
        }
        XCTAssertFalse(
            html.contains("href=\"https://github.com/acme/course-x/commit/"), "no link to a commit that is not an id")
    }

    func testJUnitFilesAreWellFormedAndKeepTheText() throws {
        let junit = try files("xml")
        XCTAssertEqual(junit.count, 2)
        let parse = """
            import json, sys
            import xml.etree.ElementTree as ET
            out = []
            for path in sys.argv[1:]:
                root = ET.parse(path).getroot()
                out.append({"root": root.tag, "name": root.get("name"),
                            "messages": [e.get("message") for e in root.iter() if e.get("message") is not None],
                            "texts": [e.text for e in root.iter() if e.tag in ("failure", "error", "system-out")],
                            "cases": [c.get("classname") + " " + c.get("name") for c in root.iter("testcase")]})
            print(json.dumps(out))
            """
        let output = try XCTUnwrap(try PythonRunner.run(parse, arguments: junit.map(\.path)))
        let parsed = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        let first = try XCTUnwrap(parsed.first { ($0["name"] as? String)?.contains("id") == true })
        XCTAssertEqual(first["root"] as? String, "testsuites")
        XCTAssertEqual(first["name"] as? String, Self.report.course + ": " + Self.report.students[0].identifier)
        let messages = try XCTUnwrap(first["messages"] as? [String])
        XCTAssertTrue(messages.contains("failed " + Self.payload), "\(messages)")
        XCTAssertTrue(messages.contains("message" + Self.payload))
        let texts = try XCTUnwrap(first["texts"] as? [String])
        XCTAssertTrue(texts.contains("printed " + Self.payload))
        let cases = try XCTUnwrap(first["cases"] as? [String])
        XCTAssertTrue(cases.contains("second.Tests testFailed" + Self.payload), "\(cases)")
        for file in junit {
            let xml = try String(contentsOf: file, encoding: .utf8)
            XCTAssertFalse(xml.contains("<script"), file.lastPathComponent)
            XCTAssertFalse(xml.contains("<img"), file.lastPathComponent)
        }
    }

    func testTheCSVKeepsEveryFieldInItsColumn() throws {
        let parse = "import csv, json, sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='')))))"
        let output = try XCTUnwrap(
            try PythonRunner.run(parse, arguments: [folder.appendingPathComponent("grades.csv").path]))
        let rows = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String]])
        XCTAssertEqual(rows.count, 3)
        XCTAssertEqual(rows[0].last, "second")
        XCTAssertEqual(rows[0][12], "exercise" + Self.payload)
        XCTAssertEqual(rows[1][0], "id" + Self.payload)
        XCTAssertEqual(rows[1][4], "gh" + Self.payload)
        XCTAssertEqual(rows[1][7], "https://github.com/acme/course-x")
        XCTAssertTrue(rows.allSatisfy { $0.count == rows[0].count })
    }

    func testNoFileHoldsTheCredentials() throws {
        let walker = try XCTUnwrap(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
        var checked = 0
        for case let file as URL in walker where !file.hasDirectoryPath {
            let text = try String(contentsOf: file, encoding: .utf8)
            XCTAssertFalse(text.contains(Self.secret), "\(file.lastPathComponent) holds the token")
            XCTAssertFalse(text.contains("student:"), "\(file.lastPathComponent) holds the user name")
            checked += 1
        }
        XCTAssertGreaterThan(checked, 10)
        let summary = try String(contentsOf: folder.appendingPathComponent("summary.json"), encoding: .utf8)
        XCTAssertTrue(summary.contains("\"repository\" : \"https://github.com/acme/course-x.git\""))
    }

    func testGradescopeFilesMatchTheirSchema() throws {
        let files = try files("json").filter { $0.path.contains("/gradescope/") }
        XCTAssertEqual(files.count, 2)
        let verdict = try XCTUnwrap(
            SchemaValidator.validate(files, against: "#", of: SchemaValidator.gradescopeSchemaURL))
        XCTAssertTrue(verdict.valid, verdict.report)
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
