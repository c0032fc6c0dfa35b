/// One compiler diagnostic, split so a page can show where, how bad and what, apart.
///
/// From `Sources/Loops/Loops.swift:79:18: error: expected ':'` and the source excerpt the
/// compiler prints under it; a line such as `hidden tests: error: cannot find 'f'` has a place
/// but no line; lines before any diagnostic become one entry without severity.
struct Diagnostic: Equatable {
    /// A repository-relative file, or another place the compiler named (`hidden tests`).
    var place: String?
    var line: Int?
    var column: Int?
    /// `error`, `warning`, `note`, `remark`, or empty for plain output.
    var severity: String
    var message: String
    /// The compiler's source excerpt and any further lines up to the next diagnostic.
    var excerpt: [String]

    /// Every diagnostic of `text`, in order.
    static func parse(_ text: String) -> [Diagnostic] {
        var entries: [Diagnostic] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let header = header(line) {
                entries.append(header)
            } else if entries.isEmpty {
                if line.allSatisfy(\.isWhitespace) { continue }
                entries.append(Diagnostic(severity: "", message: "", excerpt: [String(line)]))
            } else {
                entries[entries.count - 1].excerpt.append(String(line))
            }
        }
        for index in entries.indices {
            while entries[index].excerpt.last?.allSatisfy(\.isWhitespace) == true {
                entries[index].excerpt.removeLast()
            }
        }
        return entries
    }

    // Built once: a regex literal is parsed again every time its expression runs.
    nonisolated(unsafe) private static let located = /(.+?):(\d+):(\d+): (error|warning|note|remark): (.*)/
    nonisolated(unsafe) private static let unlocated = /(?:(.+?): )?(error|warning|note|remark): (.*)/

    private static func header(_ line: Substring) -> Diagnostic? {
        if let match = line.wholeMatch(of: located) {
            return Diagnostic(
                place: String(match.1), line: Int(match.2), column: Int(match.3), severity: String(match.4),
                message: String(match.5), excerpt: [])
        }
        if let match = line.wholeMatch(of: unlocated) {
            return Diagnostic(
                place: match.1.map(String.init), severity: String(match.2), message: String(match.3), excerpt: [])
        }
        return nil
    }
}
