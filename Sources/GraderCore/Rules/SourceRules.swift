import GraderModel
import SwiftSyntax

/// Rules on a student's source, checked before anything is compiled: the student's code must not
/// reach or shadow the test harness, switch off the compiler's checks, or change how it is linked.
/// Each file is parsed with swift-syntax and visited once (`SourceRuleVisitor`): comments and string
/// literals are never code, and every clause of an `#if` is checked, active or not.
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
    static let dynamicLoading: Set<String> = ["dlopen", "dlsym", "dlvsym"]
    /// Attributes that decide where code or data goes in the binary, export or replace symbols, or
    /// make code run as the program's entry point. No allowance lifts them.
    static let linkerAttributes: Set<String> = [
        "section", "_section", "used", "_used", "c", "_cdecl", "_silgen_name", "main", "NSApplicationMain",
        "UIApplicationMain", "_extern", "_expose", "export", "_weakLinked",
    ]

    /// The rules in the order they are reported when one file breaks several.
    static let order = [
        "too-deeply-nested", "no-bare-slash-regex", "no-xctest", "no-testing", "no-linker-attributes",
        "no-underscored-attributes",
        "no-unsafe",
        "no-dynamic-loading", "no-macros", "no-shadowing", "no-operator-on-standard-types",
    ]

    /// The first rule `files` (path relative to the repository, contents) break, or nil: the first
    /// file that breaks one, and in it the first rule of `order`, at its first place. `allowances`
    /// (the exercise's `allow:`) lift `no-unsafe` and `no-dynamic-loading`.
    public static func check(_ files: [(path: String, source: String)], allowances: Set<Allowance>) -> RuleViolation? {
        SwiftSource.onLargeStack { checkHere(files, allowances: allowances) }
    }

    /// `check`, on the calling thread's stack.
    static func checkHere(_ files: [(path: String, source: String)], allowances: Set<Allowance>) -> RuleViolation? {
        var visited: [(path: String, hits: [String: SourceRuleVisitor.Hit], operators: [SourceRuleVisitor.Operator])] =
            []
        var ownTypes: Set<String> = []
        for file in files {
            let tree: SourceFileSyntax
            let converter: SourceLocationConverter
            switch SwiftSource.read(file.source, fileName: file.path) {
            case .tooDeep(let line):
                let hit = SourceRuleVisitor.Hit(line: line, explanation: tooDeeplyNested)
                visited.append((file.path, ["too-deeply-nested": hit], []))
                continue
            case .tree(let parsed, let locations):
                (tree, converter) = (parsed, locations)
            }
            let visitor = SourceRuleVisitor(converter: converter, allowances: allowances)
            visitor.walk(tree)
            ownTypes.formUnion(visitor.declaredTypes)
            visited.append((file.path, visitor.hits, visitor.operators))
        }
        for file in visited {
            var hits = file.hits
            if let declaration = file.operators.first(where: { !$0.isAllowed(ownTypes: ownTypes) }) {
                hits["no-operator-on-standard-types"] = SourceRuleVisitor.Hit(
                    line: declaration.line,
                    explanation:
                        "operator `\(declaration.name)` over standard types only would change how the tests compare values; define operators on your own types"
                )
            }
            for rule in order {
                guard let hit = hits[rule] else { continue }
                return RuleViolation(rule: rule, file: file.path, line: hit.line, explanation: hit.explanation)
            }
        }
        return nil
    }

    static let tooDeeplyNested =
        "the code nests parentheses, brackets, braces or closures more deeply than the grader reads (\(SwiftSource.maximumNestingLevel) levels, \(SwiftSource.maximumSquareBracketDepth) of square brackets): flatten it (split it into smaller functions, variables and type aliases)"

    /// Why `construct` (`unsafe`, `@safe`, `nonisolated(unsafe)`…) is refused.
    static func unsafeExplanation(_ construct: String) -> String {
        let what =
            switch construct {
            case "nonisolated(unsafe)":
                "`nonisolated(unsafe)` switches off the compiler's checks that shared state is not raced on, a memory-safety check too"
            case "unowned(unsafe)":
                "`unowned(unsafe)` switches off the compiler's checks that the object is still alive when it is used"
            default:
                "`\(construct)` switches off the compiler's memory-safety checks (`unsafe` and `@safe` mark code it does not check)"
            }
        return what
            + "; raw pointers and other unsafe constructs are not allowed in this exercise: rewrite this code without them. If the exercise really needs them, the instructor can add `allow: [unsafe]` to the exercise in grader.yml"
    }

    static func linkerExplanation(_ attribute: String) -> String {
        "`@\(attribute)` changes how code is linked: it places code or data in a section of its own, makes code run before `main` or as `main`, or exports or replaces a symbol; graded code runs only when a test calls it: remove it"
    }
}
