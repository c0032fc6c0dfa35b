/// A rule a submission broke; the exercise is `rejected` with this text.
public struct RuleViolation: Sendable, Equatable, CustomStringConvertible {
    /// Short name of the rule, e.g. `no-xctest`.
    public var rule: String
    /// Repository-relative path of the file the rule was broken in.
    public var file: String
    /// The line, when the violation can be pinned to one (a rule checked on the compiled object may
    /// find a symbol no line of the source names).
    public var line: Int?
    public var explanation: String

    public init(rule: String, file: String, line: Int?, explanation: String) {
        self.rule = rule
        self.file = file
        self.line = line
        self.explanation = explanation
    }

    public var description: String { "rule \(rule): \(file)\(line.map { ":\($0)" } ?? ""): \(explanation)" }
}
