// Tuples and sets — starter code.
// Replace every `fatalError("TODO: …")` with your implementation.
// Keep the signatures exactly as they are: the grader's tests call them.

// MARK: - Tuples

/// The smallest and the largest value, or nil when `numbers` is empty.
func minMax(_ numbers: [Int]) -> (min: Int, max: Int)? {
    fatalError("TODO: minMax")
}

/// The smallest value, the largest value and the mean (average), or nil when `values` is empty.
func summary(_ values: [Double]) -> (min: Double, max: Double, mean: Double)? {
    fatalError("TODO: summary")
}

/// The earliest date: compare years first, then months, then days. nil when `dates` is empty.
func earliest(_ dates: [(year: Int, month: Int, day: Int)]) -> (year: Int, month: Int, day: Int)? {
    fatalError("TODO: earliest")
}

/// The two parts of `pair` in the opposite order: swapped((1, "a")) == ("a", 1).
func swapped<A, B>(_ pair: (A, B)) -> (B, A) {
    fatalError("TODO: swapped")
}

/// Every pair of values from `values` that adds up to `target`, each as (smaller, larger),
/// listed once, sorted by their first element. A value can pair with itself only if it
/// occurs at least twice.
func pairs(summingTo target: Int, in values: [Int]) -> [(Int, Int)] {
    fatalError("TODO: pairs")
}

// MARK: - Sets

/// The four classic set operations on `a` and `b`.
func setAlgebra(_ a: Set<Int>, _ b: Set<Int>)
    -> (union: Set<Int>, intersection: Set<Int>, onlyInFirst: Set<Int>, inExactlyOne: Set<Int>) {
    fatalError("TODO: setAlgebra")
}

/// Whether `a` and `b` contain the same values, ignoring order and repetition.
func haveSameElements(_ a: [Int], _ b: [Int]) -> Bool {
    fatalError("TODO: haveSameElements")
}

/// The first value of `values` that has already appeared earlier in it, or nil.
/// firstRepeated([3, 1, 4, 1, 3]) == 1, because the second 1 comes before the second 3.
func firstRepeated(_ values: [Int]) -> Int? {
    fatalError("TODO: firstRepeated")
}

/// The numbers of `range` that do not occur in `values`, in increasing order.
func missingNumbers(from values: [Int], in range: ClosedRange<Int>) -> [Int] {
    fatalError("TODO: missingNumbers")
}
