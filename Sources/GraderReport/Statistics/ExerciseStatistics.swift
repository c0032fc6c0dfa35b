import GraderModel

/// How the class did on one exercise: the index's pass-rate chart and the exercise page.
///
/// Counts are of students: a student counts once per test, per status and per failure message.
struct ExerciseStatistics {
    /// One hidden test across the class.
    struct TestTally {
        let name: String
        /// Students with a result for this test, by status.
        var counts: [TestStatus: Int] = [:]
        /// Students who have the exercise but no result for this test.
        var noResult = 0

        var passed: Int { counts[.passed] ?? 0 }
        var students: Int { counts.values.reduce(0, +) + noResult }
        var passRate: Double { students == 0 ? 0 : Double(passed) / Double(students) }
    }

    let id: String
    /// Students with this exercise in their results.
    let students: Int
    let earned: Double
    let available: Double
    let fullMarks: Int
    let statusCounts: [ExerciseStatus: Int]
    /// Every test any student has a result for, in the order they first appear.
    let tests: [TestTally]
    /// Failure messages, most students first.
    let failures: [FailureGroup]

    /// The share of the exercise's points the class earned (every test passed by everyone: 1);
    /// `nil` when there were no points to earn.
    var passRate: Double? { available > 0 ? earned / available : nil }

    /// One entry per exercise id, in course order.
    static func all(_ report: GradeReport) -> [ExerciseStatistics] {
        report.exerciseIDs.map { id in
            ExerciseStatistics(id: id, results: report.students.flatMap { $0.exercises.filter { $0.id == id } })
        }
    }

    init(id: String, results: [ExerciseResult]) {
        self.id = id
        students = results.count
        earned = results.reduce(0) { $0 + $1.score }
        available = results.reduce(0) { $0 + $1.maxScore }
        fullMarks = results.filter { $0.maxScore > 0 && $0.score >= $0.maxScore - 1e-9 }.count
        statusCounts = results.reduce(into: [:]) { $0[$1.status, default: 0] += 1 }
        tests = Self.tally(results)
        failures = FailureGroup.groups(results)
    }

    private static func tally(_ results: [ExerciseResult]) -> [TestTally] {
        var order: [String] = []
        var tallies: [String: TestTally] = [:]
        for result in results {
            for test in result.tests where tallies[test.name] == nil {
                order.append(test.name)
                tallies[test.name] = TestTally(name: test.name)
            }
        }
        for result in results {
            var statuses: [String: TestStatus] = [:]
            for test in result.tests where statuses[test.name] == nil {
                statuses[test.name] = test.status
            }
            for name in order {
                if let status = statuses[name] {
                    tallies[name]?.counts[status, default: 0] += 1
                } else {
                    tallies[name]?.noResult += 1
                }
            }
        }
        return order.compactMap { tallies[$0] }
    }
}
