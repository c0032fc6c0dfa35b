import GraderModel

/// The class as a whole: averages, the median and the score distribution for `index.html`.
struct ClassSummary {
    /// Students per tenth of the points available: bin `i` holds totals from `10·i` % up to (not
    /// including) `10·(i+1)` %; the last bin also holds 100 %. Students with nothing to earn are
    /// left out.
    let histogram: [Int]
    let students: Int
    let averageScore: Double
    let medianScore: Double
    /// The largest `max_score` of any student (every student has the same when all were graded).
    let maxScore: Double
    let fullMarks: Int

    init(_ report: GradeReport) {
        let students = report.students
        self.students = students.count
        var bins = Array(repeating: 0, count: 10)
        for student in students where student.maxScore > 0 {
            let share = student.score / student.maxScore
            bins[min(max(Int((share * 10).rounded(.down)), 0), 9)] += 1
        }
        histogram = bins
        averageScore = students.isEmpty ? 0 : students.reduce(0) { $0 + $1.score } / Double(students.count)
        let sorted = students.map(\.score).sorted()
        if sorted.isEmpty {
            medianScore = 0
        } else if sorted.count % 2 == 1 {
            medianScore = sorted[sorted.count / 2]
        } else {
            medianScore = (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        }
        maxScore = students.map(\.maxScore).max() ?? 0
        fullMarks = students.filter { $0.maxScore > 0 && $0.score >= $0.maxScore - 1e-9 }.count
    }
}
