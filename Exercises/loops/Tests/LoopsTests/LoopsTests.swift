import XCTest
@testable import Loops

final class FizzBuzzTests: XCTestCase {
    func testFizzBuzzFirstFifteen() {
        let expected = ["1", "2", "Fizz", "4", "Buzz", "Fizz", "7", "8", "Fizz", "Buzz", "11", "Fizz", "13", "14", "FizzBuzz"]
        XCTAssertEqual(fizzBuzz(upTo: 15), expected, "fizzBuzz(upTo: 15) should list 1 through 15 with Fizz, Buzz and FizzBuzz in the right places")
    }

    func testFizzBuzzHasOneEntryPerNumberUpToAHundred() {
        let lines = fizzBuzz(upTo: 100)
        XCTAssertEqual(lines.count, 100, "fizzBuzz(upTo: 100) should have exactly one entry for each number 1...100 (the upper bound is included)")
        guard lines.count == 100 else { return }
        XCTAssertEqual(lines[97], "98", "the entry for 98 (divisible by neither 3 nor 5) should be the number itself")
        XCTAssertEqual(lines[98], "Fizz", "the entry for 99 should be Fizz")
        XCTAssertEqual(lines[99], "Buzz", "the entry for 100 (the last one) should be Buzz")
        XCTAssertEqual(lines[89], "FizzBuzz", "the entry for 90 should be FizzBuzz")
        XCTAssertEqual(lines.filter { $0 == "FizzBuzz" }.count, 6, "there should be one FizzBuzz for every multiple of 15 up to 100")
    }

    func testFizzBuzzOfZeroOrNegativeIsEmpty() {
        XCTAssertEqual(fizzBuzz(upTo: 0), [], "fizzBuzz(upTo: 0) has no numbers to list and must not crash")
        XCTAssertEqual(fizzBuzz(upTo: -5), [], "fizzBuzz(upTo: -5) has no numbers to list and must not crash")
        XCTAssertEqual(fizzBuzz(upTo: 1), ["1"], "fizzBuzz(upTo: 1) lists just the number 1")
    }
}

final class PrimeTests: XCTestCase {
    func testPrimesUpToThirtyIncludeTheBound() {
        XCTAssertEqual(primes(upTo: 30), [2, 3, 5, 7, 11, 13, 17, 19, 23, 29], "primes(upTo: 30) should list every prime from 2 to 30 in order")
        XCTAssertEqual(primes(upTo: 29), [2, 3, 5, 7, 11, 13, 17, 19, 23, 29], "primes(upTo: 29) should include 29 itself: the bound is inclusive")
        XCTAssertEqual(primes(upTo: 10), [2, 3, 5, 7], "primes(upTo: 10) should not include squares of primes like 4 or 9")
    }

    func testPrimesBelowTwoAreEmpty() {
        XCTAssertEqual(primes(upTo: 1), [], "there is no prime up to 1 (1 is not prime)")
        XCTAssertEqual(primes(upTo: 0), [], "there is no prime up to 0, and it must not crash")
        XCTAssertEqual(primes(upTo: -7), [], "there is no prime up to a negative number, and it must not crash")
        XCTAssertEqual(primes(upTo: 2), [2], "2 is the smallest prime")
    }

    func testPrimesUpToTenThousand() {
        let list = primes(upTo: 10_000)
        XCTAssertEqual(list.count, 1229, "there are a known number of primes up to 10,000: check that no prime is missed and no composite slips in")
        XCTAssertEqual(list.last, 9973, "the largest prime up to 10,000 should come last")
        XCTAssertEqual(list, list.sorted(), "primes should be listed in increasing order")
    }
}

final class SearchTests: XCTestCase {
    func testIndexOfFirstStopsAtTheFirstMatch() {
        var calls = 0
        let index = indexOfFirst(in: [3, 8, 5, 10, 12]) { value in
            calls += 1
            return value.isMultiple(of: 2)
        }
        XCTAssertEqual(index, 1, "the first even number of [3, 8, 5, 10, 12] is at index 1")
        XCTAssertEqual(calls, 2, "the predicate should be called only until the first match, then the loop should break")
    }

    func testIndexOfFirstIsNilWhenNothingMatches() {
        var calls = 0
        let index = indexOfFirst(in: [1, 3, 5]) { value in
            calls += 1
            return value > 10
        }
        XCTAssertNil(index, "no element of [1, 3, 5] is greater than 10: expected nil")
        XCTAssertEqual(calls, 3, "without a match, every element should be checked exactly once")
        var emptyCalls = 0
        XCTAssertNil(indexOfFirst(in: []) { _ in emptyCalls += 1; return true }, "an empty array has no first match")
        XCTAssertEqual(emptyCalls, 0, "an empty array gives the predicate nothing to check")
    }
}

final class NumberLoopTests: XCTestCase {
    func testDigitSumOfNonNegativeNumbers() {
        XCTAssertEqual(digitSum(0), 0, "0 has digit sum 0")
        XCTAssertEqual(digitSum(7), 7, "a single digit is its own digit sum")
        XCTAssertEqual(digitSum(1234), 10, "1 + 2 + 3 + 4")
        XCTAssertEqual(digitSum(1000), 1, "zeros add nothing")
        XCTAssertEqual(digitSum(Int.max), 88, "digitSum(Int.max) should add all 19 digits of Int.max")
    }

    func testDigitSumIgnoresTheSignEvenForIntMin() {
        XCTAssertEqual(digitSum(-123), 6, "digitSum(-123) should ignore the minus sign: watch out, Swift's % keeps the sign of the dividend")
        XCTAssertEqual(digitSum(-5), 5, "digitSum(-5) should ignore the minus sign")
        XCTAssertEqual(digitSum(Int.min), 89, "digitSum(Int.min) must not crash: the absolute value of Int.min does not fit in an Int")
    }

    func testCollatzSteps() {
        XCTAssertEqual(collatzSteps(from: 1), 0, "1 is already at 1: zero steps")
        XCTAssertEqual(collatzSteps(from: 2), 1, "2 reaches 1 in a single halving")
        XCTAssertEqual(collatzSteps(from: 6), 8, "6 → 3 → 10 → 5 → 16 → 8 → 4 → 2 → 1")
        XCTAssertEqual(collatzSteps(from: 27), 111, "27 takes a long, winding path to 1: keep looping until you reach it")
        XCTAssertNil(collatzSteps(from: 0), "0 never reaches 1: expected nil, not an endless loop")
        XCTAssertNil(collatzSteps(from: -4), "negative numbers are not allowed: expected nil, not an endless loop")
    }

    func testCountdownIncludingEmptyRanges() {
        XCTAssertEqual(countdown(from: 5), [5, 4, 3, 2, 1], "countdown(from: 5) should count down to 1, both ends included")
        XCTAssertEqual(countdown(from: 1), [1], "countdown(from: 1) is just [1]")
        XCTAssertEqual(countdown(from: 0), [], "countdown(from: 0) is empty and must not crash")
        XCTAssertEqual(countdown(from: -3), [], "countdown(from: -3) is empty and must not crash")
    }
}
