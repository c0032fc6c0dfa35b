import XCTest
@testable import Recursion

final class RecursionPublicTests: XCTestCase {
    func testFactorialOfThree() {
        XCTAssertEqual(factorial(3), 6, "3! is 3 × 2 × 1")
    }

    func testFibonacciOfTwenty() {
        XCTAssertEqual(fibonacci(20), 6765, "the 20th Fibonacci number is 6765")
    }

    func testFlattenOneLevel() {
        XCTAssertEqual(flatten(.list([.value(1), .list([.value(2)])])), [1, 2], "[1, [2]] flattens to [1, 2]")
    }
}
