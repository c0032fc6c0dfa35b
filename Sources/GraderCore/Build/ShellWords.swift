/// A command line as the toolchain's drivers print it (`clang -v`, `swiftc -###`) split back into
/// arguments: spaces separate them; double quotes group, and inside them a backslash escapes the
/// next character; single quotes group with nothing escaped (the driver writes a quote inside one
/// as `'\''`); outside quotes a backslash escapes the next character. Nil when a quote is left open.
enum ShellWords {
    static func split(_ line: Substring) -> [String]? {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if quote == "'" {
                if character == "'" { quote = nil } else { current.append(character) }
            } else if character == "\\" {
                escaped = true
                inWord = true
            } else if character == "\"" || (character == "'" && quote == nil) {
                quote = quote == nil ? character : nil
                inWord = true
            } else if character == " " && quote == nil {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return quote != nil || escaped ? nil : words
    }
}
