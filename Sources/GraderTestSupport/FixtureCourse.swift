import Foundation

/// A small course for end-to-end tests: one exercise, `calc` (module `Calc`), four hidden tests
/// worth 10 points, and a roster of fake students whose repositories live in temporary folders.
public struct FixtureCourse: Sendable {
    public let folder: TemporaryDirectory
    public var configFile: URL { folder.url.appendingPathComponent("grader.yml") }
    public var rosterFile: URL { folder.url.appendingPathComponent("roster.csv") }

    public static let hiddenSuite = """
        import XCTest
        @testable import Calc

        final class CalcTests: XCTestCase {
            func testAddSmallNumbers() {
                XCTAssertEqual(add(2, 3), 5, "add(2, 3) should be 5")
            }

            func testAddNegativeNumbers() throws {
                XCTAssertEqual(add(-2, -3), -5, "add(-2, -3) should be -5")
            }

            func testIsEven() {
                XCTAssertTrue(isEven(4), "4 is even")
                XCTAssertFalse(isEven(7), "7 is odd")
            }

            func testHalf() async {
                XCTAssertEqual(half(7), 3, "half(7) should drop the remainder")
            }
        }

        """

    /// `hiddenSuite` in Swift Testing: five tests (one parameterised over three inputs).
    public static let swiftTestingSuite = """
        import Testing
        @testable import Calc

        @Suite("Calculator") struct CalcTests {
            @Test("add works on small numbers") func addSmallNumbers() {
                #expect(add(2, 3) == 5, "add(2, 3) should be 5")
            }

            @Test func addNegativeNumbers() throws {
                let sum = try #require(Optional(add(-2, -3)))
                #expect(sum == -5, "add(-2, -3) should be -5")
            }

            @Test(arguments: [4, 0, -2])
            func isEvenNumbers(n: Int) {
                #expect(isEven(n), "\\(n) is even")
            }

            @Test func halfDropsTheRemainder() async {
                #expect(half(7) == 3, "half(7) should drop the remainder")
            }
        }

        @Test func oddIsNotEven() { #expect(!isEven(7), "7 is odd") }

        """

    public static let solution = """
        func add(_ a: Int, _ b: Int) -> Int { a + b }
        func isEven(_ n: Int) -> Bool { n % 2 == 0 }
        func half(_ n: Int) -> Int { n / 2 }

        """

    public static let starter = """
        func add(_ a: Int, _ b: Int) -> Int { fatalError("TODO") }
        func isEven(_ n: Int) -> Bool { fatalError("TODO") }
        func half(_ n: Int) -> Int { fatalError("TODO") }

        """

    /// Writes the course (grader.yml, the exercise, its solution) with `testLimit` per test and
    /// `allow` as the exercise's `allow:` list (what the rules on student code let it do).
    public init(
        testLimit: String = "3s", allow: [String] = [], roster: [(identifier: String, repository: String)] = [],
        hiddenSuite: String = Self.hiddenSuite
    ) throws {
        folder = try TemporaryDirectory(prefix: "grade-course")
        let allowed = allow.isEmpty ? "" : "\n    allow: [\(allow.joined(separator: ", "))]"
        try folder.write(
            """
            course: fixture
            title: Fixture course
            roster: roster.csv
            exercises:
              - id: calc
                points: 10\(allowed)
            limits: {build: 120s, test: \(testLimit), memory: 512MiB, output: 16KiB}

            """, to: "grader.yml")
        try folder.write("# Calc\nWrite add, isEven and half.\n", to: "Exercises/calc/README.md")
        try folder.write(Self.starter, to: "Exercises/calc/Sources/Calc/Calc.swift")
        try folder.write(hiddenSuite, to: "Exercises/calc/Tests/CalcTests/CalcTests.swift")
        try folder.write(Self.solution, to: "Solutions/calc/Sources/Calc/Calc.swift")
        try writeRoster(roster)
    }

    public func writeRoster(_ rows: [(identifier: String, repository: String)]) throws {
        let lines = rows.map { "\($0.identifier),\($0.identifier)-gh,,Student \($0.identifier),\($0.repository)" }
        try folder.write(
            (["identifier,github_username,github_id,name,repository"] + lines).joined(separator: "\n") + "\n",
            to: "roster.csv")
    }
}
