import XCTest
@testable import TuplesSets

final class TuplesSetsPublicTests: XCTestCase {
    func testMinMaxOfThree() {
        let result = minMax([3, 1, 2])
        XCTAssertEqual(result?.min, 1, "1 is the smallest of [3, 1, 2]")
        XCTAssertEqual(result?.max, 3, "3 is the largest of [3, 1, 2]")
    }

    func testUnionOfTwoSmallSets() {
        XCTAssertEqual(setAlgebra([1], [2]).union, [1, 2], "the union of {1} and {2} contains both")
    }

    func testSameElementsInReverse() {
        XCTAssertTrue(haveSameElements([1, 2], [2, 1]), "order does not matter")
    }
}
