// Recursion — starter code.
// Replace every `fatalError("TODO: …")` with your implementation.
// Keep the signatures exactly as they are: the grader's tests call them.
// Every function here can (and should) be written recursively: a base case, and a call to
// itself on a smaller problem.

/// A list whose elements are numbers or further lists: [1, [2, [3]], []]. Given: do not change.
indirect enum NestedList {
    case value(Int)
    case list([NestedList])
}

/// n! = n × (n - 1) × … × 1, with 0! = 1. nil for a negative `n` or when n! does not fit in an Int.
func factorial(_ n: Int) -> Int? {
    fatalError("TODO: factorial")
}

/// The n-th Fibonacci number: fibonacci(0) == 0, fibonacci(1) == 1, then each is the sum of the
/// two before. nil for a negative `n` or when the result does not fit in an Int.
/// Must answer fibonacci(92) instantly.
func fibonacci(_ n: Int) -> Int? {
    fatalError("TODO: fibonacci")
}

/// The greatest common divisor (Euclid: gcd(a, b) == gcd(b, a % b)), never negative.
/// gcd(0, 0) == 0.
func gcd(_ a: Int, _ b: Int) -> Int {
    fatalError("TODO: gcd")
}

/// The index of `target` in `sorted` (ascending, no duplicates), or nil. Halve the search
/// range at each step.
func binarySearch(_ sorted: [Int], for target: Int) -> Int? {
    fatalError("TODO: binarySearch")
}

/// Every number in `item`, in order from left to right: [1, [2, [3]], []] gives [1, 2, 3].
func flatten(_ item: NestedList) -> [Int] {
    fatalError("TODO: flatten")
}

/// How deeply lists are nested: a number has depth 0, a list has 1 + the largest depth of its
/// elements, and an empty list has depth 1.
func depth(of item: NestedList) -> Int {
    fatalError("TODO: depth")
}

/// The moves that solve the Towers of Hanoi for `disks` disks stacked on peg `from`, moving
/// them all to peg `to` using peg `via`. Each move is written "<from peg>-><to peg>", e.g. "A->C".
/// No moves when `disks` <= 0.
func hanoi(_ disks: Int, from: String, to: String, via: String) -> [String] {
    fatalError("TODO: hanoi")
}

/// Every ordering of `items` (which are all different), each exactly once, in any order.
/// permutations(of: []) == [[]]: there is exactly one way to order nothing.
func permutations(of items: [Int]) -> [[Int]] {
    fatalError("TODO: permutations")
}
