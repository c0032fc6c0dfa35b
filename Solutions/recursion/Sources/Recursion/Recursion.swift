// Recursion — reference solution.

/// A list whose elements are numbers or further lists.
indirect enum NestedList {
    case value(Int)
    case list([NestedList])
}

/// n!, or nil for a negative `n` or an overflow.
func factorial(_ n: Int) -> Int? {
    if n < 0 { return nil }
    if n == 0 { return 1 }                                  // base case
    guard let smaller = factorial(n - 1) else { return nil }
    let (product, overflow) = smaller.multipliedReportingOverflow(by: n)
    return overflow ? nil : product
}

/// The n-th Fibonacci number, or nil for a negative `n` or an overflow.
func fibonacci(_ n: Int) -> Int? {
    guard n >= 0 else { return nil }
    var memo: [Int: Int] = [0: 0, 1: 1]
    return fibonacci(n, memo: &memo)
}

/// Memoised helper: each value is computed once, so the recursion makes O(n) calls, not O(2ⁿ).
private func fibonacci(_ n: Int, memo: inout [Int: Int]) -> Int? {
    if let known = memo[n] { return known }
    guard let a = fibonacci(n - 1, memo: &memo),
          let b = fibonacci(n - 2, memo: &memo) else { return nil }
    let (sum, overflow) = a.addingReportingOverflow(b)
    if overflow { return nil }
    memo[n] = sum
    return sum
}

/// The greatest common divisor, never negative.
func gcd(_ a: Int, _ b: Int) -> Int {
    b == 0 ? abs(a) : gcd(b, a % b)
}

/// The index of `target` in `sorted`, or nil.
func binarySearch(_ sorted: [Int], for target: Int) -> Int? {
    binarySearch(sorted, for: target, in: sorted.startIndex..<sorted.endIndex)
}

private func binarySearch(_ sorted: [Int], for target: Int, in range: Range<Int>) -> Int? {
    guard !range.isEmpty else { return nil }                // base case: nothing left to search
    let middle = range.lowerBound + range.count / 2
    if sorted[middle] == target {
        return middle
    } else if sorted[middle] < target {
        return binarySearch(sorted, for: target, in: middle + 1..<range.upperBound)
    } else {
        return binarySearch(sorted, for: target, in: range.lowerBound..<middle)
    }
}

/// Every number in `item`, from left to right.
func flatten(_ item: NestedList) -> [Int] {
    switch item {
    case .value(let number):
        return [number]
    case .list(let elements):
        return elements.flatMap(flatten)
    }
}

/// How deeply lists are nested.
func depth(of item: NestedList) -> Int {
    switch item {
    case .value:
        return 0
    case .list(let elements):
        return 1 + (elements.map { depth(of: $0) }.max() ?? 0)
    }
}

/// The moves that solve the Towers of Hanoi.
func hanoi(_ disks: Int, from: String, to: String, via: String) -> [String] {
    guard disks > 0 else { return [] }
    return hanoi(disks - 1, from: from, to: via, via: to)   // clear the way
        + ["\(from)->\(to)"]                                 // move the largest disk
        + hanoi(disks - 1, from: via, to: to, via: from)     // put the rest back on top
}

/// Every ordering of `items`, each exactly once.
func permutations(of items: [Int]) -> [[Int]] {
    guard !items.isEmpty else { return [[]] }
    var result: [[Int]] = []
    for (index, first) in items.enumerated() {
        var rest = items
        rest.remove(at: index)
        for tail in permutations(of: rest) {
            result.append([first] + tail)
        }
    }
    return result
}
