import Foundation

@_silgen_name("swift_demangle")
private func swiftDemangle(
    _ mangledName: UnsafePointer<CChar>?, _ mangledNameLength: Int, _ outputBuffer: UnsafeMutablePointer<CChar>?,
    _ outputBufferSize: UnsafeMutablePointer<Int>?, _ flags: UInt32
) -> UnsafeMutablePointer<CChar>?

/// A Swift symbol name, demangled in-process by the Swift runtime (`swift_demangle`, exported by
/// libswiftCore) and read for what rules need: the module that declares the entity, its path in
/// that module, and a short readable form such as `String.init(contentsOfFile:encoding:)`.
struct Demangled: Sendable, Equatable {
    /// The runtime's full text, e.g. `(extension in FoundationEssentials):Swift.String.init(…) -> …`.
    var text: String
    /// The declaring module (`FoundationEssentials` for an extension it declares), nil when the
    /// symbol is a compiler helper with no declared entity (a thunk).
    var module: String?
    /// Names from the outermost type down, without the module: `["String", "init"]`.
    var path: [String]
    /// Argument labels (`_` for none) when the entity is called with arguments.
    var labels: [String]?

    /// `mangled` demangled, or nil when it is not a Swift symbol the runtime can read.
    init?(_ mangled: String) {
        guard mangled.hasPrefix("$s") || mangled.hasPrefix("_$s") else { return nil }
        let demangled = mangled.utf8CString.withUnsafeBufferPointer { name -> String? in
            guard let result = swiftDemangle(name.baseAddress, name.count - 1, nil, nil, 0) else { return nil }
            defer { free(result) }
            return String(cString: result)
        }
        guard let demangled, demangled != mangled else { return nil }
        self.init(text: demangled)
    }

    init(text: String) {
        self.text = text
        var subject = Self.withoutPhrases(Substring(text))
        var module: String?
        if subject.hasPrefix("(extension in "), let close = subject.firstIndex(of: ")") {
            module = String(subject[subject.index(subject.startIndex, offsetBy: 14)..<close])
            subject = subject[close...].dropFirst().drop { $0 == ":" }
        }
        let (name, rest) = Self.qualifiedName(subject)
        var components = name.split(separator: ".").map(String.init)
        if let first = name.first, !(first.isLetter || first == "_") {
            // `[A]`, `[A : B]`, `(A, B)`: standard library sugar.
            module = module ?? "Swift"
            components = []
        } else if module == nil, components.count > 1 {
            module = components.removeFirst()
        } else if module != nil, !components.isEmpty {
            components.removeFirst()  // the extended type's own module
        }
        self.module = module
        path = components.map { $0 == "__allocating_init" ? "init" : $0 }
        labels = rest.first == "(" ? Self.labels(rest) : nil
    }

    /// `String.init(contentsOfFile:encoding:)`, `ProcessInfo.environment`, `open(_:_:)`.
    var readable: String {
        var names = path
        while let last = names.last, names.count > 1, Self.accessors.contains(last) { names.removeLast() }
        let base = names.joined(separator: ".")
        guard let labels else { return base }
        return base + "(" + labels.map { $0 + ":" }.joined() + ")"
    }

    static let accessors: Set = [
        "getter", "setter", "modify", "read", "_modify", "_read", "unsafeMutableAddressor", "unsafeAddressor",
        "materializeForSet", "didset", "willset", "init",
    ]

    /// The text without leading phrases such as `type metadata accessor for `, `static `,
    /// `generic specialization <…> of `, `closure #1 in `.
    static func withoutPhrases(_ text: Substring) -> Substring {
        var text = text
        while true {
            if text.hasPrefix("static ") || text.hasPrefix("merged ") {
                text = text.drop { $0 != " " }.dropFirst()
            } else if text.hasPrefix("generic specialization <") || text.hasPrefix("generic partial specialization <") {
                let open = text.firstIndex(of: "<")!
                let end = closing(text, from: open)
                guard end < text.endIndex, text[end...].hasPrefix("> of ") else { return text }
                text = text[text.index(end, offsetBy: 5)...]
            } else if let first = text.first, first.isLowercase {
                let run = text.prefix { $0.isLowercase || $0.isNumber || $0 == " " || $0 == "#" }
                let cut = [" for ", " of ", " to ", " in "].compactMap { run.range(of: $0, options: .backwards) }
                    .max { $0.upperBound < $1.upperBound }
                guard let cut else { return text }
                text = text[cut.upperBound...]
                if text.hasPrefix("type ") { text = text.dropFirst(5) }
            } else {
                return text
            }
        }
    }

    /// The dotted name at the start of `text` (generic arguments left out) and what follows it.
    static func qualifiedName(_ text: Substring) -> (String, Substring) {
        var name = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character == "<" {
                index = closing(text, from: index)
                if index < text.endIndex { index = text.index(after: index) }
                continue
            }
            if character == " " || character == "(" || character == ":" || character == ")" || character == "," {
                if !(character == "(" && name.isEmpty) { break }
            }
            name.append(character)
            index = text.index(after: index)
        }
        return (name, text[index...])
    }

    /// Labels of the argument list `(label: Type, Type, …)` at the start of `text`.
    static func labels(_ text: Substring) -> [String] {
        var labels: [String] = []
        var depth = 0
        var item = ""
        func finish() {
            let trimmed = item.drop { $0 == " " }
            let label = trimmed.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            labels.append(!label.isEmpty && trimmed.dropFirst(label.count).hasPrefix(": ") ? String(label) : "_")
            item = ""
        }
        var previous: Character = "("
        for character in text.dropFirst() {
            defer { previous = character }
            if character == "(" || character == "<" || character == "[" { depth += 1 }
            if character == ")" || character == ">" && previous != "-" || character == "]" {
                if depth == 0 {
                    if !item.isEmpty { finish() }
                    break
                }
                depth -= 1
            }
            if character == "," && depth == 0 { finish() } else { item.append(character) }
        }
        return labels
    }

    /// The index of the `>` that closes the `<` at `open` (or the end).
    static func closing(_ text: Substring, from open: Substring.Index) -> Substring.Index {
        var depth = 0
        var index = open
        while index < text.endIndex {
            if text[index] == "<" { depth += 1 }
            if text[index] == ">", index > text.startIndex, text[text.index(before: index)] != "-" {
                depth -= 1
                if depth == 0 { return index }
            }
            index = text.index(after: index)
        }
        return text.endIndex
    }
}
