import XCTest
@testable import Lists

final class RemovingAndFindingTests: XCTestCase {
    func testRemoveFirstOccurrenceRemovesOnlyTheFirst() {
        var list = [1, 2, 3, 2, 5]
        XCTAssertTrue(removeFirstOccurrence(of: 2, from: &list), "removing a value that is present should report success")
        XCTAssertEqual(list, [1, 3, 2, 5], "only the first 2 should be removed, like Python's list.remove")
        XCTAssertTrue(removeFirstOccurrence(of: 5, from: &list), "removing the last element should report success")
        XCTAssertEqual(list, [1, 3, 2], "the last element should be gone")
    }

    func testRemoveFirstOccurrenceOfMissingValueLeavesListUntouched() {
        var list = [4, 5, 6]
        XCTAssertFalse(removeFirstOccurrence(of: 9, from: &list), "removing a missing value should report failure instead of crashing")
        XCTAssertEqual(list, [4, 5, 6], "a failed removal must leave the list exactly as it was")
        var empty: [Int] = []
        XCTAssertFalse(removeFirstOccurrence(of: 1, from: &empty), "nothing can be removed from an empty list")
        XCTAssertEqual(empty, [], "the empty list should stay empty")
    }

    func testPositionFindsTheFirstIndexOrNil() {
        XCTAssertEqual(position(of: 7, in: [5, 7, 9, 7]), 1, "position should give the index of the FIRST 7")
        XCTAssertEqual(position(of: 5, in: [5, 7, 9]), 0, "indices start at 0")
        XCTAssertNil(position(of: 8, in: [5, 7, 9]), "a missing value has no position: expected nil (Python would raise ValueError)")
        XCTAssertNil(position(of: 0, in: []), "an empty list has no positions")
    }

    func testRemoveAllOccurrencesCountsWhatItRemoved() {
        var list = [3, 1, 3, 3, 2, 3]
        XCTAssertEqual(removeAllOccurrences(of: 3, from: &list), 4, "four 3s should be removed and counted")
        XCTAssertEqual(list, [1, 2], "every 3 should be gone and the rest keep their order")
        XCTAssertEqual(removeAllOccurrences(of: 9, from: &list), 0, "removing a missing value removes nothing")
        XCTAssertEqual(list, [1, 2], "removing a missing value leaves the list untouched")
    }
}

final class AddingTests: XCTestCase {
    func testAppendIfMissingAppendsOnlyNewValues() {
        var list: [Int] = []
        XCTAssertTrue(appendIfMissing(4, to: &list), "4 is not in an empty list, so it should be appended")
        XCTAssertTrue(appendIfMissing(2, to: &list), "2 is new, so it should be appended")
        XCTAssertFalse(appendIfMissing(4, to: &list), "4 is already there, so it should not be appended again")
        XCTAssertEqual(list, [4, 2], "new values go at the end, in the order they were appended")
    }

    func testInsertSortedKeepsTheListSorted() {
        var list: [Int] = []
        insertSorted(5, into: &list)
        XCTAssertEqual(list, [5], "inserting into an empty list gives a one-element list")
        insertSorted(1, into: &list)
        XCTAssertEqual(list, [1, 5], "a smaller value goes at the front")
        insertSorted(9, into: &list)
        XCTAssertEqual(list, [1, 5, 9], "a larger value goes at the end")
        insertSorted(6, into: &list)
        XCTAssertEqual(list, [1, 5, 6, 9], "a value in between goes where it keeps the list sorted")
        insertSorted(5, into: &list)
        XCTAssertEqual(list, [1, 5, 5, 6, 9], "a duplicate value goes next to its equal")
        insertSorted(-3, into: &list)
        XCTAssertEqual(list, [-3, 1, 5, 5, 6, 9], "negative values sort before positive ones")
    }
}

final class ReorderingTests: XCTestCase {
    func testSortedByLengthKeepsTheOrderOfTies() {
        let words = ["pear", "fig", "banana", "kiwi", "apple", "plum", "date"]
        XCTAssertEqual(sortedByLength(words), ["fig", "pear", "kiwi", "plum", "date", "apple", "banana"], "shortest first, and words of equal length must keep their original order (a stable sort)")
        XCTAssertEqual(sortedByLength([]), [], "sorting nothing gives nothing")
        XCTAssertEqual(sortedByLength(["é", "ab"]), ["é", "ab"], "length counts characters as a person would: é is one character")
    }

    func testRotatedByAnyAmount() {
        let list = [1, 2, 3, 4, 5]
        XCTAssertEqual(rotated(list, by: 2), [3, 4, 5, 1, 2], "rotating left by 2 moves the first two elements to the end")
        XCTAssertEqual(rotated(list, by: 0), list, "rotating by 0 changes nothing")
        XCTAssertEqual(rotated(list, by: 5), list, "rotating by the full length changes nothing")
        XCTAssertEqual(rotated(list, by: 7), [3, 4, 5, 1, 2], "rotating by more than the length wraps around")
        XCTAssertEqual(rotated(list, by: -1), [5, 1, 2, 3, 4], "a negative amount rotates right")
        XCTAssertEqual(rotated(list, by: -12), [4, 5, 1, 2, 3], "a large negative amount wraps around too")
        XCTAssertEqual(rotated([], by: 3), [], "rotating an empty list gives an empty list and must not crash")
    }

    func testLastElementsLikeANegativeSlice() {
        let list = [10, 20, 30, 40]
        XCTAssertEqual(lastElements(2, of: list), [30, 40], "the last 2 elements, like Python's list[-2:]")
        XCTAssertEqual(lastElements(4, of: list), list, "asking for exactly as many elements as there are gives the whole list")
        XCTAssertEqual(lastElements(10, of: list), list, "asking for more elements than there are gives the whole list instead of crashing")
        XCTAssertEqual(lastElements(0, of: list), [], "asking for 0 elements gives none")
        XCTAssertEqual(lastElements(-2, of: list), [], "asking for a negative number of elements gives none")
        XCTAssertEqual(lastElements(3, of: []), [], "an empty list has no last elements")
    }

    func testRemovingDuplicatesKeepsFirstOccurrencesInOrder() {
        XCTAssertEqual(removingDuplicates([3, 1, 3, 2, 1, 3]), [3, 1, 2], "each value should appear once, where it first appeared")
        XCTAssertEqual(removingDuplicates([7, 7, 7]), [7], "a list of one repeated value shrinks to one element")
        XCTAssertEqual(removingDuplicates([]), [], "an empty list has no duplicates")
        XCTAssertEqual(removingDuplicates([5, 4, 3]), [5, 4, 3], "a list without duplicates is unchanged (and not re-sorted)")
    }

    func testSecondLargestDistinctValue() {
        XCTAssertEqual(secondLargest(in: [5, 1, 5, 3]), 3, "the largest value appears twice: the second largest DISTINCT value is smaller")
        XCTAssertEqual(secondLargest(in: [1, 2]), 1, "with two different values, the smaller one is the second largest")
        XCTAssertEqual(secondLargest(in: [-4, -9, -1]), -4, "negative values work like any other")
        XCTAssertNil(secondLargest(in: [2, 2, 2]), "a list with a single distinct value has no second largest")
        XCTAssertNil(secondLargest(in: [8]), "a one-element list has no second largest")
        XCTAssertNil(secondLargest(in: []), "an empty list has no second largest")
    }
}
