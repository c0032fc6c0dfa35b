import Foundation
import GraderModel
import SwiftSyntax

/// Rules on the student's compiled module (`.build/<Module>.o`), checked after it compiles and
/// before it is linked with the hidden tests and the harness: what the object contains, not what
/// its source looks like. No code may run before `main`, no section may be one Swift does not emit,
/// no symbol may replace one of the C library or another module, and every external symbol must be
/// on the allowlist of `SymbolCatalog` (or in a category the exercise allows).
enum ObjectRules {
    /// A broken rule, before it is pinned to a file and line.
    struct Finding: Sendable, Equatable {
        var rule: String
        var explanation: String
        /// Where to look in the student's files, in order: the first hit names the file and line.
        var searches: [Search]
    }

    enum Search: Sendable, Equatable {
        /// A word of code (comments and string literals left out).
        case word(String)
        /// Any text, string literals included.
        case text(String)
    }

    /// The object could not be read: the grader's problem, not the student's.
    struct UnreadableObject: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "the compiled object \(path) could not be checked: \(reason)" }
    }

    static let codeBeforeMain = [".init_array", ".preinit_array", ".ctors", ".fini_array", ".dtors", ".init", ".fini"]
    static let sections: Set = [
        "", ".text", ".rodata", ".data", ".bss", ".tbss", ".tdata", ".data.rel.ro", ".data.rel", ".eh_frame",
        ".gcc_except_table", ".linker-options", ".note.GNU-stack", ".note.gnu.property", ".swift1_autolink_entries",
        ".swift_modhash", ".strtab", ".symtab", ".shstrtab", ".symtab_shndx", ".group", ".llvm_addrsig", ".comment",
        "swift5_protocols", "swift5_protocol_conformances", "swift5_type_metadata", "swift5_typeref",
        "swift5_reflstr", "swift5_fieldmd", "swift5_assocty", "swift5_builtin", "swift5_capture", "swift5_mpenum",
        "swift5_accessible_functions", "swift5_runtime_attributes",
    ]
    static let sectionPrefixes = [
        ".text.", ".rodata.", ".data.", ".bss.", ".tbss.", ".tdata.", ".debug_", ".gcc_except_table.",
    ]
    /// Names of symbols the compiler defines for shared helpers (weak, one copy kept per binary).
    static let helperPrefixes = ["__swift_", "symbolic ", "got.", "associated conformance ", "keypath"]

    /// The violation `object` (the compiled module `module`) commits, pinned to a line of `sources`.
    static func check(
        objectAt url: URL, module: String, allowances: Set<Allowance>,
        sources: () -> [(path: String, source: String)]
    ) throws(UnreadableObject) -> RuleViolation? {
        do {
            let object = try ELFObject(contentsOf: url)
            return try check(object, module: module, allowances: allowances).map { locate($0, in: sources()) }
        } catch let error as ELFObject.ReadError {
            throw UnreadableObject(path: url.lastPathComponent, reason: error.description)
        } catch {
            throw UnreadableObject(path: url.lastPathComponent, reason: "\(error)")
        }
    }

    static func check(
        _ object: ELFObject, module: String, allowances: Set<Allowance>
    ) throws(ELFObject.ReadError) -> Finding? {
        if let finding = checkSections(object) { return finding }
        if let finding = checkDefinitions(object, module: module) { return finding }
        var referrers: [Int: Set<String>]?
        for (index, symbol) in object.symbols.enumerated()
        where !symbol.isDefined && !symbol.name.isEmpty && symbol.type != 3 {
            if symbol.name == "syscall", referrers == nil { referrers = try object.referrers() }
            guard
                let refusal = SymbolCatalog.refusal(
                    ofExternal: symbol.name, module: module, referrers: referrers?[index] ?? [])
            else { continue }
            if let category = refusal.category, allowances.contains(category) { continue }
            return finding(refusal)
        }
        return nil
    }

    static func checkSections(_ object: ELFObject) -> Finding? {
        for section in object.sections {
            let name = section.name.hasPrefix(".rela") ? String(section.name.dropFirst(5)) : section.name
            let searches: [Search] = [.text(name), .text("@section"), .text("@_section"), .text("@used")]
            if codeBeforeMain.contains(where: { name == $0 || name.hasPrefix($0 + ".") })
                || ELFObject.codeBeforeMainTypes.contains(section.type)
            {
                return Finding(
                    rule: "no-code-before-main",
                    explanation:
                        "section `\(name)` runs code before the tests start (or after they end); graded code runs only when a test calls it: remove it",
                    searches: searches)
            }
            if !sections.contains(name), !sectionPrefixes.contains(where: { name.hasPrefix($0) }) {
                return Finding(
                    rule: "no-custom-sections",
                    explanation:
                        "section `\(name)` is not one the Swift compiler makes for ordinary code: remove the attribute that places data there",
                    searches: searches)
            }
        }
        return nil
    }

    /// Symbols the object defines for everyone: only its own (mangled in its module) and the
    /// compiler's weak helpers. A plain C name (`@c`, `@_cdecl`) would replace the C library's
    /// function in the whole test binary, harness included; another module's mangled name would
    /// replace that module's function.
    static func checkDefinitions(_ object: ELFObject, module: String) -> Finding? {
        for symbol in object.symbols where symbol.isDefined && symbol.isGlobal && symbol.type != 3 && symbol.type != 4 {
            let name = symbol.name
            let strong = symbol.binding != 2
            if name.hasPrefix("$s") {
                guard strong, !owned(name, by: module) else { continue }
                let readable = Demangled(name)?.readable ?? name
                return Finding(
                    rule: "no-foreign-symbols",
                    explanation:
                        "your code defines `\(readable)`, a symbol of another module: it would replace that module's code for the tests too; remove the attribute that names it",
                    searches: [.text(name), .text("@_silgen_name"), .text("@_cdecl"), .text("@c(")])
            }
            if !strong, helperPrefixes.contains(where: { name.hasPrefix($0) }) { continue }
            return Finding(
                rule: "no-c-symbols",
                explanation:
                    "your code defines the C symbol `\(name)`: it would replace the C library's `\(name)` for the whole test binary, the grader's harness included; remove `@c`/`@_cdecl` and give the function a plain Swift name",
                searches: [
                    .text("\"\(name)\""), .text("(\(name))"), .text("@_cdecl"), .text("@_silgen_name"), .text("@c("),
                    .text("@c "), .word(name),
                ])
        }
        return nil
    }

    /// Whether the mangled `name` is declared by `module` (its own declaration, an extension it
    /// declares, a conformance it declares).
    static func owned(_ name: String, by module: String) -> Bool {
        if name.hasPrefix("$s\(module.utf8.count)\(module)") { return true }
        guard let text = Demangled(name)?.text else { return false }
        var rest = Substring(text)
        while let range = rest.range(of: module) {
            let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
            let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
            // A module is the outermost qualifier: never after a `.` (`Foundation.Data` is not module Data's).
            if !(before.isLetter || before.isNumber || before == "_" || before == "."),
                after == "." || after == ")" || after == " "
            {
                return true
            }
            rest = text[range.upperBound...]
        }
        return false
    }

    static func finding(_ refusal: SymbolCatalog.Refusal) -> Finding {
        guard let category = refusal.category else {
            let owner = refusal.module ?? "another module"
            return Finding(
                rule: owner.hasPrefix("XCTest") ? "no-xctest" : "no-other-modules",
                explanation:
                    "`\(refusal.api)` comes from \(owner), which graded code may not use: remove it",
                searches: [.word(refusal.word), .word(owner)])
        }
        return Finding(
            rule: "no-\(category.rawValue)",
            explanation:
                "`\(refusal.api)` (\(category.summary)) is not allowed in this exercise: remove it. If the exercise really needs it, the instructor can add `allow: [\(category.rawValue)]` to the exercise in grader.yml",
            searches: [.word(refusal.word)])
    }

    /// `finding` at the first file and line a search hits; the first file, without a line, when
    /// none does (the symbol came from the compiled code).
    static func locate(_ finding: Finding, in sources: [(path: String, source: String)]) -> RuleViolation {
        let line = SwiftSource.onLargeStack { () -> (file: Int, line: Int)? in
            var trees: [Int: SwiftSource.Reading] = [:]
            for search in finding.searches {
                for (index, file) in sources.enumerated() {
                    switch search {
                    case .text(let text):
                        guard let found = file.source.range(of: text)?.lowerBound else { continue }
                        return (index, file.source[..<found].reduce(1) { $1 == "\n" ? $0 + 1 : $0 })
                    case .word(let word):
                        let reading = trees[index] ?? SwiftSource.read(file.source, fileName: file.path)
                        trees[index] = reading
                        guard case .tree(let tree, let converter) = reading,
                            let token = firstToken(named: word, in: tree)
                        else { continue }
                        return (index, SwiftSource.line(of: token, converter))
                    }
                }
            }
            return nil
        }
        if let line {
            return RuleViolation(
                rule: finding.rule, file: sources[line.file].path, line: line.line, explanation: finding.explanation)
        }
        return RuleViolation(
            rule: finding.rule, file: sources.first?.path ?? "", line: nil,
            explanation: finding.explanation + " (found in the compiled code, not at a line of the source)")
    }

    /// The first name or keyword of code in `tree` that is `word` (backticks stripped): never a
    /// comment or the text of a string literal.
    static func firstToken(named word: String, in tree: SourceFileSyntax) -> TokenSyntax? {
        tree.tokens(viewMode: .sourceAccurate).first { token in
            if let identifier = token.identifier { return identifier.name == word }
            if case .keyword = token.tokenKind { return token.text == word }
            return false
        }
    }
}
