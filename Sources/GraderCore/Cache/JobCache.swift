import Foundation
import GraderGit
import GraderModel
import Synchronization

/// The result cache as the pipeline uses it: a job whose key is stored is not built again, a job
/// identical to one running (starter code left untouched by many students) waits for that one, and
/// every reused result is scored anew with the exercise's current points and weights.
final class JobCache: Sendable {
    let store: ResultCache
    let run: RunFingerprint
    private let suites: [String: SuiteFingerprint]
    private let running = SharedWork<CacheKey, ExerciseResult>(forgetFinished: true)
    private let counts: CacheTally

    /// `suites`: the exercises of the run, fingerprinted once; `counts` adds up hits and misses.
    init(store: ResultCache, run: RunFingerprint, suites: [PreparedSuite], counts: CacheTally) throws {
        self.store = store
        self.run = run
        self.counts = counts
        var fingerprints: [String: SuiteFingerprint] = [:]
        for suite in suites { fingerprints[suite.exercise.id] = try SuiteFingerprint(suite) }
        self.suites = fingerprints
    }

    /// The result of `files` on `suite`: from the cache when it holds one, else from `grade`, whose
    /// result is then stored.
    func result(
        of files: [GitFile], suite: PreparedSuite, grade: @escaping @Sendable () async -> ExerciseResult
    ) async -> ExerciseResult {
        guard let fingerprint = suites[suite.exercise.id] else { return await grade() }
        let key = CacheKey(files: files, suite: fingerprint, run: run)
        if let stored = store.load(key) { return reused(stored, suite: suite) }
        let store = self.store
        let (result, shared) = await running.value(for: key) {
            let result = await grade()
            store.store(result, for: key)
            return result
        }
        if shared { return reused(result, suite: suite) }
        counts.add(misses: 1)
        return result
    }

    private func reused(_ result: ExerciseResult, suite: PreparedSuite) -> ExerciseResult {
        counts.add(hits: 1)
        var result = result
        result.cached = true
        result.submission = nil
        result.allowed = suite.exercise.allowances.sorted()
        return Scorer.score(result, points: suite.exercise.points, weights: suite.exercise.weights)
    }
}

/// Hits and misses of a run, added up as jobs finish.
final class CacheTally: Sendable {
    private let counts = Mutex(CacheCounts())

    var snapshot: CacheCounts { counts.withLock { $0 } }

    func add(hits: Int = 0, misses: Int = 0) {
        counts.withLock {
            $0.hits += hits
            $0.misses += misses
        }
    }
}
