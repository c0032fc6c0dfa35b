import Testing
@testable import Recursion

@Suite struct NumberRecursionTests {
    @Test(arguments: [
        (0, 1, "0! is 1 by definition: that is the base case"),
        (1, 1, "1! is 1"),
        (5, 120, "5! is 5 × 4 × 3 × 2 × 1"),
        (12, 479_001_600, "12! should be computed exactly"),
    ])
    func factorialOfBaseCasesAndSmallNumbers(n: Int, expected: Int, message: String) {
        #expect(factorial(n) == expected, Comment(rawValue: message))
    }

    @Test func factorialIsNilForNegativeOrOverflowingInput() {
        #expect(factorial(20) == 2_432_902_008_176_640_000, "20! is the largest factorial that fits in a 64-bit Int")
        #expect(factorial(21) == nil, "21! does not fit in an Int: expected nil instead of a crash")
        #expect(factorial(-1) == nil, "a negative number has no factorial: expected nil, not endless recursion")
    }

    @Test func fibonacciFirstTerms() {
        let expected = [0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55]
        #expect((0...10).map { fibonacci($0) ?? -1 } == expected, "fibonacci(0) through fibonacci(10): the base cases are 0 and 1, then each term is the sum of the two before")
        #expect(fibonacci(-3) == nil, "a negative index has no Fibonacci number: expected nil")
    }

    @Test func fibonacciOfLargeIndicesIsFastAndExact() {
        #expect(fibonacci(50) == 12_586_269_025, "fibonacci(50) must come back quickly: remember the values you have already computed")
        #expect(fibonacci(92) == 7_540_113_804_746_346_429, "fibonacci(92) is the largest that fits in an Int, and must come back instantly")
        #expect(fibonacci(93) == nil, "fibonacci(93) does not fit in an Int: expected nil instead of a crash")
    }

    @Test(arguments: [
        (48, 18, 6, "gcd(48, 18): 6 is the largest number dividing both"),
        (18, 48, 6, "the order of the arguments does not matter"),
        (17, 5, 1, "numbers with no common factor have gcd 1"),
        (0, 9, 9, "gcd(0, n) is n: every number divides 0"),
        (9, 0, 9, "gcd(n, 0) is n: that is the base case"),
        (0, 0, 0, "gcd(0, 0) is defined as 0 here"),
        (-12, 8, 4, "the gcd is never negative, whatever the signs"),
        (-12, -18, 6, "the gcd of two negative numbers is positive"),
    ])
    func greatestCommonDivisor(a: Int, b: Int, expected: Int, message: String) {
        #expect(gcd(a, b) == expected, Comment(rawValue: message))
    }
}

@Suite struct SearchRecursionTests {
    @Test func binarySearchFindsEveryElementAndNothingElse() {
        let sorted = Array(stride(from: -999, through: 999, by: 2))
        for (index, value) in sorted.enumerated() {
            #expect(binarySearch(sorted, for: value) == index, "\(value) is at index \(index) of the sorted array")
        }
        for missing in [-1000, 0, 2, 1000] {
            #expect(binarySearch(sorted, for: missing) == nil, "\(missing) is not in the array (below, between or above its values): expected nil")
        }
    }

    @Test(arguments: [
        ([], 3, nil, "an empty array contains nothing: expected nil, not a crash"),
        ([4], 4, 0, "a one-element array holding the target finds it at index 0"),
        ([4], 5, nil, "a one-element array not holding the target gives nil"),
        ([1, 3], 3, 1, "the last element of a two-element array"),
    ] as [([Int], Int, Int?, String)])
    func binarySearchInEmptyAndOneElementArrays(array: [Int], target: Int, expected: Int?, message: String) {
        #expect(binarySearch(array, for: target) == expected, Comment(rawValue: message))
    }
}

@Suite struct StructureRecursionTests {
    private let sample: NestedList = .list([.value(1), .list([.value(2), .list([.value(3)])]), .list([]), .value(4)])

    @Test func flattenKeepsLeftToRightOrder() {
        #expect(flatten(sample) == [1, 2, 3, 4], "[1, [2, [3]], [], 4] flattens to its numbers in order")
        #expect(flatten(.value(7)) == [7], "a lone number flattens to a one-element array")
        #expect(flatten(.list([])) == [], "an empty list flattens to nothing")
        #expect(flatten(.list([.list([.list([])]), .list([.value(5), .value(6)])])) == [5, 6], "empty lists nested inside lists contribute nothing")
    }

    @Test func depthOfNestedLists() {
        #expect(depth(of: sample) == 3, "[1, [2, [3]], [], 4] is nested three lists deep")
        #expect(depth(of: .value(7)) == 0, "a number is not a list: depth 0")
        #expect(depth(of: .list([])) == 1, "an empty list is one level deep")
        #expect(depth(of: .list([.value(1), .value(2)])) == 1, "a flat list of numbers is one level deep")
        #expect(depth(of: .list([.list([.list([.list([])])]), .value(1)])) == 4, "the deepest branch decides the depth")
    }

    @Test func hanoiSmallCases() {
        #expect(hanoi(0, from: "A", to: "C", via: "B") == [], "no disks, no moves")
        #expect(hanoi(-2, from: "A", to: "C", via: "B") == [], "a negative number of disks needs no moves")
        #expect(hanoi(1, from: "A", to: "C", via: "B") == ["A->C"], "one disk moves straight to the target")
        #expect(hanoi(2, from: "A", to: "C", via: "B") == ["A->B", "A->C", "B->C"], "two disks: the small one steps aside to the spare peg")
        #expect(hanoi(3, from: "L", to: "R", via: "M") == ["L->R", "L->M", "R->M", "L->R", "M->L", "M->R", "L->R"], "three disks, with other peg names")
    }

    @Test func hanoiMovesAreLegalAndMinimal() {
        let disks = 10
        let moves = hanoi(disks, from: "A", to: "C", via: "B")
        #expect(moves.count == 1023, "the shortest solution for 10 disks has 2^10 - 1 moves")
        var pegs: [String: [Int]] = ["A": Array((1...disks).reversed()), "B": [], "C": []]
        for (number, move) in moves.enumerated() {
            let parts = move.split(separator: "->", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2, let source = pegs[parts[0]], let top = source.last, pegs[parts[1]] != nil else {
                Issue.record("move \(number + 1) (\(move)) is not a legal \"X->Y\" move taking a disk from a non-empty peg")
                return
            }
            if let below = pegs[parts[1]]?.last, below < top {
                Issue.record("move \(number + 1) (\(move)) puts a larger disk on a smaller one")
                return
            }
            pegs[parts[0]]?.removeLast()
            pegs[parts[1]]?.append(top)
        }
        #expect(pegs["C"] == Array((1...disks).reversed()), "at the end all 10 disks should be on the target peg, largest at the bottom")
    }

    @Test func permutationsListEveryOrderingOnce() {
        #expect(permutations(of: []).count == 1, "there is exactly one way to order nothing: [[]]")
        #expect(permutations(of: [7]) == [[7]], "one item has one ordering")
        let three = permutations(of: [1, 2, 3]).map { $0.map(String.init).joined(separator: ",") }.sorted()
        #expect(three == ["1,2,3", "1,3,2", "2,1,3", "2,3,1", "3,1,2", "3,2,1"], "three items have six orderings, each listed once")
        let four = permutations(of: [4, 1, 9, 6])
        #expect(four.count == 24, "four items have 4! orderings")
        #expect(Set(four.map { $0.map(String.init).joined(separator: ",") }).count == 24, "no ordering may appear twice")
        #expect(four.allSatisfy { $0.sorted() == [1, 4, 6, 9] }, "each ordering uses every item exactly once")
    }
}
