/// A rule a submission broke; the exercise is `rejected` with this text.
public struct RuleViolation: Sendable, Equatable, CustomStringConvertible {
    /// Short name of the rule, e.g. `no-xctest`.
    public var rule: String
    /// Repository-relative path and line.
    public var file: String
    public var line: Int
    public var explanation: String

    public var description: String { "rule \(rule): \(file):\(line): \(explanation)" }
}
