// Tuples and sets — reference solution.

// MARK: - Tuples

/// The smallest and the largest value, or nil when `numbers` is empty.
func minMax(_ numbers: [Int]) -> (min: Int, max: Int)? {
    guard var low = numbers.first else { return nil }
    var high = low
    for number in numbers.dropFirst() {
        low = min(low, number)
        high = max(high, number)
    }
    return (low, high)
}

/// The smallest value, the largest value and the mean, or nil when `values` is empty.
func summary(_ values: [Double]) -> (min: Double, max: Double, mean: Double)? {
    guard let low = values.min(), let high = values.max() else { return nil }
    let mean = values.reduce(0, +) / Double(values.count)
    return (low, high, mean)
}

/// The earliest date: years first, then months, then days. nil when `dates` is empty.
func earliest(_ dates: [(year: Int, month: Int, day: Int)]) -> (year: Int, month: Int, day: Int)? {
    // Tuples of up to six comparable elements compare lexicographically with `<`.
    dates.min { $0 < $1 }
}

/// The two parts of `pair` in the opposite order.
func swapped<A, B>(_ pair: (A, B)) -> (B, A) {
    let (first, second) = pair
    return (second, first)
}

/// Every pair of values adding up to `target`, as (smaller, larger), once each, sorted.
func pairs(summingTo target: Int, in values: [Int]) -> [(Int, Int)] {
    var seen = Set<Int>()
    var smallerHalves = Set<Int>()      // a pair is identified by its smaller value
    for value in values {
        let complement = target - value
        if seen.contains(complement) {
            smallerHalves.insert(min(value, complement))
        }
        seen.insert(value)
    }
    return smallerHalves.sorted().map { ($0, target - $0) }
}

// MARK: - Sets

/// The four classic set operations on `a` and `b`.
func setAlgebra(_ a: Set<Int>, _ b: Set<Int>)
    -> (union: Set<Int>, intersection: Set<Int>, onlyInFirst: Set<Int>, inExactlyOne: Set<Int>) {
    (a.union(b), a.intersection(b), a.subtracting(b), a.symmetricDifference(b))
}

/// Whether `a` and `b` contain the same values, ignoring order and repetition.
func haveSameElements(_ a: [Int], _ b: [Int]) -> Bool {
    Set(a) == Set(b)
}

/// The first value of `values` that has already appeared earlier in it, or nil.
func firstRepeated(_ values: [Int]) -> Int? {
    var seen = Set<Int>()
    for value in values {
        // insert(_:) returns a tuple; `inserted` is false when the value was already there.
        if !seen.insert(value).inserted {
            return value
        }
    }
    return nil
}

/// The numbers of `range` that do not occur in `values`, in increasing order.
func missingNumbers(from values: [Int], in range: ClosedRange<Int>) -> [Int] {
    let present = Set(values)
    return range.filter { !present.contains($0) }
}
