// Loops — reference solution.

/// The FizzBuzz sequence for 1 through `n`; empty when `n` is less than 1.
func fizzBuzz(upTo n: Int) -> [String] {
    guard n >= 1 else { return [] }     // 1...0 would trap: a closed range needs lower <= upper
    var lines: [String] = []
    for i in 1...n {
        if i % 15 == 0 {
            lines.append("FizzBuzz")
        } else if i % 3 == 0 {
            lines.append("Fizz")
        } else if i % 5 == 0 {
            lines.append("Buzz")
        } else {
            lines.append(String(i))
        }
    }
    return lines
}

/// All prime numbers less than or equal to `n`, in increasing order. Empty when `n` < 2.
func primes(upTo n: Int) -> [Int] {
    guard n >= 2 else { return [] }
    var result: [Int] = []
    for candidate in 2...n {
        var isPrime = true
        for p in result {
            if p * p > candidate { break }      // no divisor up to √candidate: it is prime
            if candidate % p == 0 {
                isPrime = false
                break
            }
        }
        if isPrime {
            result.append(candidate)
        }
    }
    return result
}

/// The index of the first element of `numbers` for which `predicate` is true, or nil.
func indexOfFirst(in numbers: [Int], where predicate: (Int) -> Bool) -> Int? {
    for (index, number) in numbers.enumerated() where predicate(number) {
        return index                            // leaves the loop (and the function) at once
    }
    return nil
}

/// The sum of the decimal digits of `n`, ignoring its sign. Works for Int.min too.
func digitSum(_ n: Int) -> Int {
    // abs(Int.min) does not fit in an Int, so work with the (negative or zero) remainders
    // instead: in Swift, -123 % 10 == -3.
    var rest = n
    var sum = 0
    while rest != 0 {
        sum += abs(rest % 10)
        rest /= 10
    }
    return sum
}

/// How many Collatz steps take `n` to 1. nil when `n` < 1.
func collatzSteps(from n: Int) -> Int? {
    guard n >= 1 else { return nil }
    var value = n
    var steps = 0
    while value != 1 {
        value = value.isMultiple(of: 2) ? value / 2 : 3 * value + 1
        steps += 1
    }
    return steps
}

/// `n`, `n - 1`, …, 1. Empty when `n` is less than 1.
func countdown(from n: Int) -> [Int] {
    Array(stride(from: n, through: 1, by: -1))
}
