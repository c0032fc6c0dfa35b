import Foundation

/// One commit of a student's repository, as the grader records it.
public struct GitSnapshot: Sendable, Equatable, Hashable {
    /// The full 40-hex-digit commit id.
    public let commit: String
    /// The committer's date.
    public let committedAt: Date
    /// The first line of the commit message, without surrounding white space.
    public let summary: String

    public init(commit: String, committedAt: Date, summary: String) {
        self.commit = commit
        self.committedAt = committedAt
        self.summary = summary
    }
}
