/// Blanks out comments and string literals of Swift source (keeping line breaks and length), so
/// that a scan for declarations never sees code that is only text.
enum SourceCleaner {
    static func clean(_ source: String) -> [UInt8] {
        let bytes = Array(source.utf8)
        var out = bytes
        var i = 0
        func blank(_ from: Int, _ to: Int) {
            for k in from..<min(to, bytes.count) where bytes[k] != UInt8(ascii: "\n") { out[k] = UInt8(ascii: " ") }
        }
        func starts(_ text: String, at index: Int) -> Bool {
            let t = Array(text.utf8)
            return index + t.count <= bytes.count && Array(bytes[index..<index + t.count]) == t
        }
        while i < bytes.count {
            if starts("//", at: i) {
                var j = i
                while j < bytes.count && bytes[j] != UInt8(ascii: "\n") { j += 1 }
                blank(i, j)
                i = j
            } else if starts("/*", at: i) {
                var depth = 0
                var j = i
                repeat {
                    if starts("/*", at: j) {
                        depth += 1; j += 2
                    } else if starts("*/", at: j) {
                        depth -= 1; j += 2
                    } else {
                        j += 1
                    }
                } while depth > 0 && j < bytes.count
                blank(i, j)
                i = j
            } else if bytes[i] == UInt8(ascii: "#") || bytes[i] == UInt8(ascii: "\"") {
                // Raw (#"…"#) and ordinary strings, single- or multi-line.
                var hashes = 0
                var j = i
                while j < bytes.count && bytes[j] == UInt8(ascii: "#") { hashes += 1; j += 1 }
                guard j < bytes.count, bytes[j] == UInt8(ascii: "\"") else { i = j == i ? i + 1 : j; continue }
                let multiline = starts("\"\"\"", at: j)
                let quote = multiline ? "\"\"\"" : "\""
                let closing = quote + String(repeating: "#", count: hashes)
                j += quote.utf8.count
                while j < bytes.count && !starts(closing, at: j) {
                    if hashes == 0 && bytes[j] == UInt8(ascii: "\\") { j += 1 }
                    if !multiline && bytes[j] == UInt8(ascii: "\n") { break }
                    j += 1
                }
                j = min(bytes.count, j + closing.utf8.count)
                blank(i, j)
                i = j
            } else {
                i += 1
            }
        }
        return out
    }
}
