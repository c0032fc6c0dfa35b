// Functions — starter code.
// Replace every `fatalError("TODO: …")` with your implementation.
// Keep the signatures exactly as they are: the grader's tests call them.

// MARK: - Parameters: defaults, labels, variadics, "keyword arguments"

/// "<greeting>, <name><punctuation>": greet("Ada") == "Hello, Ada!".
func greet(_ name: String, greeting: String = "Hello", punctuation: String = "!") -> String {
    fatalError("TODO: greet")
}

/// The mean of any number of values, or nil when called with none: average(1, 2, 3, 4) == 2.5.
func average(_ numbers: Double...) -> Double? {
    fatalError("TODO: average")
}

/// The largest of one or more integers: largest(3, 9, 4) == 9.
func largest(_ first: Int, _ rest: Int...) -> Int {
    fatalError("TODO: largest")
}

/// Python's `def describe(name, **attributes)`: just the name when there are no attributes,
/// otherwise "name(key=value, …)" with the keys in alphabetical order:
/// describe("cat", attributes: ["legs": "4", "age": "3"]) == "cat(age=3, legs=4)".
func describe(_ name: String, attributes: [String: String] = [:]) -> String {
    fatalError("TODO: describe")
}

// MARK: - Closures (Python's lambda)

/// Applies `transform` to `value`, then again to the result.
func applyTwice(_ transform: (Int) -> Int, to value: Int) -> Int {
    fatalError("TODO: applyTwice")
}

/// A function that applies `first`, then `second`: compose(f, g)(x) == g(f(x)).
func compose(_ first: @escaping (Int) -> Int, _ second: @escaping (Int) -> Int) -> (Int) -> Int {
    fatalError("TODO: compose")
}

/// Python's `sorted(words, key=key)`: sorted by the key's value, smallest first; words with
/// equal keys keep their original order.
func sortedWords(_ words: [String], by key: (String) -> Int) -> [String] {
    fatalError("TODO: sortedWords")
}

// MARK: - Closures that capture (Python's nonlocal)

/// A counter: each call returns the next value, starting with `start` and going up by `step`.
/// let next = makeCounter(startingAt: 10, step: 5); next() == 10; next() == 15; next() == 20.
func makeCounter(startingAt start: Int = 0, step: Int = 1) -> () -> Int {
    fatalError("TODO: makeCounter")
}

/// An accumulator: each call adds its argument to a running total and returns the new total.
/// let add = makeAccumulator(); add(5) == 5; add(3) == 8.
func makeAccumulator() -> (Int) -> Int {
    fatalError("TODO: makeAccumulator")
}

/// One function per factor, in the same order; the i-th multiplies its argument by factors[i].
/// makeMultipliers(2, 3)[1](10) == 30.
func makeMultipliers(_ factors: Int...) -> [(Int) -> Int] {
    fatalError("TODO: makeMultipliers")
}
