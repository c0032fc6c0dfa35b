import XCTest
@testable import TuplesSets

final class TupleTests: XCTestCase {
    func testMinMaxOfSeveralNumbers() {
        let result = minMax([4, -2, 9, 0, 9, -2])
        XCTAssertEqual(result?.min, -2, "the smallest of [4, -2, 9, 0, 9, -2] should be reported as min")
        XCTAssertEqual(result?.max, 9, "the largest of [4, -2, 9, 0, 9, -2] should be reported as max")
        let descending = minMax([5, 4, 3])
        XCTAssertEqual(descending?.min, 3, "the minimum may be the last element")
        XCTAssertEqual(descending?.max, 5, "the maximum may be the first element")
    }

    func testMinMaxOfSingleElementAndEmptyList() {
        let single = minMax([7])
        XCTAssertEqual(single?.min, 7, "with a single element, it is both the minimum")
        XCTAssertEqual(single?.max, 7, "with a single element, it is also the maximum")
        XCTAssertNil(minMax([]), "an empty list has no minimum or maximum: expected nil")
    }

    func testSummaryGivesMinMaxAndMean() {
        guard let result = summary([2.5, -1.0, 4.0, 6.5]) else {
            return XCTFail("summary of four values should not be nil")
        }
        XCTAssertEqual(result.min, -1.0, accuracy: 1e-9, "min should be the smallest value")
        XCTAssertEqual(result.max, 6.5, accuracy: 1e-9, "max should be the largest value")
        XCTAssertEqual(result.mean, 3.0, accuracy: 1e-9, "mean should be the sum divided by the number of values")
        XCTAssertEqual(summary([0.1])?.mean ?? .nan, 0.1, accuracy: 1e-12, "the mean of a single value is that value")
        XCTAssertNil(summary([]), "an empty list has no summary: expected nil (and no division by zero)")
    }

    func testEarliestComparesYearThenMonthThenDay() {
        let dates = [(year: 2024, month: 3, day: 1), (year: 2023, month: 12, day: 31), (year: 2023, month: 12, day: 30), (year: 2024, month: 1, day: 15)]
        let result = earliest(dates)
        XCTAssertEqual(result?.year, 2023, "the earliest date is in the earliest year")
        XCTAssertEqual(result?.month, 12, "within 2023, December is the only month present")
        XCTAssertEqual(result?.day, 30, "within December 2023, the 30th comes before the 31st")
        let sameYear = earliest([(year: 2020, month: 5, day: 1), (year: 2020, month: 4, day: 30)])
        XCTAssertEqual(sameYear?.month, 4, "in the same year, an earlier month wins even with a later day")
        XCTAssertEqual(sameYear?.day, 30, "the day belongs to the earliest date, not the smallest day overall")
    }

    func testEarliestOfNoDatesIsNil() {
        XCTAssertNil(earliest([]), "there is no earliest date in an empty list")
        let only = earliest([(year: 1999, month: 9, day: 9)])
        XCTAssertEqual(only?.year, 1999, "a single date is the earliest")
    }

    func testSwappedExchangesTheTwoParts() {
        let result = swapped((42, "answer"))
        XCTAssertEqual(result.0, "answer", "the second part should come first after swapping")
        XCTAssertEqual(result.1, 42, "the first part should come second after swapping")
        let doubles = swapped((1.5, -2.5))
        XCTAssertEqual(doubles.0, -2.5, "swapping works for any two types, including two Doubles")
        XCTAssertEqual(doubles.1, 1.5, "swapping works for any two types, including two Doubles")
    }

    func testPairsSummingToTargetAreUniqueAndOrdered() {
        let found = pairs(summingTo: 10, in: [3, 7, 5, 2, 8, 7, 5, 11, -1])
        XCTAssertEqual(found.map { $0.0 }, [-1, 2, 3, 5], "first elements: each pair once, smaller value first, sorted by the smaller value")
        XCTAssertEqual(found.map { $0.1 }, [11, 8, 7, 5], "second elements: the partner of each smaller value")
        XCTAssertTrue(pairs(summingTo: 10, in: [5, 1, 2]).isEmpty, "5 cannot pair with itself when it occurs only once")
        XCTAssertTrue(pairs(summingTo: 3, in: []).isEmpty, "no values, no pairs")
    }
}

final class SetTests: XCTestCase {
    func testSetAlgebraOfOverlappingSets() {
        let result = setAlgebra([1, 2, 3, 4], [3, 4, 5])
        XCTAssertEqual(result.union, [1, 2, 3, 4, 5], "union: everything in either set")
        XCTAssertEqual(result.intersection, [3, 4], "intersection: only what is in both sets")
        XCTAssertEqual(result.onlyInFirst, [1, 2], "onlyInFirst: in the first set but not the second (Python's a - b)")
        XCTAssertEqual(result.inExactlyOne, [1, 2, 5], "inExactlyOne: in one set or the other but not both (Python's a ^ b)")
    }

    func testSetAlgebraWithEmptyAndDisjointSets() {
        let disjoint = setAlgebra([1, 2], [8, 9])
        XCTAssertEqual(disjoint.intersection, [], "disjoint sets have an empty intersection")
        XCTAssertEqual(disjoint.inExactlyOne, [1, 2, 8, 9], "for disjoint sets every element is in exactly one")
        XCTAssertEqual(disjoint.onlyInFirst, [1, 2], "for disjoint sets the whole first set is only in the first")
        let withEmpty = setAlgebra([], [7])
        XCTAssertEqual(withEmpty.union, [7], "the union with an empty set is the other set")
        XCTAssertEqual(withEmpty.onlyInFirst, [], "an empty first set has nothing of its own")
        let same = setAlgebra([6], [6])
        XCTAssertEqual(same.inExactlyOne, [], "a set and an equal set share everything")
    }

    func testHaveSameElementsIgnoresOrderAndRepetition() {
        XCTAssertTrue(haveSameElements([1, 2, 3], [3, 2, 1]), "the same values in another order count as the same")
        XCTAssertTrue(haveSameElements([1, 1, 2], [2, 1, 2, 2]), "repetition does not matter, only which values occur")
        XCTAssertTrue(haveSameElements([], []), "two empty lists have the same (no) elements")
        XCTAssertFalse(haveSameElements([1, 2], [1, 2, 3]), "3 occurs in only one of the lists")
        XCTAssertFalse(haveSameElements([], [0]), "an empty list and [0] differ")
    }

    func testFirstRepeatedFindsTheEarliestSecondOccurrence() {
        XCTAssertEqual(firstRepeated([3, 1, 4, 1, 3]), 1, "the second 1 appears before the second 3, so 1 is the first repeated value")
        XCTAssertEqual(firstRepeated([2, 2]), 2, "an immediately repeated value counts")
        XCTAssertEqual(firstRepeated([-5, 0, -5]), -5, "negative values repeat like any other")
        XCTAssertNil(firstRepeated([1, 2, 3]), "nothing repeats: expected nil")
        XCTAssertNil(firstRepeated([]), "an empty list has no repeats")
    }

    func testMissingNumbersAreSorted() {
        XCTAssertEqual(missingNumbers(from: [5, 1, 3, 3, 9], in: 1...6), [2, 4, 6], "2, 4 and 6 are the numbers of 1...6 that never occur; values outside the range are ignored")
        XCTAssertEqual(missingNumbers(from: [], in: -2...1), [-2, -1, 0, 1], "with no values, the whole range is missing")
        XCTAssertEqual(missingNumbers(from: [4, 3, 2], in: 2...4), [], "nothing is missing when every number is present")
    }
}
