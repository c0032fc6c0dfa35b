/// How many jobs may build, and how many may run tests, at once. The two are counted apart: a job
/// whose tests wait (sleep, a simulated download, a lock) holds a run slot, not a core that
/// another job could compile on.
///
/// There are half again as many run slots as build slots (3 for `--jobs 2`, 6 for 4): with only as many,
/// the bundled course's waiting suites (`downloader` sleeps 1.5 s a student, `threads` 0.6 s)
/// held every run slot for a third of a cold run while compiled jobs queued behind them and the
/// cores idled (67 s for 40 students on 2 cores, 51 s with 3 run slots, 4 no better). A CPU-bound
/// test shares the machine with at most that many other test processes and `builds` compilers,
/// so its wall-clock limit stays meaningful: on 2 cores it gets at least 2/5 of one (1/2 before).
public struct JobSlots: Sendable {
    let builds: TokenBucket
    let runs: TokenBucket

    /// `jobs` compilations and `runSlots(jobs:)` test runs at once.
    public init(jobs: Int) {
        builds = TokenBucket(tokens: max(1, jobs))
        runs = TokenBucket(tokens: Self.runSlots(jobs: jobs))
    }

    /// Test runs at once for `jobs` build slots: `jobs` and half as many again, rounded down, so
    /// that `--jobs 1` still runs one thing at a time.
    static func runSlots(jobs: Int) -> Int {
        let jobs = max(1, jobs)
        return jobs + jobs / 2
    }
}
