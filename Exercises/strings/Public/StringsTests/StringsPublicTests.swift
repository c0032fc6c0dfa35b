import XCTest
@testable import Strings

final class StringsPublicTests: XCTestCase {
    func testCharacterCountOfNaive() {
        XCTAssertEqual(characterCount("naïve"), 5, "ï is one character, so naïve has 5")
    }

    func testSwapCaseOfPython() {
        XCTAssertEqual(swapCase("PyThOn"), "pYtHoN", "each letter flips its case")
    }

    func testOccurrencesOfIssInMississippi() {
        XCTAssertEqual(occurrences(of: "iss", in: "Mississippi"), 2, "\"iss\" occurs twice in Mississippi")
    }
}
