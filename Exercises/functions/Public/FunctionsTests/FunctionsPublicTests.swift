import Testing
@testable import Functions

@Suite struct FunctionsPublicTests {
    @Test func greetWithCustomGreeting() {
        #expect(greet("Bob", greeting: "Good morning") == "Good morning, Bob!", "the greeting can be overridden with its label")
    }

    @Test func averageOfTwoAndFour() {
        #expect(abs((average(2, 4) ?? .nan) - 3) <= 1e-9, "the average of 2 and 4 is 3")
    }

    @Test func counterCountsFromZero() {
        let next = makeCounter()
        #expect(next() == 0, "a default counter starts at 0")
        #expect(next() == 1, "then goes up by 1")
    }
}
