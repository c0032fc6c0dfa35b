import GraderReport
import XCTest

/// `ReportWriter.fileName(for:)`: safe names stay, anything else cannot escape `students/`.
final class FileNameTests: XCTestCase {
    func testSafeIdentifiersAreKeptAsTheyAre() {
        for identifier in ["ada", "grace@example.edu", "A-b_c.9", "-rf"] {
            XCTAssertEqual(ReportWriter.fileName(for: identifier), identifier)
        }
    }

    func testOtherCharactersBecomeUnderscoresPlusAStableHash() {
        XCTAssertEqual(ReportWriter.fileName(for: "Jane Doe"), "Jane_Doe-a0e56901")
        XCTAssertEqual(ReportWriter.fileName(for: "José"), "Jos_-bac14587")
    }

    func testNeverALeadingDotNeverEmpty() {
        XCTAssertEqual(ReportWriter.fileName(for: ".hidden"), "_hidden-4747f185")
        XCTAssertEqual(ReportWriter.fileName(for: ""), "_-811c9dc5")
        for identifier in [".", "..", "..."] {
            XCTAssertFalse(ReportWriter.fileName(for: identifier).hasPrefix("."), identifier)
        }
    }

    func testPathTricksCannotLeaveTheFolder() {
        let name = ReportWriter.fileName(for: "../../etc/passwd")
        XCTAssertEqual(name, "_._.._etc_passwd-6fadc99a")
        XCTAssertFalse(name.contains("/"))
        XCTAssertFalse(ReportWriter.fileName(for: "a\\b\0c\nd").contains("\\"))
    }

    func testOnlyAllowedCharacters() {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_@")
        for identifier in [ReportFixture.hostileIdentifier, "a b/c:d*e?f\"g<h>i|j", "😀 ✓", "\u{0301}x"] {
            let name = ReportWriter.fileName(for: identifier)
            XCTAssertTrue(name.allSatisfy(allowed.contains), name)
        }
    }

    func testIdentifiersThatMapAlikeGetDifferentNames() {
        let names = ["a b", "a/b", "a:b", "a_b"].map(ReportWriter.fileName(for:))
        XCTAssertEqual(Set(names).count, names.count, "\(names)")
    }

    func testLongIdentifiersAreCut() {
        let name = ReportWriter.fileName(for: String(repeating: "x", count: 1_000))
        XCTAssertLessThanOrEqual(name.count, 129)
        XCTAssertNotEqual(name, ReportWriter.fileName(for: String(repeating: "x", count: 1_001)))
    }
}
