// Strings — reference solution.

/// How many characters a person sees in `text`.
func characterCount(_ text: String) -> Int {
    text.count                  // counts Characters (grapheme clusters), not bytes or code points
}

/// How many bytes `text` takes in UTF-8.
func utf8ByteCount(_ text: String) -> Int {
    text.utf8.count
}

/// Python's `str.swapcase()`.
func swapCase(_ text: String) -> String {
    var result = ""
    for character in text {
        if character.isUppercase {
            result += character.lowercased()
        } else if character.isLowercase {
            result += character.uppercased()    // "ß" becomes "SS": the result is a String
        } else {
            result.append(character)
        }
    }
    return result
}

/// Every space-separated word capitalised; the spaces are kept as they are.
func titleCased(_ text: String) -> String {
    var result = ""
    var atWordStart = true
    for character in text {
        if character == " " {
            result.append(character)
            atWordStart = true
        } else {
            result += atWordStart ? character.uppercased() : character.lowercased()
            atWordStart = false
        }
    }
    return result
}

/// Python's `text.count(needle)`, matching whole characters; 0 for an empty needle.
func occurrences(of needle: String, in text: String) -> Int {
    guard !needle.isEmpty else { return 0 }
    // ranges(of:) matches whole Characters and does not overlap: "aaaa" holds "aa" twice.
    return text.ranges(of: needle).count
}

/// Python's `text.removeprefix(prefix).removesuffix(suffix)`.
func removingAffixes(_ text: String, prefix: String, suffix: String) -> String {
    var result = Substring(text)
    if !prefix.isEmpty, result.hasPrefix(prefix) {
        result = result.dropFirst(prefix.count)
    }
    if !suffix.isEmpty, result.hasSuffix(suffix) {
        result = result.dropLast(suffix.count)
    }
    return String(result)
}

/// Python's `text.replace(target, replacement)`; an empty target changes nothing.
func replacingAll(_ target: String, with replacement: String, in text: String) -> String {
    guard !target.isEmpty else { return text }
    return text.replacing(target, with: replacement)
}

/// `text` backwards, character by character.
func reversedText(_ text: String) -> String {
    String(text.reversed())
}

/// At most `maxLength` characters, ending with "…" when something was cut off.
func truncated(_ text: String, to maxLength: Int) -> String {
    guard maxLength > 0 else { return "" }
    guard text.count > maxLength else { return text }
    return text.prefix(maxLength - 1) + "…"
}

/// Whether the letters and digits of `text` read the same backwards, ignoring case.
func isPalindrome(_ text: String) -> Bool {
    let kept = text.lowercased().filter { $0.isLetter || $0.isNumber }
    return kept.elementsEqual(kept.reversed())
}
