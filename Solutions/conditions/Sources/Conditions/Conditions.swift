// Conditions — reference solution.

/// The kinds of triangle `classifyTriangle` can report.
enum TriangleKind: String {
    case equilateral
    case isosceles
    case scalene
    case invalid
}

/// Whether `year` is a leap year in the Gregorian calendar.
func isLeapYear(_ year: Int) -> Bool {
    if year % 400 == 0 {
        return true
    } else if year % 100 == 0 {
        return false
    } else {
        return year % 4 == 0
    }
}

/// The letter grade for a score from 0 to 100, or nil for a score outside 0...100.
func letterGrade(for score: Int) -> String? {
    switch score {
    case 90...100: return "A"
    case 80..<90: return "B"
    case 70..<80: return "C"
    case 60..<70: return "D"
    case 0..<60: return "F"
    default: return nil
    }
}

/// Classifies a triangle by the lengths of its three sides (given in any order).
func classifyTriangle(_ a: Double, _ b: Double, _ c: Double) -> TriangleKind {
    let sides = [a, b, c]
    // Every side must be a positive, finite number (this also rejects NaN).
    guard sides.allSatisfy({ $0.isFinite && $0 > 0 }) else {
        return .invalid
    }
    // Each side must be strictly shorter than the other two together.
    guard a + b > c, a + c > b, b + c > a else {
        return .invalid
    }
    if a == b && b == c {
        return .equilateral
    } else if a == b || b == c || a == c {
        return .isosceles
    } else {
        return .scalene
    }
}

/// The price of a museum ticket in euros, or nil for a negative age.
func ticketPrice(age: Int, hasStudentCard: Bool) -> Int? {
    if age < 0 {
        return nil
    } else if age < 3 {
        return 0
    } else if age < 12 {
        return 5
    } else if age < 65 {
        return hasStudentCard ? 8 : 12
    } else {
        return 6
    }
}
