import XCTest
@testable import Conditions

final class LeapYearTests: XCTestCase {
    func testYearsDivisibleByFourAreLeapYears() {
        XCTAssertTrue(isLeapYear(2024), "2024 is divisible by 4 and is a leap year")
        XCTAssertTrue(isLeapYear(1996), "1996 is divisible by 4 and is a leap year")
        XCTAssertTrue(isLeapYear(4), "year 4 is divisible by 4 and is a leap year")
        XCTAssertFalse(isLeapYear(2023), "2023 is not divisible by 4, so it is not a leap year")
        XCTAssertFalse(isLeapYear(2019), "2019 is not divisible by 4, so it is not a leap year")
    }

    func testCenturyYearsAreLeapOnlyWhenDivisibleByFourHundred() {
        XCTAssertFalse(isLeapYear(1900), "1900 is a century year not divisible by 400: not a leap year")
        XCTAssertFalse(isLeapYear(2100), "2100 is a century year not divisible by 400: not a leap year")
        XCTAssertFalse(isLeapYear(1800), "1800 is a century year not divisible by 400: not a leap year")
        XCTAssertTrue(isLeapYear(2000), "2000 is divisible by 400: a leap year")
        XCTAssertTrue(isLeapYear(1600), "1600 is divisible by 400: a leap year")
    }
}

final class LetterGradeTests: XCTestCase {
    func testLetterGradeAtEveryBandBoundary() {
        let expected: [(Int, String)] = [
            (100, "A"), (90, "A"), (89, "B"), (80, "B"), (79, "C"),
            (70, "C"), (69, "D"), (60, "D"), (59, "F"), (0, "F"),
        ]
        for (score, grade) in expected {
            XCTAssertEqual(letterGrade(for: score), grade, "score \(score) sits at the edge of a band: check which band includes its boundary")
        }
    }

    func testLetterGradeInsideBands() {
        XCTAssertEqual(letterGrade(for: 95), "A", "95 is well inside the A band")
        XCTAssertEqual(letterGrade(for: 85), "B", "85 is well inside the B band")
        XCTAssertEqual(letterGrade(for: 74), "C", "74 is well inside the C band")
        XCTAssertEqual(letterGrade(for: 63), "D", "63 is well inside the D band")
        XCTAssertEqual(letterGrade(for: 30), "F", "30 is well inside the F band")
    }

    func testLetterGradeRejectsScoresOutsideZeroToHundred() {
        XCTAssertNil(letterGrade(for: -1), "a negative score is invalid and should give nil, not an F")
        XCTAssertNil(letterGrade(for: 101), "a score above 100 is invalid and should give nil, not an A")
        XCTAssertNil(letterGrade(for: Int.min), "a hugely negative score is invalid")
        XCTAssertNil(letterGrade(for: Int.max), "a huge score is invalid")
    }
}

final class TriangleTests: XCTestCase {
    func testEquilateralTriangle() {
        XCTAssertEqual(classifyTriangle(2, 2, 2).rawValue, "equilateral", "three equal sides make an equilateral triangle")
        XCTAssertEqual(classifyTriangle(0.5, 0.5, 0.5).rawValue, "equilateral", "three equal fractional sides make an equilateral triangle")
    }

    func testIsoscelesTriangleWhicheverTwoSidesAreEqual() {
        XCTAssertEqual(classifyTriangle(2, 2, 3).rawValue, "isosceles", "sides (2, 2, 3): the first two sides are equal")
        XCTAssertEqual(classifyTriangle(3, 2, 2).rawValue, "isosceles", "sides (3, 2, 2): the last two sides are equal")
        XCTAssertEqual(classifyTriangle(2, 3, 2).rawValue, "isosceles", "sides (2, 3, 2): the first and last sides are equal")
        XCTAssertEqual(classifyTriangle(5, 5, 1).rawValue, "isosceles", "sides (5, 5, 1): a narrow triangle with two equal sides")
    }

    func testScaleneTriangle() {
        XCTAssertEqual(classifyTriangle(3, 4, 5).rawValue, "scalene", "sides (3, 4, 5) are all different and form a triangle")
        XCTAssertEqual(classifyTriangle(5, 3, 4).rawValue, "scalene", "the order of the sides must not matter")
        XCTAssertEqual(classifyTriangle(5.5, 4.25, 3.125).rawValue, "scalene", "fractional sides, all different, forming a triangle")
    }

    func testDegenerateOrImpossibleTrianglesAreInvalid() {
        XCTAssertEqual(classifyTriangle(1, 2, 3).rawValue, "invalid", "sides (1, 2, 3) lie flat on a line (1 + 2 == 3): not a triangle")
        XCTAssertEqual(classifyTriangle(3, 1, 2).rawValue, "invalid", "a flat triangle is invalid whichever side is the longest")
        XCTAssertEqual(classifyTriangle(1, 1, 10).rawValue, "invalid", "two short sides cannot reach around a long one")
        XCTAssertEqual(classifyTriangle(10, 1, 1).rawValue, "invalid", "the longest side may come first")
        XCTAssertEqual(classifyTriangle(2, 2, 4).rawValue, "invalid", "two equal sides that lie flat are still invalid, not isosceles")
    }

    func testNonPositiveOrNonFiniteSidesAreInvalid() {
        XCTAssertEqual(classifyTriangle(0, 0, 0).rawValue, "invalid", "sides of length 0 are invalid, not equilateral")
        XCTAssertEqual(classifyTriangle(-3, 4, 5).rawValue, "invalid", "a negative side is invalid")
        XCTAssertEqual(classifyTriangle(-2, -2, -2).rawValue, "invalid", "three equal negative sides are invalid, not equilateral")
        XCTAssertEqual(classifyTriangle(.nan, 4, 5).rawValue, "invalid", "a side that is not a number is invalid")
        XCTAssertEqual(classifyTriangle(.infinity, .infinity, .infinity).rawValue, "invalid", "infinitely long sides are invalid")
    }
}

final class TicketPriceTests: XCTestCase {
    func testTicketPriceAtEveryAgeBoundary() {
        let expected: [(Int, Int)] = [(0, 0), (2, 0), (3, 5), (11, 5), (12, 12), (64, 12), (65, 6), (100, 6)]
        for (age, price) in expected {
            XCTAssertEqual(ticketPrice(age: age, hasStudentCard: false), price, "age \(age) without a student card sits at the edge of a price band: check which band includes it")
        }
    }

    func testStudentCardOnlyDiscountsAdultTickets() {
        XCTAssertEqual(ticketPrice(age: 20, hasStudentCard: true), 8, "a 20-year-old with a student card gets the student price")
        XCTAssertEqual(ticketPrice(age: 12, hasStudentCard: true), 8, "the student price starts at age 12")
        XCTAssertEqual(ticketPrice(age: 64, hasStudentCard: true), 8, "the student price applies up to age 64")
        XCTAssertEqual(ticketPrice(age: 65, hasStudentCard: true), 6, "from 65 on the senior price applies, student card or not")
        XCTAssertEqual(ticketPrice(age: 8, hasStudentCard: true), 5, "children pay the child price, student card or not")
        XCTAssertEqual(ticketPrice(age: 1, hasStudentCard: true), 0, "infants are free, student card or not")
    }

    func testNegativeAgeHasNoPrice() {
        XCTAssertNil(ticketPrice(age: -1, hasStudentCard: false), "a negative age is invalid: expected nil")
        XCTAssertNil(ticketPrice(age: -30, hasStudentCard: true), "a negative age is invalid even with a student card: expected nil")
    }
}
