import Foundation
import GraderGit

/// How to run a grading: where to keep things, how many jobs at once, whom and what to grade.
public struct GradingOptions: Sendable {
    /// Holds `repos/` (the clone cache), `seen.jsonl`, `work/` (job folders), `module-cache/` and `cache/`:
    /// `Course.stateFolder` for the command line.
    public var stateFolder: URL
    /// Student × exercise jobs at once.
    public var jobs: Int
    /// Only these student identifiers (all when `nil`).
    public var students: Set<String>?
    /// Only the students of this slice of the roster (`--shard I/N`); all when `nil`.
    public var shard: Shard?
    /// Only these exercise ids (all when `nil`).
    public var exercises: Set<String>?
    /// Keep each job's folder (sources, binaries) for inspection.
    public var keepWork: Bool
    /// `--at`, extensions and the snapshot log; `.none` grades every exercise at the remote's HEAD.
    public var deadlines: Deadlines
    /// Credentials, trusted host keys and limits for fetching (`FetchSettings.resolve`).
    public var fetch: FetchOptions
    /// Where results are reused from and kept (`.grade/cache/`); nil: grade every job (`--no-cache`).
    public var cache: ResultCache?
    /// Link each student's module with the exercise's hidden suite compiled once per run, when
    /// that works (`Compiler.fastBuild`); false: compile the suite for every student (`--no-fast-build`).
    public var fastBuild = true

    public init(
        stateFolder: URL, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        students: Set<String>? = nil, exercises: Set<String>? = nil, keepWork: Bool = false,
        deadlines: Deadlines = .none,
        fetch: FetchOptions = FetchOptions(), cache: ResultCache? = nil
    ) {
        self.stateFolder = stateFolder
        self.jobs = max(1, jobs)
        self.students = students
        self.exercises = exercises
        self.keepWork = keepWork
        self.deadlines = deadlines
        self.fetch = fetch
        self.cache = cache
    }
}
