/// Rules on a student's source, checked before anything is compiled: the student's code must not
/// reach or shadow the test harness. Comments and string literals are blanked first, so text that is
/// only text never counts.
public enum SourceRules {
    /// Types, functions and operators of the standard library a hidden test may rely on.
    static let standardTypes: Set<String> = [
        "Int", "Int8", "Int16", "Int32", "Int64", "UInt", "UInt8", "UInt16", "UInt32", "UInt64", "Double", "Float",
        "Bool", "String", "Substring", "Character", "Array", "Dictionary", "Set", "Optional", "Result", "Range",
        "ClosedRange", "Equatable", "Hashable", "Comparable", "Error", "Never", "Void", "Any", "AnyObject", "Sequence",
        "Collection", "Data", "Date", "URL", "Decimal", "NSObject", "Thread", "DispatchQueue", "DispatchSemaphore",
        "DispatchGroup", "NSLock",
    ]
    static let standardFunctions: Set<String> = [
        "abs", "max", "min", "zip", "stride", "print", "debugPrint", "precondition", "preconditionFailure", "assert",
        "assertionFailure", "fatalError", "type", "repeatElement", "sequence", "swap", "withExtendedLifetime",
        "exit", "dump", "readLine", "round", "floor", "ceil", "sqrt", "pow",
    ]

    nonisolated(unsafe) static let xctest = #/\bXCT\w*/#
    nonisolated(unsafe) static let underscoredAttribute = #/@_\w+|@dynamicReplacement\b/#
    nonisolated(unsafe) static let dynamicLoading = #/\b(?:dlopen|dlsym|dlvsym)\b/#
    nonisolated(unsafe) static let typeDeclaration =
        #/\b(?:class|struct|enum|actor|protocol|typealias|associatedtype)\s+(\w+)/#
    nonisolated(unsafe) static let functionDeclaration = #/\bfunc\s+(\w+)\s*[<(]/#
    nonisolated(unsafe) static let operatorDeclaration =
        #/\bfunc\s*([-+*\/%<>=!&|^~?.]+)\s*(?:<[^>{]*>)?\s*\(([^)]*)\)/#
    nonisolated(unsafe) static let extensionDeclaration = #/\bextension\s+([\w.]+)/#

    /// The first rule `files` (path relative to the repository, contents) break, or nil.
    public static func check(_ files: [(path: String, source: String)]) -> RuleViolation? {
        let cleaned = files.map {
            (path: $0.path, text: String(decoding: SourceCleaner.clean($0.source), as: UTF8.self))
        }
        var ownTypes: Set<String> = []
        for file in cleaned {
            for match in file.text.matches(of: typeDeclaration) { ownTypes.insert(String(match.output.1)) }
        }
        for file in cleaned {
            let text = file.text
            func line(_ index: String.Index) -> Int { text[..<index].reduce(1) { $1 == "\n" ? $0 + 1 : $0 } }
            func violation(_ rule: String, _ index: String.Index, _ explanation: String) -> RuleViolation {
                RuleViolation(rule: rule, file: file.path, line: line(index), explanation: explanation)
            }
            if let match = text.firstMatch(of: xctest) {
                return violation(
                    "no-xctest", match.range.lowerBound,
                    "`\(match.output)`: XCTest belongs to the grader; your code may not import it or use its names")
            }
            if let match = text.firstMatch(of: underscoredAttribute) {
                return violation(
                    "no-underscored-attributes", match.range.lowerBound,
                    "`\(match.output)` changes how code is linked or called; it is not allowed here")
            }
            if let match = text.firstMatch(of: dynamicLoading) {
                return violation(
                    "no-dynamic-loading", match.range.lowerBound, "`\(match.output)` is not allowed here")
            }
            for match in text.matches(of: typeDeclaration) where standardTypes.contains(String(match.output.1)) {
                return violation(
                    "no-shadowing", match.range.lowerBound,
                    "`\(match.output.1)` is a standard type: declaring your own would change what the tests mean; pick another name"
                )
            }
            for match in text.matches(of: functionDeclaration) where standardFunctions.contains(String(match.output.1))
            {
                guard depth(of: match.range.lowerBound, in: text) == 0 else { continue }
                return violation(
                    "no-shadowing", match.range.lowerBound,
                    "a top-level function named `\(match.output.1)` hides the standard library's; pick another name")
            }
            for match in text.matches(of: operatorDeclaration) {
                let parameters = String(match.output.2)
                let mentionsOwnType = ownTypes.contains { parameters.contains($0) } || parameters.contains("Self")
                let scope = enclosingExtension(of: match.range.lowerBound, in: text)
                let insideOwnType =
                    depth(of: match.range.lowerBound, in: text) > 0
                    && (scope.map { ownTypes.contains($0) } ?? true)
                if !mentionsOwnType || !insideOwnType && scope != nil {
                    return violation(
                        "no-operator-on-standard-types", match.range.lowerBound,
                        "operator `\(match.output.1)` over standard types only would change how the tests compare values; define operators on your own types"
                    )
                }
            }
        }
        return nil
    }

    /// Brace depth at `index`.
    static func depth(of index: String.Index, in text: String) -> Int {
        text[..<index].reduce(0) { $1 == "{" ? $0 + 1 : ($1 == "}" ? $0 - 1 : $0) }
    }

    /// The type an `extension` around `index` extends, when the innermost enclosing body is one.
    static func enclosingExtension(of index: String.Index, in text: String) -> String? {
        var balance = 0
        var cursor = index
        while cursor > text.startIndex {
            cursor = text.index(before: cursor)
            if text[cursor] == "}" { balance += 1 }
            guard text[cursor] == "{" else { continue }
            if balance > 0 {
                balance -= 1
                continue
            }
            // `cursor` opens the innermost enclosing body: read the declaration before it.
            let headerStart = text[..<cursor].lastIndex { $0 == "}" || $0 == "{" || $0 == ";" }
            let header = text[(headerStart.map { text.index(after: $0) } ?? text.startIndex)..<cursor]
            return header.firstMatch(of: extensionDeclaration).map { String($0.output.1) }
        }
        return nil
    }
}
