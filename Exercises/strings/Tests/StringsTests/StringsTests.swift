import XCTest
@testable import Strings

final class CountingTests: XCTestCase {
    func testCharacterCountCountsWhatAPersonSees() {
        XCTAssertEqual(characterCount("hello"), 5, "plain ASCII: one character per letter")
        XCTAssertEqual(characterCount("café"), 4, "é is one character")
        XCTAssertEqual(characterCount("cafe\u{301}"), 4, "e followed by a combining accent is still one character on screen")
        XCTAssertEqual(characterCount("👍🏽"), 1, "a thumbs-up with a skin-tone modifier is one character")
        XCTAssertEqual(characterCount("🇫🇷"), 1, "a flag is one character")
        XCTAssertEqual(characterCount("👨‍👩‍👧"), 1, "a family emoji joined with zero-width joiners is one character")
        XCTAssertEqual(characterCount(""), 0, "the empty string has no characters")
    }

    func testUtf8ByteCountDiffersFromCharacterCount() {
        XCTAssertEqual(utf8ByteCount("hello"), 5, "ASCII letters take one byte each")
        XCTAssertEqual(utf8ByteCount("café"), 5, "é takes two bytes in UTF-8")
        XCTAssertEqual(utf8ByteCount("👍🏽"), 8, "an emoji with a modifier takes several bytes in UTF-8")
        XCTAssertEqual(utf8ByteCount(""), 0, "the empty string takes no bytes")
    }

    func testOccurrencesAreNonOverlapping() {
        XCTAssertEqual(occurrences(of: "an", in: "banana"), 2, "\"an\" occurs twice in banana")
        XCTAssertEqual(occurrences(of: "aa", in: "aaaa"), 2, "occurrences must not overlap, like Python's str.count")
        XCTAssertEqual(occurrences(of: "ana", in: "banana"), 1, "the two \"ana\" in banana overlap, so only one counts")
        XCTAssertEqual(occurrences(of: "x", in: "banana"), 0, "a missing needle occurs 0 times")
        XCTAssertEqual(occurrences(of: "bananas", in: "banana"), 0, "a needle longer than the text occurs 0 times")
        XCTAssertEqual(occurrences(of: "", in: "banana"), 0, "an empty needle is defined to occur 0 times here")
        XCTAssertEqual(occurrences(of: "Na", in: "banana"), 0, "matching is case-sensitive")
    }

    func testOccurrencesMatchWholeCharactersOnly() {
        XCTAssertEqual(occurrences(of: "é", in: "cafe\u{301} café"), 2, "both spellings of é are the same character")
        XCTAssertEqual(occurrences(of: "e", in: "cafe\u{301}"), 0, "there is no plain e on screen in café, even when é is stored as e + accent")
        XCTAssertEqual(occurrences(of: "👍🏽", in: "👍🏽👍👍🏽"), 2, "a thumbs-up with a modifier is different from a plain thumbs-up")
        XCTAssertEqual(occurrences(of: "🇷🇫", in: "🇫🇷🇫🇷"), 0, "🇫🇷🇫🇷 is two whole flags: the R of the first and the F of the second do not form a character of their own")
    }
}

final class CaseTests: XCTestCase {
    func testSwapCaseFlipsLettersOnly() {
        XCTAssertEqual(swapCase("Hello World"), "hELLO wORLD", "every letter should change case, spaces stay")
        XCTAssertEqual(swapCase("abc123!?"), "ABC123!?", "digits and punctuation are unchanged")
        XCTAssertEqual(swapCase("Élan"), "éLAN", "accented letters change case too")
        XCTAssertEqual(swapCase("straße"), "STRASSE", "ß has no single uppercase letter: it becomes SS, as in Python")
        XCTAssertEqual(swapCase(""), "", "the empty string stays empty")
    }

    func testTitleCasedKeepsTheSpacingIntact() {
        XCTAssertEqual(titleCased("hello wORLD"), "Hello World", "each word: first character uppercase, the rest lowercase")
        XCTAssertEqual(titleCased("  two  spaces "), "  Two  Spaces ", "leading, repeated and trailing spaces must be kept exactly")
        XCTAssertEqual(titleCased("élan vital"), "Élan Vital", "accented first letters are uppercased too")
        XCTAssertEqual(titleCased("r2d2 IS 42"), "R2d2 Is 42", "digits stay as they are")
        XCTAssertEqual(titleCased(""), "", "the empty string stays empty")
    }
}

final class EditingTests: XCTestCase {
    func testRemovingAffixesOnlyWhenPresent() {
        XCTAssertEqual(removingAffixes("unhappy.txt", prefix: "un", suffix: ".txt"), "happy", "both the prefix and the suffix are present and should be removed")
        XCTAssertEqual(removingAffixes("happy.md", prefix: "un", suffix: ".txt"), "happy.md", "neither affix is present: nothing changes")
        XCTAssertEqual(removingAffixes("unununs", prefix: "un", suffix: "s"), "unun", "the prefix is removed only once, like Python's removeprefix")
        XCTAssertEqual(removingAffixes("aba", prefix: "ab", suffix: "ba"), "a", "remove the prefix first, then look for the suffix in what is left")
        XCTAssertEqual(removingAffixes("abc", prefix: "", suffix: ""), "abc", "empty affixes remove nothing")
        XCTAssertEqual(removingAffixes("e\u{301}cole", prefix: "é", suffix: "le"), "co", "é stored as e + accent still starts with é")
    }

    func testReplacingAllLikePythonReplace() {
        XCTAssertEqual(replacingAll("cat", with: "dog", in: "cat catalog concat"), "dog dogalog condog", "every occurrence should be replaced")
        XCTAssertEqual(replacingAll("aa", with: "b", in: "aaaaa"), "bba", "occurrences are replaced left to right without overlapping")
        XCTAssertEqual(replacingAll("a", with: "aa", in: "banana"), "baanaanaa", "a replacement containing the target must not be replaced again")
        XCTAssertEqual(replacingAll("", with: "-", in: "abc"), "abc", "an empty target leaves the text unchanged")
        XCTAssertEqual(replacingAll("x", with: "", in: "x-x-x"), "--", "replacing with the empty string deletes")
        XCTAssertEqual(replacingAll("é", with: "e", in: "cafe\u{301} été"), "cafe ete", "é matches whichever way it is stored")
    }

    func testReversedTextKeepsCharactersWhole() {
        XCTAssertEqual(reversedText("stressed"), "desserts", "plain text reversed character by character")
        XCTAssertEqual(reversedText("ab👍🏽"), "👍🏽ba", "the thumbs-up keeps its skin-tone modifier when reversed")
        XCTAssertEqual(reversedText("🇫🇷🇩🇪"), "🇩🇪🇫🇷", "flags are reversed as whole flags")
        XCTAssertEqual(reversedText("cafe\u{301}"), "éfac", "the accent stays on its e")
        XCTAssertEqual(reversedText(""), "", "the empty string reversed is empty")
    }

    func testTruncatedAddsEllipsisOnlyWhenNeeded() {
        XCTAssertEqual(truncated("Hello, world", to: 8), "Hello, …", "too long: keep maxLength - 1 characters and add …")
        XCTAssertEqual(truncated("Hello", to: 5), "Hello", "exactly maxLength characters: unchanged, no …")
        XCTAssertEqual(truncated("Hi", to: 10), "Hi", "shorter than maxLength: unchanged")
        XCTAssertEqual(truncated("Hello", to: 1), "…", "a maxLength of 1 leaves room only for …")
        XCTAssertEqual(truncated("Hello", to: 0), "", "a maxLength of 0 gives the empty string")
        XCTAssertEqual(truncated("Hello", to: -3), "", "a negative maxLength gives the empty string instead of crashing")
    }

    func testTruncatedNeverSplitsACharacter() {
        XCTAssertEqual(truncated("👍🏽👍🏽👍🏽", to: 2), "👍🏽…", "count characters, not bytes: keep one whole thumbs-up")
        XCTAssertEqual(truncated("cafe\u{301}s", to: 5), "cafe\u{301}s", "e + accent is one character, so this 5-character text fits in 5")
        XCTAssertEqual(truncated("ab👍🏽cd", to: 4), "ab👍🏽…", "the thumbs-up and its modifier are kept together as one character")
        XCTAssertEqual(truncated("héllo", to: 5), "héllo", "é counts as one character, so héllo fits in 5")
    }
}

final class PalindromeTests: XCTestCase {
    func testIsPalindromeIgnoresCasePunctuationAndSpaces() {
        XCTAssertTrue(isPalindrome("A man, a plan, a canal: Panama"), "ignoring case, spaces and punctuation, this reads the same both ways")
        XCTAssertTrue(isPalindrome("No 'x' in Nixon"), "quotes and spaces should be ignored")
        XCTAssertTrue(isPalindrome("12321"), "digits count as characters to compare")
        XCTAssertTrue(isPalindrome("Été"), "É and é are the same letter once case is ignored")
        XCTAssertTrue(isPalindrome(""), "the empty string reads the same both ways")
        XCTAssertTrue(isPalindrome("?!"), "with no letters or digits left, there is nothing that could differ")
        XCTAssertFalse(isPalindrome("palindrome"), "this word does not read the same backwards")
        XCTAssertFalse(isPalindrome("ab1ba2"), "digits must match too")
    }
}
