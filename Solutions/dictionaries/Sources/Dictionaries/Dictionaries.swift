// Dictionaries — reference solution.

/// How often each (lowercased) word occurs in `text`; words are runs of letters or digits.
func wordFrequencies(in text: String) -> [String: Int] {
    let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }
    var counts: [String: Int] = [:]
    for word in words {
        counts[String(word), default: 0] += 1
    }
    return counts
}

/// The words grouped by their uppercased first character, in input order; empty strings skipped.
func groupedByInitial(_ words: [String]) -> [String: [String]] {
    var groups: [String: [String]] = [:]
    for word in words {
        guard let first = word.first else { continue }
        groups[first.uppercased(), default: []].append(word)
    }
    return groups
}

/// Every key of `a` or `b`, with the two counts added.
func mergedCounts(_ a: [String: Int], _ b: [String: Int]) -> [String: Int] {
    a.merging(b, uniquingKeysWith: +)
}

/// Swaps keys and values: each value maps to the keys that had it, sorted alphabetically.
func inverted(_ dictionary: [String: Int]) -> [Int: [String]] {
    var result: [Int: [String]] = [:]
    for (key, value) in dictionary {
        result[value, default: []].append(key)
    }
    return result.mapValues { $0.sorted() }
}

/// The `n` most frequent words of `text`, most frequent first, ties alphabetical.
func topWords(in text: String, count n: Int) -> [String] {
    guard n > 0 else { return [] }
    let ranked = wordFrequencies(in: text).sorted { lhs, rhs in
        lhs.value != rhs.value ? lhs.value > rhs.value : lhs.key < rhs.key
    }
    return ranked.prefix(n).map(\.key)
}

/// `dictionary` without the given keys; missing keys are ignored.
func removingKeys(_ keys: [String], from dictionary: [String: Int]) -> [String: Int] {
    var result = dictionary
    for key in keys {
        result[key] = nil           // removing a missing key is harmless
    }
    return result
}

/// The items as "key=value" joined by ", ", sorted by key.
func formattedItems(_ dictionary: [String: Int]) -> String {
    dictionary
        .sorted { $0.key < $1.key }
        .map { "\($0.key)=\($0.value)" }
        .joined(separator: ", ")
}
