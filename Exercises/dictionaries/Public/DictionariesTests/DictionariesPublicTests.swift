import XCTest
@testable import Dictionaries

final class DictionariesPublicTests: XCTestCase {
    func testWordFrequenciesOfAShortSentence() {
        XCTAssertEqual(wordFrequencies(in: "to be or not to be"), ["to": 2, "be": 2, "or": 1, "not": 1], "each word should be counted once per occurrence")
    }

    func testMergeTwoSmallCounts() {
        XCTAssertEqual(mergedCounts(["x": 1], ["x": 2, "y": 1]), ["x": 3, "y": 1], "x appears in both, so its counts are added")
    }

    func testFormatTwoItems() {
        XCTAssertEqual(formattedItems(["b": 2, "a": 1]), "a=1, b=2", "items are formatted as key=value, sorted by key")
    }
}
