// Functions — reference solution.

// MARK: - Parameters: defaults, labels, variadics, "keyword arguments"

/// "<greeting>, <name><punctuation>".
func greet(_ name: String, greeting: String = "Hello", punctuation: String = "!") -> String {
    "\(greeting), \(name)\(punctuation)"
}

/// The mean of any number of values, or nil when called with none.
func average(_ numbers: Double...) -> Double? {
    guard !numbers.isEmpty else { return nil }      // inside the function, `numbers` is a [Double]
    return numbers.reduce(0, +) / Double(numbers.count)
}

/// The largest of one or more integers.
func largest(_ first: Int, _ rest: Int...) -> Int {
    rest.reduce(first, max)
}

/// Just the name, or "name(key=value, …)" with the keys in alphabetical order.
func describe(_ name: String, attributes: [String: String] = [:]) -> String {
    guard !attributes.isEmpty else { return name }
    let items = attributes
        .sorted { $0.key < $1.key }
        .map { "\($0.key)=\($0.value)" }
        .joined(separator: ", ")
    return "\(name)(\(items))"
}

// MARK: - Closures (Python's lambda)

/// Applies `transform` to `value`, then again to the result.
func applyTwice(_ transform: (Int) -> Int, to value: Int) -> Int {
    transform(transform(value))
}

/// A function that applies `first`, then `second`.
func compose(_ first: @escaping (Int) -> Int, _ second: @escaping (Int) -> Int) -> (Int) -> Int {
    { value in second(first(value)) }
}

/// Sorted by the key's value, smallest first; equal keys keep their original order.
func sortedWords(_ words: [String], by key: (String) -> Int) -> [String] {
    // Compute each key once, then sort stably on it.
    words
        .map { (word: $0, key: key($0)) }
        .sorted { $0.key < $1.key }
        .map(\.word)
}

// MARK: - Closures that capture (Python's nonlocal)

/// A counter: each call returns the next value, starting with `start`, going up by `step`.
func makeCounter(startingAt start: Int = 0, step: Int = 1) -> () -> Int {
    var next = start                // captured by the closure: lives as long as the closure does
    return {
        defer { next += step }
        return next
    }
}

/// An accumulator: each call adds its argument to a running total and returns the new total.
func makeAccumulator() -> (Int) -> Int {
    var total = 0
    return { amount in
        total += amount
        return total
    }
}

/// One function per factor, in the same order.
func makeMultipliers(_ factors: Int...) -> [(Int) -> Int] {
    // Each closure captures its own `factor`: no late-binding surprise as with Python's lambdas.
    factors.map { factor in { value in value * factor } }
}
