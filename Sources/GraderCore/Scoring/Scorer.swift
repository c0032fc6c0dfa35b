import GraderModel

/// Scores as DESIGN.md says: an exercise's points split over its hidden tests by weight (1 unless
/// grader.yml says otherwise); score = points × weight passed / total weight.
public enum Scorer {
    /// Fills in `score` and `max_score` of each test and of the exercise. Only a `graded` exercise
    /// earns points.
    public static func score(_ result: ExerciseResult, points: Double, weights: [String: Double]) -> ExerciseResult {
        var result = result
        let weightOf = { (name: String) in weights[name] ?? 1 }
        let total = result.tests.reduce(0) { $0 + weightOf($1.name) }
        result.maxScore = points
        for index in result.tests.indices {
            let test = result.tests[index]
            let share = total > 0 ? round(points * weightOf(test.name) / total) : 0
            result.tests[index].maxScore = share
            result.tests[index].score = result.status == .graded && test.status == .passed ? share : 0
        }
        let passedWeight = result.tests.filter { $0.status == .passed }.reduce(0) { $0 + weightOf($1.name) }
        result.score = result.status == .graded && total > 0 ? round(points * passedWeight / total) : 0
        return result
    }

    /// Rounds to thousandths, so 10/3 reads 3.333 and sums stay exact enough to compare.
    static func round(_ value: Double) -> Double {
        (value * 1000).rounded() / 1000
    }
}
