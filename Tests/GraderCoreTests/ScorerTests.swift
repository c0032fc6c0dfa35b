import GraderCore
import GraderModel
import XCTest

final class ScorerTests: XCTestCase {
    func exercise(_ statuses: [TestStatus], status: ExerciseStatus = .graded) -> ExerciseResult {
        ExerciseResult(
            id: "e", status: status, maxScore: 0,
            tests: statuses.enumerated().map { TestResult(name: "T.test\($0.offset)", status: $0.element) })
    }

    func testPointsSplitEvenly() {
        let scored = Scorer.score(exercise([.passed, .failed, .passed, .timeout]), points: 10, weights: [:])
        XCTAssertEqual(scored.score, 5)
        XCTAssertEqual(scored.maxScore, 10)
        XCTAssertEqual(scored.tests.map(\.maxScore), [2.5, 2.5, 2.5, 2.5])
        XCTAssertEqual(scored.tests.map(\.score), [2.5, 0, 2.5, 0])
    }

    func testWeights() {
        let scored = Scorer.score(exercise([.passed, .failed]), points: 12, weights: ["T.test1": 2])
        XCTAssertEqual(scored.tests.map(\.maxScore), [4, 8])
        XCTAssertEqual(scored.score, 4)
    }

    func testThirdsAreRoundedToThousandths() {
        let scored = Scorer.score(exercise([.passed, .failed, .failed]), points: 10, weights: [:])
        XCTAssertEqual(scored.score, 3.333)
    }

    func testOnlyGradedExercisesEarnPoints() {
        for status in [ExerciseStatus.missing, .compileError, .rejected, .error] {
            let scored = Scorer.score(exercise([.passed, .passed], status: status), points: 10, weights: [:])
            XCTAssertEqual(scored.score, 0, "\(status)")
            XCTAssertEqual(scored.maxScore, 10, "\(status)")
        }
    }

    func testNoTestsNoPoints() {
        XCTAssertEqual(Scorer.score(exercise([]), points: 10, weights: [:]).score, 0)
    }
}
