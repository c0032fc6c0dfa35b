/// Memory safety, enforced by the compiler: unless the exercise allows `unsafe`, the student's module
/// is compiled with `-strict-memory-safety -Werror StrictMemorySafety`, so raw pointers and other
/// unsafe constructs are errors. A build that fails on those errors only is a rejection (rule
/// `memory-safety`), not a compile error. The `unsafe` keyword and `@safe`, which would silence
/// them, are refused on the source before it is compiled (`SourceRules`, rule `no-unsafe`).
enum MemorySafetyRule {
    static let rule = "memory-safety"
    static let compilerFlags = ["-strict-memory-safety", "-Werror", "StrictMemorySafety"]
    static let group = "[#StrictMemorySafety]"
    static let explanation =
        "raw pointers and other unsafe constructs are not allowed in this exercise: rewrite this code without them (marking it `unsafe` is refused too)"

    /// The rejection when every error in the compiler's `output` (paths already relative to the
    /// repository) is a strict-memory-safety one: at the first of them.
    static func violation(inCompilerOutput output: String) -> RuleViolation? {
        var firstError: (file: String, line: Int)?
        for line in output.split(separator: "\n", omittingEmptySubsequences: true) {
            guard let first = line.first, first != " ", first != "|" else { continue }
            guard
                let marker = line.range(of: ": error: ")
                    ?? (line.hasPrefix("error: ") ? line.range(of: "error: ") : nil)
            else { continue }
            guard line.hasSuffix(group) else { return nil }
            let location = line[..<marker.lowerBound].split(separator: ":", omittingEmptySubsequences: false)
            guard location.count >= 3, let number = Int(location[location.count - 2]) else { return nil }
            if firstError == nil {
                firstError = (location.dropLast(2).joined(separator: ":"), number)
            }
        }
        guard let firstError else { return nil }
        return RuleViolation(rule: rule, file: firstError.file, line: firstError.line, explanation: explanation)
    }
}
