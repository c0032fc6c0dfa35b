import XCTest
@testable import Operators

final class ArithmeticTests: XCTestCase {
    func testFloorDivideRoundsTowardNegativeInfinity() {
        XCTAssertEqual(floorDivide(-7, 2), -4, "floorDivide(-7, 2) should round toward negative infinity for a negative dividend, like Python's //")
        XCTAssertEqual(floorDivide(7, -2), -4, "floorDivide(7, -2) should round toward negative infinity for a negative divisor, like Python's //")
        XCTAssertEqual(floorDivide(-7, -2), 3, "floorDivide(-7, -2): when both operands are negative the exact quotient is positive, so rounding down matches truncation")
        XCTAssertEqual(floorDivide(-1, 3), -1, "floorDivide(-1, 3): a small negative fraction rounds down to the next integer below zero, not to 0")
        XCTAssertEqual(floorDivide(-6, 3), -2, "floorDivide(-6, 3): an exact division of a negative number needs no rounding at all")
        XCTAssertEqual(floorDivide(7, 2), 3, "floorDivide(7, 2): for non-negative operands floor division is ordinary integer division")
        XCTAssertEqual(floorDivide(0, -5), 0, "floorDivide(0, -5): zero divided by anything is zero")
    }

    func testFloorModTakesTheSignOfTheDivisor() {
        XCTAssertEqual(floorMod(-7, 3), 2, "floorMod(-7, 3) should be non-negative because the divisor is positive, like Python's %")
        XCTAssertEqual(floorMod(7, -3), -2, "floorMod(7, -3) should be non-positive because the divisor is negative, like Python's %")
        XCTAssertEqual(floorMod(-7, -3), -1, "floorMod(-7, -3): both negative, the remainder keeps the divisor's (negative) sign")
        XCTAssertEqual(floorMod(7, 3), 1, "floorMod(7, 3): for non-negative operands it is the ordinary remainder")
        XCTAssertEqual(floorMod(-6, 3), 0, "floorMod(-6, 3): an exact division leaves remainder 0, never the divisor itself")
        XCTAssertEqual(floorMod(6, -3), 0, "floorMod(6, -3): an exact division leaves remainder 0, never the divisor itself")
    }

    func testFloorDivideAndFloorModRebuildTheDividend() {
        for a in -25...25 {
            for b in [-7, -3, -1, 1, 2, 5, 10] {
                let q = floorDivide(a, b)
                let r = floorMod(a, b)
                XCTAssertEqual(q * b + r, a, "floorDivide(\(a), \(b)) * \(b) + floorMod(\(a), \(b)) should give back \(a)")
                if b > 0 {
                    XCTAssertTrue(r >= 0 && r < b, "floorMod(\(a), \(b)) should lie in 0..<\(b) for a positive divisor")
                } else {
                    XCTAssertTrue(r <= 0 && r > b, "floorMod(\(a), \(b)) should lie between \(b) (excluded) and 0 for a negative divisor")
                }
            }
        }
    }

    func testPowerOfSmallIntegers() {
        XCTAssertEqual(power(2, 10), 1024, "power(2, 10) should multiply 2 by itself 10 times")
        XCTAssertEqual(power(3, 4), 81, "power(3, 4) should be 3 * 3 * 3 * 3")
        XCTAssertEqual(power(-3, 3), -27, "power(-3, 3): a negative base to an odd exponent is negative")
        XCTAssertEqual(power(-2, 4), 16, "power(-2, 4): a negative base to an even exponent is positive")
        XCTAssertEqual(power(7, 1), 7, "power(7, 1) is the base itself")
        XCTAssertEqual(power(5, 0), 1, "power(5, 0): anything to the power 0 is 1")
        XCTAssertEqual(power(0, 0), 1, "power(0, 0) should be 1, as in Python")
        XCTAssertEqual(power(0, 5), 0, "power(0, 5): zero to a positive exponent is 0")
        XCTAssertEqual(power(1, 1000), 1, "power(1, 1000): one stays one, however large the exponent")
        XCTAssertEqual(power(-1, 1001), -1, "power(-1, 1001): minus one to an odd exponent is minus one")
    }

    func testPowerWithNegativeExponentIsNil() {
        XCTAssertNil(power(2, -1), "power(2, -1) is a fraction in Python (0.5), which an Int cannot hold: expected nil")
        XCTAssertNil(power(1, -3), "a negative exponent should always give nil, even for base 1")
        XCTAssertNil(power(0, -1), "a negative exponent should always give nil, even for base 0")
    }

    func testPowerIsNilOnlyWhenTheResultDoesNotFitInInt() {
        XCTAssertEqual(power(2, 62), 4_611_686_018_427_387_904, "power(2, 62) still fits in a 64-bit Int")
        XCTAssertNil(power(2, 63), "power(2, 63) is one more than Int.max: expected nil, not a crash or a wrapped number")
        XCTAssertEqual(power(10, 18), 1_000_000_000_000_000_000, "power(10, 18) still fits in a 64-bit Int")
        XCTAssertNil(power(10, 19), "power(10, 19) does not fit in a 64-bit Int: expected nil")
        XCTAssertEqual(power(3, 39), 4_052_555_153_018_976_267, "power(3, 39) still fits in a 64-bit Int")
        XCTAssertNil(power(3, 40), "power(3, 40) does not fit in a 64-bit Int: expected nil")
        XCTAssertEqual(power(-2, 63), Int.min, "power(-2, 63) is exactly Int.min, which fits: it must not be reported as an overflow")
        XCTAssertNil(power(-2, 64), "power(-2, 64) is larger than Int.max: expected nil")
        XCTAssertNil(power(2, 1_000), "power(2, 1000) overflows long before the last multiplication: expected nil")
    }
}

final class OverflowTests: XCTestCase {
    func testCheckedAddReportsOverflowAsNil() {
        XCTAssertEqual(checkedAdd(40, 2), 42, "checkedAdd(40, 2) should simply add")
        XCTAssertEqual(checkedAdd(-5, 3), -2, "checkedAdd(-5, 3) should simply add")
        XCTAssertEqual(checkedAdd(Int.max, Int.min), -1, "checkedAdd(Int.max, Int.min) fits in an Int and must not be reported as an overflow")
        XCTAssertEqual(checkedAdd(Int.max, 0), Int.max, "checkedAdd(Int.max, 0) is exactly Int.max")
        XCTAssertNil(checkedAdd(Int.max, 1), "checkedAdd(Int.max, 1) overflows: expected nil instead of a crash")
        XCTAssertNil(checkedAdd(Int.min, -1), "checkedAdd(Int.min, -1) overflows below Int.min: expected nil")
    }

    func testWrappingAddWrapsAroundLikeAnInt8Register() {
        XCTAssertEqual(wrappingAdd(100, 20), 120, "wrappingAdd(100, 20) fits in an Int8 and should simply add")
        XCTAssertEqual(wrappingAdd(127, 1), -128, "wrappingAdd(127, 1) should wrap around past Int8.max instead of crashing")
        XCTAssertEqual(wrappingAdd(-128, -1), 127, "wrappingAdd(-128, -1) should wrap around past Int8.min instead of crashing")
        XCTAssertEqual(wrappingAdd(100, 100), -56, "wrappingAdd(100, 100) should keep only the low 8 bits of 200, read as a signed number")
    }
}

final class IdentityAndMembershipTests: XCTestCase {
    func testIdentityIsNotEquality() {
        let first = Box(1)
        let twin = Box(1)
        let alias = first
        let other = Box(2)
        XCTAssertFalse(isSameBox(first, twin), "two boxes created separately are different objects even when they hold the same value")
        XCTAssertTrue(haveEqualValues(first, twin), "two boxes holding the same value have equal values")
        XCTAssertTrue(isSameBox(first, alias), "a second name for the same box refers to the very same object")
        XCTAssertTrue(haveEqualValues(first, alias), "a box always has an equal value to itself")
        XCTAssertFalse(haveEqualValues(first, other), "boxes holding different values do not have equal values")
        XCTAssertFalse(isSameBox(first, other), "boxes created separately are never the same object")
        alias.value = 5
        XCTAssertTrue(isSameBox(first, alias), "changing a box through one name does not make it a different object")
        XCTAssertFalse(haveEqualValues(first, twin), "after changing the shared box, it no longer has the value of its former twin")
    }

    func testMembershipInAList() {
        XCTAssertTrue(isMember(3, of: [1, 2, 3]), "3 is in [1, 2, 3]")
        XCTAssertTrue(isMember(-4, of: [7, -4, -4]), "a value present several times is a member")
        XCTAssertFalse(isMember(4, of: [1, 2, 3]), "4 is not in [1, 2, 3]")
        XCTAssertFalse(isMember(0, of: []), "nothing is a member of an empty list")
    }
}

final class BitwiseTests: XCTestCase {
    func testCountSetBits() {
        XCTAssertEqual(countSetBits(0), 0, "0 has no bits set")
        XCTAssertEqual(countSetBits(1), 1, "1 has exactly one bit set")
        XCTAssertEqual(countSetBits(0b1011), 3, "0b1011 has three bits set")
        XCTAssertEqual(countSetBits(255), 8, "255 has its eight low bits set")
        XCTAssertEqual(countSetBits(1 << 63), 1, "the highest bit alone is one bit set")
        XCTAssertEqual(countSetBits(UInt.max), 64, "UInt.max has every one of its 64 bits set")
    }

    func testSettingClearingAndReadingSingleBits() {
        XCTAssertTrue(isBitSet(0, in: 0b101), "bit 0 of 0b101 is set")
        XCTAssertFalse(isBitSet(1, in: 0b101), "bit 1 of 0b101 is clear")
        XCTAssertTrue(isBitSet(63, in: 1 << 63), "bit 63 is the highest bit of a UInt")
        XCTAssertFalse(isBitSet(64, in: UInt.max), "a bit number outside 0..<64 is never set, even in UInt.max")
        XCTAssertFalse(isBitSet(-1, in: UInt.max), "a negative bit number is never set")
        XCTAssertEqual(settingBit(1, in: 0b101), 0b111, "setting bit 1 of 0b101 turns on the middle bit")
        XCTAssertEqual(settingBit(0, in: 0b101), 0b101, "setting a bit that is already set changes nothing")
        XCTAssertEqual(settingBit(63, in: 0), 1 << 63, "setting bit 63 of 0 gives the highest bit alone")
        XCTAssertEqual(clearingBit(2, in: 0b101), 0b001, "clearing bit 2 of 0b101 turns off the top bit")
        XCTAssertEqual(clearingBit(1, in: 0b101), 0b101, "clearing a bit that is already clear changes nothing")
        XCTAssertEqual(clearingBit(63, in: UInt.max), UInt.max >> 1, "clearing bit 63 of UInt.max leaves the 63 low bits")
        XCTAssertEqual(settingBit(70, in: 12), 12, "setting a bit number outside 0..<64 leaves the number unchanged instead of crashing")
        XCTAssertEqual(clearingBit(-3, in: 12), 12, "clearing a negative bit number leaves the number unchanged instead of crashing")
    }

    func testLowBitsMaskCoversZeroToSixtyFourBits() {
        XCTAssertEqual(lowBits(4, of: 0xABCD), 0xD, "the low 4 bits of 0xABCD are its last hex digit")
        XCTAssertEqual(lowBits(8, of: 0xABCD), 0xCD, "the low 8 bits of 0xABCD are its last two hex digits")
        XCTAssertEqual(lowBits(0, of: 0xABCD), 0, "keeping 0 bits gives 0")
        XCTAssertEqual(lowBits(-2, of: 0xABCD), 0, "a negative count keeps no bits")
        XCTAssertEqual(lowBits(63, of: UInt.max), UInt.max >> 1, "keeping 63 bits of UInt.max drops only the highest bit")
        XCTAssertEqual(lowBits(64, of: UInt.max), UInt.max, "keeping all 64 bits must give the number back (watch out: 1 << 64 is 0 for a UInt)")
        XCTAssertEqual(lowBits(100, of: 12345), 12345, "a count above 64 keeps every bit")
    }
}
