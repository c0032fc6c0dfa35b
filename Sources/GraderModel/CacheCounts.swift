/// How many of a run's results came from the result cache (`grade-report/1` key `cache`).
public struct CacheCounts: Codable, Sendable, Equatable {
    /// Results reused: from the cache folder, or from an identical job of the same run.
    public var hits: Int
    /// Results graded by building and running the submission.
    public var misses: Int
    /// Every result of the run that the cache was asked for.
    public var results: Int { hits + misses }
    /// "H of N results reused": how the run's output and `index.html` say it.
    public var summary: String { "\(hits) of \(results) results reused" }

    public init(hits: Int = 0, misses: Int = 0) {
        self.hits = hits
        self.misses = misses
    }
}
