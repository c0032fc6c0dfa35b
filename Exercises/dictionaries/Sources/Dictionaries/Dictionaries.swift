// Dictionaries — starter code.
// Replace every `fatalError("TODO: …")` with your implementation.
// Keep the signatures exactly as they are: the grader's tests call them.

/// How often each word occurs in `text`. A word is a run of letters or digits (any other
/// character separates words), compared case-insensitively: keys are lowercased.
func wordFrequencies(in text: String) -> [String: Int] {
    fatalError("TODO: wordFrequencies")
}

/// The words grouped by their first character, uppercased: "apple" and "Avocado" both go under
/// "A". Within a group, words keep their input order. Empty strings are skipped.
func groupedByInitial(_ words: [String]) -> [String: [String]] {
    fatalError("TODO: groupedByInitial")
}

/// Every key of `a` or `b`, with the two counts added (a missing key counts as 0).
func mergedCounts(_ a: [String: Int], _ b: [String: Int]) -> [String: Int] {
    fatalError("TODO: mergedCounts")
}

/// Swaps keys and values: each value maps to the keys that had it, sorted alphabetically.
func inverted(_ dictionary: [String: Int]) -> [Int: [String]] {
    fatalError("TODO: inverted")
}

/// The `n` most frequent words of `text` (as counted by `wordFrequencies`), most frequent
/// first; words with the same count in alphabetical order. Fewer if there are fewer words;
/// empty when `n` <= 0.
func topWords(in text: String, count n: Int) -> [String] {
    fatalError("TODO: topWords")
}

/// `dictionary` without the given keys. Keys that are not there are simply ignored.
func removingKeys(_ keys: [String], from dictionary: [String: Int]) -> [String: Int] {
    fatalError("TODO: removingKeys")
}

/// The items as "key=value" joined by ", ", sorted by key: ["b": 2, "a": 1] gives "a=1, b=2".
/// An empty dictionary gives "".
func formattedItems(_ dictionary: [String: Int]) -> String {
    fatalError("TODO: formattedItems")
}
