import Foundation
import GraderCore
import XCTest

/// `extensions.csv`: per-student deadlines, checked row by row against the course and the roster.
final class ExtensionsTests: XCTestCase {
    func parse(_ text: String) throws -> Extensions {
        try Extensions.parse(
            text, file: "extensions.csv", exercises: ["loops", "lists"], identifiers: ["ann", "bob@uni.edu"])
    }

    func problem(_ text: String) throws -> ConfigError {
        do {
            _ = try parse(text)
        } catch let error as ConfigError {
            return error
        }
        throw FixtureProblem("accepted:\n\(text)")
    }

    func testRowsForOneExerciseWinOverStar() throws {
        let extensions = try parse(
            """
            identifier,exercise,due
            ann,*,2026-12-10T23:59:00Z
            ann,loops,2026-12-12T12:00:00+01:00

            "bob@uni.edu","lists","2026-12-09T23:59:00Z"
            """)
        XCTAssertEqual(extensions.due(for: "ann", exercise: "loops"), Timestamp.parse("2026-12-12T11:00:00Z"))
        XCTAssertEqual(extensions.due(for: "ann", exercise: "lists"), Timestamp.parse("2026-12-10T23:59:00Z"))
        XCTAssertEqual(extensions.due(for: "bob@uni.edu", exercise: "lists"), Timestamp.parse("2026-12-09T23:59:00Z"))
        XCTAssertNil(extensions.due(for: "bob@uni.edu", exercise: "loops"))
        XCTAssertNil(extensions.due(for: "carl", exercise: "loops"))
    }

    func testUnknownIdentifierNamesTheLine() throws {
        let error = try problem(
            "identifier,exercise,due\nann,loops,2026-12-10T23:59:00Z\nanne,loops,2026-12-10T23:59:00Z\n")
        XCTAssertEqual(error.file, "extensions.csv")
        XCTAssertEqual(error.line, 3)
        XCTAssertTrue(
            error.description.contains("extensions.csv:3: identifier: no student 'anne' on the roster"),
            error.description)
    }

    func testUnknownExerciseNamesTheLineAndTheKnownOnes() throws {
        let error = try problem("identifier,exercise,due\nann,loop,2026-12-10T23:59:00Z\n")
        XCTAssertEqual(error.line, 2)
        XCTAssertEqual(error.key, "exercise")
        XCTAssertTrue(error.description.contains("no exercise 'loop'"), error.description)
        XCTAssertTrue(error.description.contains("lists, loops"), error.description)
    }

    func testBadDate() throws {
        let error = try problem("identifier,exercise,due\nann,*,next friday\n")
        XCTAssertEqual(error.line, 2)
        XCTAssertEqual(error.key, "due")
        XCTAssertTrue(error.description.contains("'next friday' is not a date and time"), error.description)
    }

    func testDuplicateRowAndEmptyCellAndBadHeader() throws {
        let duplicate = try problem("identifier,exercise,due\nann,*,2026-12-10T23:59:00Z\nann,*,2026-12-11T23:59:00Z\n")
        XCTAssertEqual(duplicate.line, 3)
        XCTAssertTrue(duplicate.description.contains("on line 2"), duplicate.description)
        let empty = try problem("identifier,exercise,due\nann,,2026-12-10T23:59:00Z\n")
        XCTAssertEqual(empty.line, 2)
        XCTAssertEqual(empty.key, "exercise")
        let header = try problem("student,exercise,due\nann,*,2026-12-10T23:59:00Z\n")
        XCTAssertEqual(header.line, 1)
        XCTAssertTrue(header.description.contains("identifier,exercise,due"), header.description)
    }
}
