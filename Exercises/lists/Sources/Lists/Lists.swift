// Lists — starter code.
// Replace every `fatalError("TODO: …")` with your implementation.
// Keep the signatures exactly as they are: the grader's tests call them.

/// Python's `list.remove(value)`: removes the FIRST occurrence of `value` and returns true.
/// When `value` is missing, leaves `list` untouched and returns false (Python would raise).
func removeFirstOccurrence(of value: Int, from list: inout [Int]) -> Bool {
    fatalError("TODO: removeFirstOccurrence")
}

/// Python's `list.index(value)`: the index of the first occurrence, or nil when missing.
func position(of value: Int, in list: [Int]) -> Int? {
    fatalError("TODO: position")
}

/// Removes every occurrence of `value` and returns how many were removed.
func removeAllOccurrences(of value: Int, from list: inout [Int]) -> Int {
    fatalError("TODO: removeAllOccurrences")
}

/// Appends `value` only if it is not already in `list`. Returns whether it was appended.
func appendIfMissing(_ value: Int, to list: inout [Int]) -> Bool {
    fatalError("TODO: appendIfMissing")
}

/// Inserts `value` into `list`, which is sorted in ascending order, so that it stays sorted.
/// A value equal to existing elements goes after them.
func insertSorted(_ value: Int, into list: inout [Int]) {
    fatalError("TODO: insertSorted")
}

/// Python's `sorted(words, key=len)`: shortest first; words of equal length keep their order.
func sortedByLength(_ words: [String]) -> [String] {
    fatalError("TODO: sortedByLength")
}

/// Rotates `list` left by `k` places: rotated([1, 2, 3, 4, 5], by: 2) == [3, 4, 5, 1, 2].
/// A negative `k` rotates right; `k` may be larger than the list.
func rotated(_ list: [Int], by k: Int) -> [Int] {
    fatalError("TODO: rotated")
}

/// Python's `list[-n:]` for n >= 1: the last `n` elements, or the whole list when `n` is larger.
/// Empty when `n` <= 0.
func lastElements(_ n: Int, of list: [Int]) -> [Int] {
    fatalError("TODO: lastElements")
}

/// `list` without repeated values, keeping the first occurrence of each, in order.
func removingDuplicates(_ list: [Int]) -> [Int] {
    fatalError("TODO: removingDuplicates")
}

/// The second largest DISTINCT value of `list`, or nil when there is none.
func secondLargest(in list: [Int]) -> Int? {
    fatalError("TODO: secondLargest")
}
