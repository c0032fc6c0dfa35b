// Operators — starter code.
// Replace every `fatalError("TODO: …")` with your implementation.
// Keep the signatures exactly as they are: the grader's tests call them.

/// A tiny reference type, used to compare identity (`===`) with equality of values.
/// You do not need to change it.
final class Box {
    var value: Int

    init(_ value: Int) {
        self.value = value
    }
}

// MARK: - Arithmetic

/// Python's `a // b`: the quotient rounded toward negative infinity. `b` is never 0.
func floorDivide(_ a: Int, _ b: Int) -> Int {
    fatalError("TODO: floorDivide")
}

/// Python's `a % b`: the remainder that goes with `floorDivide`; it has the sign of `b`. `b` is never 0.
func floorMod(_ a: Int, _ b: Int) -> Int {
    fatalError("TODO: floorMod")
}

/// Python's `base ** exponent` for integers: `nil` when `exponent` is negative
/// or when the exact result does not fit in an `Int`.
func power(_ base: Int, _ exponent: Int) -> Int? {
    fatalError("TODO: power")
}

// MARK: - Overflow

/// `a + b`, or `nil` when the sum does not fit in an `Int`.
func checkedAdd(_ a: Int, _ b: Int) -> Int? {
    fatalError("TODO: checkedAdd")
}

/// `a + b` wrapping around like an 8-bit register: 127 + 1 is -128.
func wrappingAdd(_ a: Int8, _ b: Int8) -> Int8 {
    fatalError("TODO: wrappingAdd")
}

// MARK: - Identity and membership

/// Python's `a is b`: true only when both names refer to the very same object.
func isSameBox(_ a: Box, _ b: Box) -> Bool {
    fatalError("TODO: isSameBox")
}

/// Python's `a.value == b.value`: true when both boxes hold the same number.
func haveEqualValues(_ a: Box, _ b: Box) -> Bool {
    fatalError("TODO: haveEqualValues")
}

/// Python's `value in list`.
func isMember(_ value: Int, of list: [Int]) -> Bool {
    fatalError("TODO: isMember")
}

// MARK: - Bits

/// How many bits of `n` are 1 (Python's `bin(n).count("1")`).
func countSetBits(_ n: UInt) -> Int {
    fatalError("TODO: countSetBits")
}

/// Whether bit number `bit` of `n` is 1 (bit 0 is the lowest). A `bit` outside 0..<64 is never set.
func isBitSet(_ bit: Int, in n: UInt) -> Bool {
    fatalError("TODO: isBitSet")
}

/// `n` with bit number `bit` set to 1. A `bit` outside 0..<64 leaves `n` unchanged.
func settingBit(_ bit: Int, in n: UInt) -> UInt {
    fatalError("TODO: settingBit")
}

/// `n` with bit number `bit` cleared to 0. A `bit` outside 0..<64 leaves `n` unchanged.
func clearingBit(_ bit: Int, in n: UInt) -> UInt {
    fatalError("TODO: clearingBit")
}

/// Only the lowest `count` bits of `n` (Python's `n & ((1 << count) - 1)`).
/// A `count` of 0 or less gives 0; a `count` of 64 or more gives `n` itself.
func lowBits(_ count: Int, of n: UInt) -> UInt {
    fatalError("TODO: lowBits")
}
