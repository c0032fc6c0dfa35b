import XCTest
@testable import Loops

final class LoopsPublicTests: XCTestCase {
    func testFizzBuzzUpToFive() {
        XCTAssertEqual(fizzBuzz(upTo: 5), ["1", "2", "Fizz", "4", "Buzz"], "fizzBuzz(upTo: 5) should replace 3 by Fizz and 5 by Buzz")
    }

    func testPrimesUpToTwenty() {
        XCTAssertEqual(primes(upTo: 20), [2, 3, 5, 7, 11, 13, 17, 19], "primes(upTo: 20) should list the eight primes up to 20")
    }

    func testDigitSumOfNinetyNine() {
        XCTAssertEqual(digitSum(99), 18, "digitSum(99) is 9 + 9")
    }
}
