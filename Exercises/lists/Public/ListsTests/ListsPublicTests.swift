import XCTest
@testable import Lists

final class ListsPublicTests: XCTestCase {
    func testRemoveFirstOccurrenceOfTen() {
        var list = [10, 20, 10]
        XCTAssertTrue(removeFirstOccurrence(of: 10, from: &list), "10 is in the list, so removing it should succeed")
        XCTAssertEqual(list, [20, 10], "only the first 10 should be removed")
    }

    func testPositionOfTwo() {
        XCTAssertEqual(position(of: 2, in: [1, 2, 3]), 1, "2 is at index 1")
    }

    func testRotatedByOne() {
        XCTAssertEqual(rotated([1, 2, 3], by: 1), [2, 3, 1], "rotating left by 1 moves the first element to the end")
    }
}
