import XCTest
@testable import Classes

final class ClassesPublicTests: XCTestCase {
    func testAreaOfTwoByFive() {
        XCTAssertEqual(Rectangle(width: 2, height: 5).area, 10, accuracy: 1e-9, "a 2 × 5 rectangle has area 10")
    }

    func testParsingOneByTwo() {
        XCTAssertEqual(Rectangle(parsing: "1x2")?.height ?? -1, 2, accuracy: 1e-12, "\"1x2\" has height 2")
    }

    func testFreezingPointInFahrenheit() {
        XCTAssertEqual(Temperature(celsius: 0)?.fahrenheit ?? .nan, 32, accuracy: 1e-9, "0 °C is 32 °F")
    }
}
