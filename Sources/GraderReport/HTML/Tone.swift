import GraderModel

/// The colour family of a result on the pages (CSS classes `t-ok`, `t-part`, `t-bad`, `t-warn`,
/// `t-none`). Every coloured result also says its status in words: colour is never the only sign.
enum Tone {
    /// Full marks: ok; some points: part; none, or did not compile, or rejected: bad; the
    /// grader's own error: warn; nothing handed in: none.
    static func of(_ exercise: ExerciseResult) -> String {
        guard exercise.status == .graded else { return of(exercise.status) }
        if exercise.maxScore > 0, exercise.score >= exercise.maxScore - 1e-9 { return "ok" }
        return exercise.score > 0 ? "part" : "bad"
    }

    /// A status without its score: graded is ok.
    static func of(_ status: ExerciseStatus) -> String {
        switch status {
        case .graded: "ok"
        case .compileError, .rejected: "bad"
        case .error: "warn"
        case .missing: "none"
        }
    }

    /// Passed: ok; failed: bad; crashed or timed out: warn; not run: none.
    static func of(_ test: TestResult) -> String {
        switch test.status {
        case .passed: "ok"
        case .failed: "bad"
        case .crashed, .timeout: "warn"
        case .notRun: "none"
        }
    }
}
