import XCTest
@testable import Operators

final class OperatorsPublicTests: XCTestCase {
    func testFloorDivideOfMinusNineByFour() {
        XCTAssertEqual(floorDivide(-9, 4), -3, "floorDivide(-9, 4) should round -2.25 down to -3, like Python's -9 // 4")
        XCTAssertEqual(floorMod(-9, 4), 3, "floorMod(-9, 4) should be 3, like Python's -9 % 4")
    }

    func testPowerOfTwoToTheEighth() {
        XCTAssertEqual(power(2, 8), 256, "power(2, 8) should be 256, like Python's 2 ** 8")
    }

    func testABoxIsTheSameAsItself() {
        let box = Box(3)
        XCTAssertTrue(isSameBox(box, box), "a box is always the same object as itself, like Python's `box is box`")
    }
}
