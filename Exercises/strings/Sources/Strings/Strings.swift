// Strings — starter code.
// Replace every `fatalError("TODO: …")` with your implementation.
// Keep the signatures exactly as they are: the grader's tests call them.

/// How many characters a person sees in `text`: "café" is 4, "👍🏽" is 1.
func characterCount(_ text: String) -> Int {
    fatalError("TODO: characterCount")
}

/// How many bytes `text` takes in UTF-8: "café" is 5.
func utf8ByteCount(_ text: String) -> Int {
    fatalError("TODO: utf8ByteCount")
}

/// Python's `str.swapcase()`: uppercase letters become lowercase and lowercase letters become
/// uppercase; everything else is unchanged. "Hello" gives "hELLO".
func swapCase(_ text: String) -> String {
    fatalError("TODO: swapCase")
}

/// Every word gets an uppercase first character and lowercase other characters. Words are
/// separated by spaces, which are kept exactly as they are: "hello  wORLD" gives "Hello  World".
func titleCased(_ text: String) -> String {
    fatalError("TODO: titleCased")
}

/// Python's `text.count(needle)`: how many non-overlapping times `needle` occurs in `text`,
/// matching whole characters. An empty `needle` occurs 0 times.
func occurrences(of needle: String, in text: String) -> Int {
    fatalError("TODO: occurrences")
}

/// Python's `text.removeprefix(prefix).removesuffix(suffix)`: removes `prefix` if `text` starts
/// with it, then removes `suffix` if what is left ends with it.
func removingAffixes(_ text: String, prefix: String, suffix: String) -> String {
    fatalError("TODO: removingAffixes")
}

/// Python's `text.replace(target, replacement)`: every non-overlapping occurrence, from left to
/// right. An empty `target` leaves `text` unchanged.
func replacingAll(_ target: String, with replacement: String, in text: String) -> String {
    fatalError("TODO: replacingAll")
}

/// `text` backwards, character by character: "ab👍🏽" gives "👍🏽ba".
func reversedText(_ text: String) -> String {
    fatalError("TODO: reversedText")
}

/// `text` unchanged when it has at most `maxLength` characters; otherwise its first
/// `maxLength - 1` characters followed by "…", so the result has exactly `maxLength` characters.
/// "" when `maxLength` <= 0.
func truncated(_ text: String, to maxLength: Int) -> String {
    fatalError("TODO: truncated")
}

/// Whether `text` reads the same backwards, looking only at letters and digits and ignoring case.
func isPalindrome(_ text: String) -> Bool {
    fatalError("TODO: isPalindrome")
}
