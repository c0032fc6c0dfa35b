// Conditions — starter code.
// Replace every `fatalError("TODO: …")` with your implementation.
// Keep the signatures exactly as they are: the grader's tests call them.

/// The kinds of triangle `classifyTriangle` can report. Given: do not change.
enum TriangleKind: String {
    case equilateral
    case isosceles
    case scalene
    case invalid
}

/// Whether `year` is a leap year in the Gregorian calendar.
func isLeapYear(_ year: Int) -> Bool {
    fatalError("TODO: isLeapYear")
}

/// The letter grade for a score from 0 to 100:
/// 90...100 "A", 80..<90 "B", 70..<80 "C", 60..<70 "D", 0..<60 "F".
/// Any score outside 0...100 is invalid: return nil.
func letterGrade(for score: Int) -> String? {
    fatalError("TODO: letterGrade")
}

/// Classifies a triangle by the lengths of its three sides (given in any order).
func classifyTriangle(_ a: Double, _ b: Double, _ c: Double) -> TriangleKind {
    fatalError("TODO: classifyTriangle")
}

/// The price of a museum ticket in euros, or nil for a negative age.
/// - under 3: 0
/// - 3 to 11: 5
/// - 12 to 64: 12, or 8 with a student card
/// - 65 and over: 6 (the student card changes nothing)
func ticketPrice(age: Int, hasStudentCard: Bool) -> Int? {
    fatalError("TODO: ticketPrice")
}
