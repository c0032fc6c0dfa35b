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
    /// URL template for roster rows without a repository: `{github_username}`, `{identifier}`.
    public var repositoryTemplate: String?
    /// Graded, and reported, in this order.
    public var exercises: [Exercise]
    public var limits: Limits
    /// How to reach the students' repositories: credentials and fetch limits.
    public var fetch: FetchSettings

    public init(
        id: String, title: String?, root: URL, roster: URL, repositoryTemplate: String?,
        exercises: [Exercise], limits: Limits, fetch: FetchSettings = .defaults
    ) {
        self.id = id
        self.title = title
        self.root = root
        self.roster = roster
        self.repositoryTemplate = repositoryTemplate
        self.exercises = exercises
        self.limits = limits
        self.fetch = fetch
    }
}
