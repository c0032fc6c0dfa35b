import Foundation

/// A course: what grader.yml says, resolved against the folder it lives in.
public struct Course: Sendable, Equatable {
    /// Short id, used in report paths.
    public var id: String
    public var title: String?
    /// The folder holding grader.yml.
    public var root: URL
    /// The roster file.
    public var roster: URL
    /// URL template for roster rows without a repository: `{github_username}`, `{identifier}`,
    /// `{assignment}`.
    public var repositoryTemplate: String?
    /// The assignment's name for `{assignment}` (grader.yml `assignment:`, by default the course id).
    public var assignment: String
    /// Graded, and reported, in this order.
    public var exercises: [Exercise]
    public var limits: Limits
    /// The course's late policy (`late:`); each exercise starts from it.
    public var late: LatePolicy
    /// Per-student deadlines (`extensions:`), when grader.yml names a file.
    public var extensions: URL?
    /// How to reach the students' repositories: credentials and fetch limits.
    public var fetch: FetchSettings
    /// The most the result cache (`.grade/cache/`) may hold (`cache: {size: …}`).
    public var cacheSize: Int
    /// Compare the class after each grading (`similarity:`); nil when grader.yml does not ask.
    public var similarity: SimilaritySwitch?

    public init(
        id: String, title: String?, root: URL, roster: URL, repositoryTemplate: String?,
        exercises: [Exercise], limits: Limits, assignment: String? = nil, late: LatePolicy = .defaults,
        extensions: URL? = nil, fetch: FetchSettings = .defaults, cacheSize: Int = ResultCache.defaultSize,
        similarity: SimilaritySwitch? = nil
    ) {
        self.id = id
        self.title = title
        self.root = root
        self.roster = roster
        self.repositoryTemplate = repositoryTemplate
        self.exercises = exercises
        self.limits = limits
        self.assignment = assignment ?? id
        self.late = late
        self.extensions = extensions
        self.fetch = fetch
        self.cacheSize = cacheSize
        self.similarity = similarity
    }

    /// `.grade/` beside grader.yml: the clone cache, the snapshot log, job folders. Every
    /// subcommand uses this one folder, wherever it is run from.
    public var stateFolder: URL { root.appendingPathComponent(".grade", isDirectory: true) }

    /// The course's result cache, in its state folder.
    public var resultCache: ResultCache { ResultCache(stateFolder: stateFolder, maximumSize: cacheSize) }
}
