// Lists — reference solution.

/// Python's `list.remove(value)`: removes the first occurrence; false when missing.
func removeFirstOccurrence(of value: Int, from list: inout [Int]) -> Bool {
    guard let index = list.firstIndex(of: value) else { return false }
    list.remove(at: index)
    return true
}

/// Python's `list.index(value)`: the index of the first occurrence, or nil when missing.
func position(of value: Int, in list: [Int]) -> Int? {
    list.firstIndex(of: value)
}

/// Removes every occurrence of `value` and returns how many were removed.
func removeAllOccurrences(of value: Int, from list: inout [Int]) -> Int {
    let before = list.count
    list.removeAll { $0 == value }
    return before - list.count
}

/// Appends `value` only if it is not already in `list`. Returns whether it was appended.
func appendIfMissing(_ value: Int, to list: inout [Int]) -> Bool {
    guard !list.contains(value) else { return false }
    list.append(value)
    return true
}

/// Inserts `value` into the ascending `list` so that it stays sorted (after equal elements).
func insertSorted(_ value: Int, into list: inout [Int]) {
    let index = list.firstIndex { $0 > value } ?? list.endIndex
    list.insert(value, at: index)
}

/// Python's `sorted(words, key=len)`: shortest first; ties keep their order.
func sortedByLength(_ words: [String]) -> [String] {
    // Swift's sort is stable, so words of equal length keep their relative order.
    words.sorted { $0.count < $1.count }
}

/// Rotates `list` left by `k` places; a negative `k` rotates right.
func rotated(_ list: [Int], by k: Int) -> [Int] {
    guard !list.isEmpty else { return [] }
    let shift = ((k % list.count) + list.count) % list.count
    return Array(list[shift...] + list[..<shift])
}

/// Python's `list[-n:]` for n >= 1; empty when `n` <= 0.
func lastElements(_ n: Int, of list: [Int]) -> [Int] {
    guard n > 0 else { return [] }
    return Array(list.suffix(n))
}

/// `list` without repeated values, keeping the first occurrence of each, in order.
func removingDuplicates(_ list: [Int]) -> [Int] {
    var seen = Set<Int>()
    return list.filter { seen.insert($0).inserted }
}

/// The second largest distinct value of `list`, or nil when there is none.
func secondLargest(in list: [Int]) -> Int? {
    let distinct = Set(list).sorted(by: >)
    return distinct.count >= 2 ? distinct[1] : nil
}
