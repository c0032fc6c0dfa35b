import XCTest
@testable import Functions

final class FunctionsPublicTests: XCTestCase {
    func testGreetWithCustomGreeting() {
        XCTAssertEqual(greet("Bob", greeting: "Good morning"), "Good morning, Bob!", "the greeting can be overridden with its label")
    }

    func testAverageOfTwoAndFour() {
        XCTAssertEqual(average(2, 4) ?? .nan, 3, accuracy: 1e-9, "the average of 2 and 4 is 3")
    }

    func testCounterCountsFromZero() {
        let next = makeCounter()
        XCTAssertEqual(next(), 0, "a default counter starts at 0")
        XCTAssertEqual(next(), 1, "then goes up by 1")
    }
}
