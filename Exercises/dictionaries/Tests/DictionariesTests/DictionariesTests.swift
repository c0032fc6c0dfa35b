import XCTest
@testable import Dictionaries

final class WordFrequencyTests: XCTestCase {
    func testWordFrequenciesIgnoreCaseAndPunctuation() {
        let counts = wordFrequencies(in: "The cat and the hat. THE END!")
        XCTAssertEqual(counts, ["the": 3, "cat": 1, "and": 1, "hat": 1, "end": 1], "words should be lowercased and punctuation should separate words without being part of them")
    }

    func testWordFrequenciesSplitOnAnyNonLetterOrDigit() {
        let counts = wordFrequencies(in: "red,green;red\tblue\nred--green 42 42")
        XCTAssertEqual(counts, ["red": 3, "green": 2, "blue": 1, "42": 2], "commas, semicolons, tabs, newlines and dashes all separate words; digits form words too")
    }

    func testWordFrequenciesOfEmptyOrPunctuationOnlyText() {
        XCTAssertEqual(wordFrequencies(in: ""), [:], "an empty text has no words")
        XCTAssertEqual(wordFrequencies(in: "  ...!?  "), [:], "a text of spaces and punctuation has no words (no empty-string key)")
    }

    func testWordFrequenciesCountUnicodeWordsAsAPersonWould() {
        let counts = wordFrequencies(in: "Café naïve CAFÉ cafe\u{301}")
        XCTAssertEqual(counts["café"], 3, "é is a letter, CAFÉ lowercases to café, and e + combining accent is the same word as é")
        XCTAssertEqual(counts["naïve"], 1, "ï is a letter and belongs inside the word")
        XCTAssertEqual(counts.count, 2, "there are exactly two different words in this text")
    }
}

final class GroupingTests: XCTestCase {
    func testGroupedByInitialKeepsInputOrderWithinAGroup() {
        let groups = groupedByInitial(["banana", "apple", "blueberry", "avocado", "cherry"])
        XCTAssertEqual(groups, ["A": ["apple", "avocado"], "B": ["banana", "blueberry"], "C": ["cherry"]], "each group is keyed by the uppercased initial, and keeps the words in input order")
    }

    func testGroupedByInitialIgnoresCaseOfTheInitialAndSkipsEmptyStrings() {
        let groups = groupedByInitial(["Apple", "", "apricot", "éclair", "Émile"])
        XCTAssertEqual(groups["A"], ["Apple", "apricot"], "Apple and apricot share the initial A whatever their case, and keep their own spelling")
        XCTAssertEqual(groups["É"], ["éclair", "Émile"], "é uppercases to É: accented initials form their own group")
        XCTAssertEqual(groups.count, 2, "an empty string has no initial and must not create a group")
        XCTAssertEqual(groupedByInitial([]), [:], "no words, no groups")
    }

    func testInvertedCollectsKeysSortedForEachValue() {
        let result = inverted(["pear": 2, "apple": 3, "fig": 2, "kiwi": 1, "date": 2])
        XCTAssertEqual(result, [1: ["kiwi"], 2: ["date", "fig", "pear"], 3: ["apple"]], "each value should map to every key that had it, in alphabetical order")
        XCTAssertEqual(inverted([:]), [:], "inverting an empty dictionary gives an empty dictionary")
    }
}

final class CombiningTests: XCTestCase {
    func testMergedCountsAddsSharedKeysAndKeepsTheOthers() {
        let merged = mergedCounts(["a": 1, "b": 2], ["b": 5, "c": 7])
        XCTAssertEqual(merged, ["a": 1, "b": 7, "c": 7], "keys in both dictionaries should have their counts added; the others are kept as they are")
        XCTAssertEqual(mergedCounts([:], ["x": 3]), ["x": 3], "merging into an empty dictionary keeps the other one")
        XCTAssertEqual(mergedCounts(["x": -3], ["x": 3]), ["x": 0], "counts are added even when the sum is 0 (the key stays)")
    }

    func testRemovingKeysIgnoresMissingKeys() {
        let stock = ["apples": 4, "pears": 0, "plums": 9]
        XCTAssertEqual(removingKeys(["pears", "kiwis"], from: stock), ["apples": 4, "plums": 9], "pears should be removed, and the missing kiwis ignored instead of crashing")
        XCTAssertEqual(removingKeys([], from: stock), stock, "removing no keys changes nothing")
        XCTAssertEqual(removingKeys(["apples", "pears", "plums"], from: stock), [:], "removing every key leaves an empty dictionary")
    }

    func testTopWordsRanksByCountThenAlphabetically() {
        let text = "b a c b a d b e"
        XCTAssertEqual(topWords(in: text, count: 2), ["b", "a"], "b occurs 3 times and a twice")
        XCTAssertEqual(topWords(in: text, count: 4), ["b", "a", "c", "d"], "words with the same count come in alphabetical order")
        XCTAssertEqual(topWords(in: "Dog dog cat", count: 1), ["dog"], "words are counted case-insensitively and reported lowercased")
    }

    func testTopWordsWithTooLargeOrNonPositiveCount() {
        XCTAssertEqual(topWords(in: "one two two", count: 10), ["two", "one"], "asking for more words than there are gives all of them")
        XCTAssertEqual(topWords(in: "one two two", count: 0), [], "asking for 0 words gives none")
        XCTAssertEqual(topWords(in: "one two two", count: -1), [], "asking for a negative number of words gives none instead of crashing")
        XCTAssertEqual(topWords(in: "", count: 3), [], "an empty text has no top words")
    }

    func testFormattedItemsAreSortedByKeyWhateverTheInsertionOrder() {
        var first: [String: Int] = [:]
        first["zebra"] = 1
        first["apple"] = 2
        first["mango"] = 3
        var second: [String: Int] = [:]
        second["mango"] = 3
        second["zebra"] = 1
        second["apple"] = 2
        XCTAssertEqual(formattedItems(first), "apple=2, mango=3, zebra=1", "items should be sorted by key: a Swift dictionary has no reliable order of its own")
        XCTAssertEqual(formattedItems(second), "apple=2, mango=3, zebra=1", "the same items inserted in another order must format the same way")
        XCTAssertEqual(formattedItems([:]), "", "an empty dictionary formats as an empty string")
    }
}
