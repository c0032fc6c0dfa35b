import XCTest
@testable import Functions

final class ParameterTests: XCTestCase {
    func testGreetUsesDefaultGreetingAndPunctuation() {
        XCTAssertEqual(greet("Ada"), "Hello, Ada!", "without labelled arguments, greet should use both default values")
        XCTAssertEqual(greet(""), "Hello, !", "an empty name is still greeted with the defaults")
    }

    func testGreetAcceptsLabelledOverridesInAnyCombination() {
        XCTAssertEqual(greet("Grace", greeting: "Hi"), "Hi, Grace!", "overriding only the greeting keeps the default punctuation")
        XCTAssertEqual(greet("Grace", punctuation: "?"), "Hello, Grace?", "overriding only the punctuation keeps the default greeting")
        XCTAssertEqual(greet("Linus", greeting: "Hej", punctuation: "."), "Hej, Linus.", "both labelled arguments can be given together")
    }

    func testAverageOfVariadicArguments() {
        XCTAssertEqual(average(1, 2, 3, 4) ?? .nan, 2.5, accuracy: 1e-9, "average(1, 2, 3, 4) should be the sum divided by the count")
        XCTAssertEqual(average(7) ?? .nan, 7, accuracy: 1e-9, "the average of a single number is that number")
        XCTAssertEqual(average(-1.5, 1.5) ?? .nan, 0, accuracy: 1e-9, "negative and positive values can cancel out")
    }

    func testAverageOfNoArgumentsIsNil() {
        XCTAssertNil(average(), "average() with no arguments has no mean: expected nil, not a division by zero")
    }

    func testLargestOfOneOrMoreArguments() {
        XCTAssertEqual(largest(3, 9, 4), 9, "the largest may be in the middle")
        XCTAssertEqual(largest(12, 9, 4), 12, "the largest may be the first, non-variadic argument")
        XCTAssertEqual(largest(-8, -3, -20), -3, "with only negative numbers, the one closest to zero is the largest")
        XCTAssertEqual(largest(5), 5, "a single argument is the largest of one")
    }

    func testDescribeListsKeywordAttributesSortedByKey() {
        XCTAssertEqual(describe("cat"), "cat", "without attributes, describe gives just the name (the parameter has a default)")
        XCTAssertEqual(describe("cat", attributes: [:]), "cat", "an empty attribute dictionary gives just the name")
        XCTAssertEqual(describe("cat", attributes: ["legs": "4"]), "cat(legs=4)", "one attribute is shown as key=value in parentheses")
        XCTAssertEqual(describe("car", attributes: ["wheels": "4", "color": "red", "make": "Fiat"]), "car(color=red, make=Fiat, wheels=4)", "several attributes are separated by \", \" and sorted by key, whatever the dictionary's order")
    }
}

final class ClosureTests: XCTestCase {
    func testApplyTwiceWithClosures() {
        XCTAssertEqual(applyTwice({ $0 + 3 }, to: 10), 16, "adding 3 twice to 10")
        XCTAssertEqual(applyTwice({ $0 * $0 }, to: 3), 81, "squaring 3 twice: (3²)²")
        var calls = 0
        _ = applyTwice({ value in calls += 1; return value }, to: 0)
        XCTAssertEqual(calls, 2, "the transform should be called exactly twice")
    }

    func testComposeAppliesFirstThenSecond() {
        let addOneThenDouble = compose({ $0 + 1 }, { $0 * 2 })
        XCTAssertEqual(addOneThenDouble(5), 12, "compose(f, g)(x) should be g(f(x)): (5 + 1) * 2")
        let doubleThenAddOne = compose({ $0 * 2 }, { $0 + 1 })
        XCTAssertEqual(doubleThenAddOne(5), 11, "with the functions swapped: 5 * 2 + 1")
        let identityTwice = compose({ $0 }, { $0 })
        XCTAssertEqual(identityTwice(-7), -7, "composing two identity functions changes nothing")
    }

    func testSortedWordsByAKeyClosureIsStable() {
        let words = ["kiwi", "fig", "banana", "date", "apple"]
        XCTAssertEqual(sortedWords(words, by: { $0.count }), ["fig", "kiwi", "date", "apple", "banana"], "sorted by length; kiwi and date (same length) keep their original order")
        XCTAssertEqual(sortedWords(words, by: { -$0.count }), ["banana", "apple", "kiwi", "date", "fig"], "a key closure returning minus the length sorts longest first")
        XCTAssertEqual(sortedWords([], by: { $0.count }), [], "sorting no words gives no words")
    }

    func testCounterStartsAtStartAndSteps() {
        let next = makeCounter(startingAt: 10, step: 5)
        XCTAssertEqual(next(), 10, "the first call should return the start value itself")
        XCTAssertEqual(next(), 15, "the second call should add one step")
        XCTAssertEqual(next(), 20, "the third call should add another step")
        let defaults = makeCounter()
        XCTAssertEqual([defaults(), defaults(), defaults()], [0, 1, 2], "with the default arguments, counting starts at 0 and goes up by 1")
        let down = makeCounter(startingAt: 3, step: -2)
        XCTAssertEqual([down(), down(), down()], [3, 1, -1], "a negative step counts down")
    }

    func testCountersDoNotShareState() {
        let first = makeCounter()
        let second = makeCounter()
        _ = first()
        _ = first()
        XCTAssertEqual(second(), 0, "each counter captures its own state: calling one must not advance the other")
        XCTAssertEqual(first(), 2, "the first counter continues where it left off")
    }

    func testAccumulatorKeepsARunningTotal() {
        let add = makeAccumulator()
        XCTAssertEqual(add(5), 5, "the first call adds to a total starting at 0")
        XCTAssertEqual(add(3), 8, "the total is remembered between calls")
        XCTAssertEqual(add(-10), -2, "negative amounts are added too")
        let other = makeAccumulator()
        XCTAssertEqual(other(1), 1, "a new accumulator starts again from 0")
        XCTAssertEqual(add(0), -2, "the first accumulator is unaffected by the second")
    }

    func testMultipliersCaptureTheirOwnFactor() {
        let multipliers = makeMultipliers(2, 3, 10)
        XCTAssertEqual(multipliers.count, 3, "there should be one function per factor")
        XCTAssertEqual(multipliers.map { $0(7) }, [14, 21, 70], "each function multiplies by its own factor, in order (not all by the last one, as Python's late-binding lambdas would)")
        XCTAssertTrue(makeMultipliers().isEmpty, "no factors, no functions")
    }
}
