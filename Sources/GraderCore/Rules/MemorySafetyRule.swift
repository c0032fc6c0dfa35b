/// Memory safety, enforced by the compiler: unless the exercise allows `unsafe`, the student's module
/// is compiled with `-strict-memory-safety -Werror StrictMemorySafety`, so raw pointers and other
/// unsafe constructs are errors. A build that fails on those errors only is a rejection (rule
/// `memory-safety`), not a compile error; and the `unsafe` keyword, which would silence them, is
/// refused on the source.
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

    /// The first `unsafe` expression (`unsafe pointer.pointee`, `for unsafe x in …`) or `@safe`
    /// attribute in `sources`: they silence strict memory safety.
    static func unsafeMarker(in sources: [(path: String, source: String)]) -> RuleViolation? {
        for file in sources {
            let code = SourceCleaner.clean(file.source)
            var line = 1
            for index in code.indices {
                if code[index] == UInt8(ascii: "\n") { line += 1 }
                if isUnsafeKeyword(code, at: index) || isSafeAttribute(code, at: index) {
                    return RuleViolation(
                        rule: rule, file: file.path, line: line,
                        explanation: "`unsafe` and `@safe` switch off the compiler's memory-safety checks; "
                            + explanation)
                }
            }
        }
        return nil
    }

    static func isIdentifier(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
            || byte >= 0x80
    }

    static func word(_ text: String, in code: [UInt8], at index: Int) -> Bool {
        let word = Array(text.utf8)
        guard index + word.count <= code.count, code[index..<index + word.count].elementsEqual(word) else {
            return false
        }
        return index + word.count == code.count || !isIdentifier(code[index + word.count])
    }

    /// `unsafe` used as the keyword in front of an expression on the same line, not as a name
    /// (`let unsafe = 1`, `x.unsafe`, `nonisolated(unsafe)`, `@unsafe`).
    static func isUnsafeKeyword(_ code: [UInt8], at index: Int) -> Bool {
        guard word("unsafe", in: code, at: index) else { return false }
        if index > 0 {
            let before = code[index - 1]
            if isIdentifier(before)
                || [UInt8(ascii: "."), UInt8(ascii: "@"), UInt8(ascii: "("), UInt8(ascii: "`")]
                    .contains(before)
            {
                return false
            }
        }
        var next = index + 6
        guard next < code.count, code[next] == UInt8(ascii: " ") || code[next] == UInt8(ascii: "\t") else {
            return false
        }
        while next < code.count, code[next] == UInt8(ascii: " ") || code[next] == UInt8(ascii: "\t") { next += 1 }
        guard next < code.count else { return false }
        let start = code[next]
        return isIdentifier(start) || Array("([&$\\.".utf8).contains(start)
    }

    static func isSafeAttribute(_ code: [UInt8], at index: Int) -> Bool {
        code[index] == UInt8(ascii: "@") && word("safe", in: code, at: index + 1)
    }
}
