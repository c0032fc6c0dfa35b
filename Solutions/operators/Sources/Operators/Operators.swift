// Operators — reference solution.

/// A tiny reference type, used to compare identity (`===`) with equality of values.
final class Box {
    var value: Int

    init(_ value: Int) {
        self.value = value
    }
}

// MARK: - Arithmetic

/// Python's `a // b`: the quotient rounded toward negative infinity. `b` is never 0.
func floorDivide(_ a: Int, _ b: Int) -> Int {
    let quotient = a / b            // Swift truncates toward zero
    let remainder = a % b
    // Truncation rounded up instead of down when there is a remainder and the signs differ.
    if remainder != 0 && (remainder < 0) != (b < 0) {
        return quotient - 1
    }
    return quotient
}

/// Python's `a % b`: the remainder that goes with `floorDivide`; it has the sign of `b`. `b` is never 0.
func floorMod(_ a: Int, _ b: Int) -> Int {
    let remainder = a % b           // has the sign of `a` in Swift
    if remainder != 0 && (remainder < 0) != (b < 0) {
        return remainder + b
    }
    return remainder
}

/// Python's `base ** exponent` for integers: `nil` when `exponent` is negative
/// or when the exact result does not fit in an `Int`.
func power(_ base: Int, _ exponent: Int) -> Int? {
    guard exponent >= 0 else { return nil }
    switch base {
    case 0: return exponent == 0 ? 1 : 0
    case 1: return 1
    case -1: return exponent.isMultiple(of: 2) ? 1 : -1
    default: break
    }
    // |base| >= 2 here, so the loop overflows (and stops) within 64 steps.
    var result = 1
    for _ in 0..<exponent {
        let (product, overflow) = result.multipliedReportingOverflow(by: base)
        if overflow { return nil }
        result = product
    }
    return result
}

// MARK: - Overflow

/// `a + b`, or `nil` when the sum does not fit in an `Int`.
func checkedAdd(_ a: Int, _ b: Int) -> Int? {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? nil : sum
}

/// `a + b` wrapping around like an 8-bit register: 127 + 1 is -128.
func wrappingAdd(_ a: Int8, _ b: Int8) -> Int8 {
    a &+ b
}

// MARK: - Identity and membership

/// Python's `a is b`: true only when both names refer to the very same object.
func isSameBox(_ a: Box, _ b: Box) -> Bool {
    a === b
}

/// Python's `a.value == b.value`: true when both boxes hold the same number.
func haveEqualValues(_ a: Box, _ b: Box) -> Bool {
    a.value == b.value
}

/// Python's `value in list`.
func isMember(_ value: Int, of list: [Int]) -> Bool {
    list.contains(value)
}

// MARK: - Bits

/// How many bits of `n` are 1 (Python's `bin(n).count("1")`).
func countSetBits(_ n: UInt) -> Int {
    n.nonzeroBitCount
}

/// Whether bit number `bit` of `n` is 1 (bit 0 is the lowest). A `bit` outside 0..<64 is never set.
func isBitSet(_ bit: Int, in n: UInt) -> Bool {
    guard (0..<UInt.bitWidth).contains(bit) else { return false }
    return n & (1 << bit) != 0
}

/// `n` with bit number `bit` set to 1. A `bit` outside 0..<64 leaves `n` unchanged.
func settingBit(_ bit: Int, in n: UInt) -> UInt {
    guard (0..<UInt.bitWidth).contains(bit) else { return n }
    return n | (1 << bit)
}

/// `n` with bit number `bit` cleared to 0. A `bit` outside 0..<64 leaves `n` unchanged.
func clearingBit(_ bit: Int, in n: UInt) -> UInt {
    guard (0..<UInt.bitWidth).contains(bit) else { return n }
    return n & ~(1 << bit)
}

/// Only the lowest `count` bits of `n` (Python's `n & ((1 << count) - 1)`).
/// A `count` of 0 or less gives 0; a `count` of 64 or more gives `n` itself.
func lowBits(_ count: Int, of n: UInt) -> UInt {
    if count <= 0 { return 0 }
    if count >= UInt.bitWidth { return n }
    let mask: UInt = (1 << count) - 1
    return n & mask
}
