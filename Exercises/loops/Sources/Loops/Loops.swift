// Loops — starter code.
// Replace every `fatalError("TODO: …")` with your implementation.
// Keep the signatures exactly as they are: the grader's tests call them.

/// The FizzBuzz sequence for 1 through `n`: "Fizz" for multiples of 3, "Buzz" for multiples
/// of 5, "FizzBuzz" for multiples of both, otherwise the number itself ("1", "2", …).
/// Empty when `n` is less than 1.
func fizzBuzz(upTo n: Int) -> [String] {
    fatalError("TODO: fizzBuzz")
}

/// All prime numbers less than or equal to `n`, in increasing order. Empty when `n` < 2.
func primes(upTo n: Int) -> [Int] {
    fatalError("TODO: primes")
}

/// The index of the first element of `numbers` for which `predicate` is true, or nil.
/// Stop calling `predicate` as soon as you have found a match.
func indexOfFirst(in numbers: [Int], where predicate: (Int) -> Bool) -> Int? {
    fatalError("TODO: indexOfFirst")
}

/// The sum of the decimal digits of `n`, ignoring its sign: digitSum(-123) == 6.
/// Must work for every Int, including Int.min.
func digitSum(_ n: Int) -> Int {
    fatalError("TODO: digitSum")
}

/// How many Collatz steps take `n` to 1 (even: n / 2, odd: 3n + 1). nil when `n` < 1.
func collatzSteps(from n: Int) -> Int? {
    fatalError("TODO: collatzSteps")
}

/// `n`, `n - 1`, …, 1. Empty when `n` is less than 1.
func countdown(from n: Int) -> [Int] {
    fatalError("TODO: countdown")
}
