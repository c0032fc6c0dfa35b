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
