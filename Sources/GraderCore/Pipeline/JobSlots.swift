/// How many jobs may build, and how many may run tests, at once. The two are counted apart: a job
/// whose tests wait (sleep, a simulated download, a lock) holds a run slot, not a core that
/// another job could compile on. A CPU-bound test shares the machine with at most `runs` other
/// test processes and `builds` compilers, so its wall-clock limit stays meaningful.
public struct JobSlots: Sendable {
    let builds: TokenBucket
    let runs: TokenBucket

    /// `jobs` compilations and `jobs` test runs at once.
    public init(jobs: Int) {
        builds = TokenBucket(tokens: max(1, jobs))
        runs = TokenBucket(tokens: max(1, jobs))
    }
}
