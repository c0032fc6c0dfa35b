import Foundation
import GraderReport
import GraderTestSupport
import XCTest

/// The pages in a real browser: headless Chromium (Debian's `chromium`, driven by
/// `scripts/browser.py` over the DevTools pipe) opens pages of a report written here and says
/// what a person would see: no console error (script errors and refused loads included), no
/// request but the page itself, the tables and charts there, a screenshot that is not blank.
///
/// `scripts/setup --for-tests` installs chromium as root; without it (not root) these tests are
/// skipped with the command to install it, never passed. Set CHROMIUM to use another binary.
final class BrowserTests: ReportTestCase {
    static let driver = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/browser.py")

    struct Page: Decodable {
        struct Entry: Decodable {
            let level: String
            let source: String
            let text: String
        }

        struct Screenshot: Decodable {
            let width: Int
            let height: Int
            let colours: Int
            let nonWhite: Double

            enum CodingKeys: String, CodingKey {
                case width, height, colours, nonWhite = "non_white"
            }
        }

        let loaded: Bool
        let console: [Entry]
        let requests: [String]
        let eval: [String: JSONValue]
        let screenshot: Screenshot?
    }

    /// What an evaluation returned (numbers, strings, booleans, lists of strings).
    enum JSONValue: Decodable, Equatable {
        case number(Double), string(String), bool(Bool), strings([String]), other

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let value = try? container.decode(Bool.self) {
                self = .bool(value)
            } else if let value = try? container.decode(Double.self) {
                self = .number(value)
            } else if let value = try? container.decode(String.self) {
                self = .string(value)
            } else if let value = try? container.decode([String].self) {
                self = .strings(value)
            } else {
                self = .other
            }
        }
    }

    static func chromium() throws -> String {
        if let path = ProcessInfo.processInfo.environment["CHROMIUM"], !path.isEmpty { return path }
        for path in ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        where FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        if getuid() == 0 {
            XCTFail("chromium is missing although the tests run as root: scripts/setup --for-tests installs it")
        }
        throw XCTSkip(
            "no chromium: install it with `sudo apt-get install chromium` (scripts/setup --for-tests does as root)")
    }

    func open(
        _ relativePath: String, noScript: Bool = false, screenshot: Bool = true, width: Int = 1280,
        evaluations: [String: String] = [:], file: StaticString = #filePath, line: UInt = #line
    ) throws -> Page {
        let chromium = try Self.chromium()
        var arguments = [Self.driver.path, url(relativePath).path, "--width", String(width)]
        if noScript { arguments.append("--no-js") }
        if screenshot { arguments += ["--screenshot", scratch.url.appendingPathComponent("shot-\(UUID()).png").path] }
        for (name, expression) in evaluations.sorted(by: { $0.key < $1.key }) {
            arguments += ["--eval", "\(name)=\(expression)"]
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["CHROMIUM": chromium]) { $1 }
        let output = Pipe()
        let errors = scratch.url.appendingPathComponent("browser-\(UUID()).err")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errors)
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0 else {
            XCTFail("scripts/browser.py failed (\(process.terminationStatus)): \(stderr)", file: file, line: line)
            throw XCTSkip("the browser could not be driven")
        }
        return try JSONDecoder().decode(Page.self, from: data)
    }

    /// Loaded, no console error or warning, nothing requested but the page, a screenshot with
    /// content (many colours, a good share of non-white pixels).
    func assertLooksRight(_ page: Page, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(page.loaded, "\(name) did not load", file: file, line: line)
        let problems = page.console.filter { $0.level != "info" }
        XCTAssertEqual(problems.map { "\($0.source): \($0.text)" }, [], "\(name): console", file: file, line: line)
        XCTAssertEqual(page.requests.count, 1, "\(name) requested \(page.requests)", file: file, line: line)
        XCTAssertTrue(page.requests.allSatisfy { $0.hasPrefix("file://") }, "\(page.requests)", file: file, line: line)
        if let shot = page.screenshot {
            XCTAssertGreaterThan(
                shot.colours, 20, "\(name): a screenshot of few colours is blank", file: file, line: line)
            XCTAssertGreaterThan(shot.nonWhite, 0.05, "\(name): a mostly white screenshot", file: file, line: line)
        } else {
            XCTFail("\(name): no screenshot", file: file, line: line)
        }
    }

    func testIndexLoadsCleanlyAndSorts() throws {
        let rowNames = "Array.from(document.querySelectorAll('#grades tbody th')).map(e => e.textContent)"
        let page = try open(
            "index.html",
            evaluations: [
                "a_tables": "document.querySelectorAll('table#grades').length",
                "b_rows": "document.querySelectorAll('#grades tbody tr').length",
                "c_charts": "document.querySelectorAll('svg.chart rect.bar').length",
                "d_buttons": "document.querySelectorAll('#grades thead button.sort').length",
                "e_before": rowNames,
                "f_total": "(document.querySelectorAll('#grades thead button.sort')[6].click(), \(rowNames))",
                "g_again": "(document.querySelectorAll('#grades thead button.sort')[6].click(), \(rowNames))",
                "h_sorted": "document.querySelectorAll('#grades thead th')[6].getAttribute('aria-sort')",
            ])
        assertLooksRight(page, "index.html")
        XCTAssertEqual(page.eval["a_tables"], .number(1))
        XCTAssertEqual(page.eval["b_rows"], .number(3))
        XCTAssertEqual(page.eval["c_charts"], .number(10 + 3), "ten histogram columns, three pass-rate bars")
        XCTAssertEqual(page.eval["d_buttons"], .number(7), "student, GitHub, commit, three exercises, total")
        let mallory = ReportFixture.hostileIdentifier
        XCTAssertEqual(page.eval["e_before"], .strings(["ada", "grace@example.edu", mallory]), "the roster's order")
        XCTAssertEqual(page.eval["f_total"], .strings(["grace@example.edu", mallory, "ada"]), "total, lowest first")
        XCTAssertEqual(page.eval["g_again"], .strings(["ada", mallory, "grace@example.edu"]), "then highest first")
        XCTAssertEqual(page.eval["h_sorted"], .string("descending"))
    }

    func testIndexIsCompleteWithJavaScriptOff() throws {
        let page = try open(
            "index.html", noScript: true,
            evaluations: [
                "rows": "document.querySelectorAll('#grades tbody tr').length",
                "charts": "document.querySelectorAll('svg.chart').length",
                "buttons": "document.querySelectorAll('button.sort').length",
            ])
        assertLooksRight(page, "index.html without JavaScript")
        XCTAssertEqual(page.eval["rows"], .number(3))
        XCTAssertEqual(page.eval["charts"], .number(2), "the charts need no script")
        XCTAssertEqual(page.eval["buttons"], .number(0), "no dead sort buttons")
    }

    func testStudentPagesLoadCleanly() throws {
        for student in report.students {
            let path = ReportWriter.studentPath(student.identifier, extension: "html")
            let page = try open(
                path,
                evaluations: [
                    "tables": "document.querySelectorAll('table').length",
                    "title": "document.querySelector('h1').textContent",
                ])
            assertLooksRight(page, path)
            XCTAssertEqual(page.eval["title"], .string(student.identifier), "the identifier is text, not markup")
            if case .number(let tables) = page.eval["tables"] {
                XCTAssertGreaterThanOrEqual(tables, 2, "facts and summary tables")
            } else {
                XCTFail("\(page.eval)")
            }
        }
    }

    func testExercisePageAndAPhoneSizedIndex() throws {
        let exercise = try open(
            "exercises/loops.html", evaluations: ["rows": "document.querySelectorAll('#tests tbody tr').length"])
        assertLooksRight(exercise, "exercises/loops.html")
        XCTAssertEqual(exercise.eval["rows"], .number(5))
        let phone = try open(
            "index.html", width: 390,
            evaluations: [
                "page": "document.documentElement.scrollWidth <= window.innerWidth",
                "table":
                    "(() => { const s = document.querySelector('.scroll'); return s.scrollWidth > s.clientWidth })()",
            ])
        assertLooksRight(phone, "index.html at 390 px")
        XCTAssertEqual(phone.eval["page"], .bool(true), "the page itself does not scroll sideways on a phone")
        XCTAssertEqual(phone.eval["table"], .bool(true), "the wide table scrolls inside its box")
    }
}
