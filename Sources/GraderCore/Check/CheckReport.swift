/// What `grade check` found about a course.
public struct CheckReport: Sendable {
    public struct ExerciseSummary: Sendable, Equatable {
        public var id: String
        /// Hidden tests derived from the suite (0 when none could be).
        public var tests: Int
        /// The reference solution's score in each repeated run.
        public var referenceScores: [Double]
        public var starterScore: Double?
        public var points: Double
    }

    public var exercises: [ExerciseSummary]
    /// Each a sentence naming the exercise and what to fix; empty when the course is ready.
    public var problems: [String]

    public var isReady: Bool { problems.isEmpty }
}
