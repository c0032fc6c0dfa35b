import GraderModel

/// One roster row: a student and where their work is.
public struct Student: Sendable, Equatable {
    public var identifier: String
    public var githubUsername: String?
    public var githubID: String?
    public var name: String?
    /// URL or local path of the repository; `nil` when none could be worked out.
    public var repository: String?
    /// Why `repository` is `nil` (a student who has not accepted the assignment yet, say).
    public var unavailableReason: String?

    public init(
        identifier: String, githubUsername: String? = nil, githubID: String? = nil, name: String? = nil,
        repository: String?, unavailableReason: String? = nil
    ) {
        self.identifier = identifier
        self.githubUsername = githubUsername
        self.githubID = githubID
        self.name = name
        self.repository = repository
        self.unavailableReason = unavailableReason
    }

    /// The identifier made safe as a file name (the same name the reports use).
    public var fileName: String { StudentFileName.make(for: identifier) }
}
