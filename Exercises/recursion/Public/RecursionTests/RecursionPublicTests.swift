import Testing
@testable import Recursion

@Suite struct RecursionPublicTests {
    @Test func factorialOfThree() {
        #expect(factorial(3) == 6, "3! is 3 × 2 × 1")
    }

    @Test func fibonacciOfTwenty() {
        #expect(fibonacci(20) == 6765, "the 20th Fibonacci number is 6765")
    }

    @Test func flattenOneLevel() {
        #expect(flatten(.list([.value(1), .list([.value(2)])])) == [1, 2], "[1, [2]] flattens to [1, 2]")
    }
}
