import XCTest
@testable import Conditions

final class ConditionsPublicTests: XCTestCase {
    func testTwentyTwentyIsALeapYear() {
        XCTAssertTrue(isLeapYear(2020), "2020 is divisible by 4 and not a century year, so it is a leap year")
    }

    func testSeventySevenIsAC() {
        XCTAssertEqual(letterGrade(for: 77), "C", "77 lies in the C band (70..<80)")
    }

    func testSixEightTenIsScalene() {
        XCTAssertEqual(classifyTriangle(6, 8, 10).rawValue, "scalene", "sides (6, 8, 10) are all different and form a triangle")
    }
}
