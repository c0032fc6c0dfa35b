/// The compiler frontend's command line for one set of `swiftc` flags, learnt once from the driver
/// (`swiftc -###`) and filled in for each student's module: the fast way then starts
/// `swift-frontend` directly instead of the driver, which costs about 40 ms a job on its own. Any
/// surprise in what the driver prints (more than one job, a placeholder missing or repeated) gives
/// nil, and compiling goes through the driver as usual.
struct FrontendCommand: Sendable, Equatable {
    static let module = "GRADE_PLACEHOLDER_MODULE"
    static let output = ".build/GRADE_PLACEHOLDER_MODULE.o"
    static let sources = "GRADE_PLACEHOLDER_SOURCES.swift"

    /// The frontend and its arguments, with the placeholders above in place.
    var template: [String]

    /// The command that compiles `sources` into `output` as module `module`.
    func command(module: String, output: String, sources: [String]) -> [String] {
        template.flatMap { argument -> [String] in
            switch argument {
            case Self.module: [module]
            case Self.output: [output]
            case Self.sources: sources
            default: [argument]
            }
        }
    }

    /// The arguments to give `swiftc -###` for `flags` (everything but the module's name, output
    /// and sources, which take the placeholders).
    static func driverArguments(flags: [String]) -> [String] {
        ["-###"] + flags + ["-module-name", module, "-c", "-o", output, sources]
    }

    /// The command in what `swiftc -###` printed, or nil unless it is a single `swift-frontend`
    /// job naming each placeholder exactly once.
    static func learn(driverOutput: String) -> FrontendCommand? {
        let lines = driverOutput.split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
        guard lines.count == 1, let words = ShellWords.split(lines[0]), let tool = words.first,
            tool.hasSuffix("/swift-frontend"), words.dropFirst().first == "-frontend",
            [module, output, sources].allSatisfy({ placeholder in words.filter { $0 == placeholder }.count == 1 })
        else { return nil }
        return FrontendCommand(template: words)
    }
}
