import Testing
@testable import Functions

@Suite struct ParameterTests {
    @Test(arguments: [
        ("Ada", "Hello, Ada!", "without labelled arguments, greet should use both default values"),
        ("", "Hello, !", "an empty name is still greeted with the defaults"),
    ])
    func greetUsesDefaultGreetingAndPunctuation(name: String, expected: String, message: String) {
        #expect(greet(name) == expected, Comment(rawValue: message))
    }

    @Test func greetAcceptsLabelledOverridesInAnyCombination() {
        #expect(greet("Grace", greeting: "Hi") == "Hi, Grace!", "overriding only the greeting keeps the default punctuation")
        #expect(greet("Grace", punctuation: "?") == "Hello, Grace?", "overriding only the punctuation keeps the default greeting")
        #expect(greet("Linus", greeting: "Hej", punctuation: ".") == "Hej, Linus.", "both labelled arguments can be given together")
    }

    @Test func averageOfVariadicArguments() {
        #expect(abs((average(1, 2, 3, 4) ?? .nan) - 2.5) <= 1e-9, "average(1, 2, 3, 4) should be the sum divided by the count")
        #expect(abs((average(7) ?? .nan) - 7) <= 1e-9, "the average of a single number is that number")
        #expect(abs((average(-1.5, 1.5) ?? .nan) - 0) <= 1e-9, "negative and positive values can cancel out")
    }

    @Test func averageOfNoArgumentsIsNil() {
        #expect(average() == nil, "average() with no arguments has no mean: expected nil, not a division by zero")
    }

    @Test func largestOfOneOrMoreArguments() {
        #expect(largest(3, 9, 4) == 9, "the largest may be in the middle")
        #expect(largest(12, 9, 4) == 12, "the largest may be the first, non-variadic argument")
        #expect(largest(-8, -3, -20) == -3, "with only negative numbers, the one closest to zero is the largest")
        #expect(largest(5) == 5, "a single argument is the largest of one")
    }

    /// `attributes` nil: describe is called without its `attributes:` argument (its default).
    @Test(arguments: [
        ("cat", nil, "cat", "without attributes, describe gives just the name (the parameter has a default)"),
        ("cat", [:], "cat", "an empty attribute dictionary gives just the name"),
        ("cat", ["legs": "4"], "cat(legs=4)", "one attribute is shown as key=value in parentheses"),
        ("car", ["wheels": "4", "color": "red", "make": "Fiat"], "car(color=red, make=Fiat, wheels=4)", "several attributes are separated by \", \" and sorted by key, whatever the dictionary's order"),
    ] as [(String, [String: String]?, String, String)])
    func describeListsKeywordAttributesSortedByKey(name: String, attributes: [String: String]?, expected: String, message: String) {
        let description = attributes.map { describe(name, attributes: $0) } ?? describe(name)
        #expect(description == expected, Comment(rawValue: message))
    }
}

@Suite struct ClosureTests {
    @Test func applyTwiceWithClosures() {
        #expect(applyTwice({ $0 + 3 }, to: 10) == 16, "adding 3 twice to 10")
        #expect(applyTwice({ $0 * $0 }, to: 3) == 81, "squaring 3 twice: (3²)²")
        var calls = 0
        _ = applyTwice({ value in calls += 1; return value }, to: 0)
        #expect(calls == 2, "the transform should be called exactly twice")
    }

    @Test func composeAppliesFirstThenSecond() {
        let addOneThenDouble = compose({ $0 + 1 }, { $0 * 2 })
        #expect(addOneThenDouble(5) == 12, "compose(f, g)(x) should be g(f(x)): (5 + 1) * 2")
        let doubleThenAddOne = compose({ $0 * 2 }, { $0 + 1 })
        #expect(doubleThenAddOne(5) == 11, "with the functions swapped: 5 * 2 + 1")
        let identityTwice = compose({ $0 }, { $0 })
        #expect(identityTwice(-7) == -7, "composing two identity functions changes nothing")
    }

    @Test func sortedWordsByAKeyClosureIsStable() {
        let words = ["kiwi", "fig", "banana", "date", "apple"]
        #expect(sortedWords(words, by: { $0.count }) == ["fig", "kiwi", "date", "apple", "banana"], "sorted by length; kiwi and date (same length) keep their original order")
        #expect(sortedWords(words, by: { -$0.count }) == ["banana", "apple", "kiwi", "date", "fig"], "a key closure returning minus the length sorts longest first")
        #expect(sortedWords([], by: { $0.count }) == [], "sorting no words gives no words")
    }

    @Test func counterStartsAtStartAndSteps() {
        let next = makeCounter(startingAt: 10, step: 5)
        #expect(next() == 10, "the first call should return the start value itself")
        #expect(next() == 15, "the second call should add one step")
        #expect(next() == 20, "the third call should add another step")
        let defaults = makeCounter()
        #expect([defaults(), defaults(), defaults()] == [0, 1, 2], "with the default arguments, counting starts at 0 and goes up by 1")
        let down = makeCounter(startingAt: 3, step: -2)
        #expect([down(), down(), down()] == [3, 1, -1], "a negative step counts down")
    }

    @Test func countersDoNotShareState() {
        let first = makeCounter()
        let second = makeCounter()
        _ = first()
        _ = first()
        #expect(second() == 0, "each counter captures its own state: calling one must not advance the other")
        #expect(first() == 2, "the first counter continues where it left off")
    }

    @Test func accumulatorKeepsARunningTotal() {
        let add = makeAccumulator()
        #expect(add(5) == 5, "the first call adds to a total starting at 0")
        #expect(add(3) == 8, "the total is remembered between calls")
        #expect(add(-10) == -2, "negative amounts are added too")
        let other = makeAccumulator()
        #expect(other(1) == 1, "a new accumulator starts again from 0")
        #expect(add(0) == -2, "the first accumulator is unaffected by the second")
    }

    @Test func multipliersCaptureTheirOwnFactor() {
        let multipliers = makeMultipliers(2, 3, 10)
        #expect(multipliers.count == 3, "there should be one function per factor")
        #expect(multipliers.map { $0(7) } == [14, 21, 70], "each function multiplies by its own factor, in order (not all by the last one, as Python's late-binding lambdas would)")
        #expect(makeMultipliers().isEmpty, "no factors, no functions")
    }
}
