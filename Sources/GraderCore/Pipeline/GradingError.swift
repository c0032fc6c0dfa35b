/// Errors that stop a run before any student is graded; the text says what to do.
public enum GradingError: Error, Sendable, CustomStringConvertible {
    case unknownExercises([String], known: [String])
    case unknownStudents([String])
    case cannotPrepare(String)
    /// The compiler does not answer `--version`: nothing could be built.
    case toolchainUnusable(String)

    public var description: String {
        switch self {
        case .unknownExercises(let ids, let known):
            "no exercise named \(ids.joined(separator: ", ")) in grader.yml (known: \(known.joined(separator: ", ")))"
        case .unknownStudents(let ids):
            "no student with identifier \(ids.joined(separator: ", ")) on the roster"
        case .cannotPrepare(let reason):
            reason
        case .toolchainUnusable(let reason):
            "\(reason): check the Swift toolchain (SWIFTC or PATH)"
        }
    }
}
