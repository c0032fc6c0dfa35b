/// The name (without extension) of a student's files under `students/`.
///
/// A safe identifier (ASCII letters, digits, `.`, `-`, `_`, `@`; no leading dot; at most
/// `maxLength` characters) is used as it is, so `students/<identifier>.json` holds for every
/// ordinary roster. Any other identifier is mapped character by character (everything else
/// becomes `_`, a leading dot too), cut to `maxLength`, and given a `-` and a stable 8-digit
/// hash of the original identifier, so two identifiers that map alike never share a file.
public enum StudentFileName {
    public static let maxLength = 120

    public static func make(for identifier: String) -> String {
        var mapped = String(identifier.unicodeScalars.map { isAllowed($0) ? Character($0) : "_" })
        if mapped.hasPrefix(".") {
            mapped = "_" + mapped.dropFirst()
        }
        if mapped.isEmpty {
            mapped = "_"
        }
        if mapped == identifier, !mapped.isEmpty, mapped.count <= maxLength {
            return mapped
        }
        return String(mapped.prefix(maxLength)) + "-" + hash(identifier)
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", ".", "-", "_", "@": true
        default: false
        }
    }

    /// FNV-1a (32 bits) of the UTF-8 bytes, as 8 lowercase hex digits: the same on every run
    /// and platform, unlike `Hasher`.
    private static func hash(_ text: String) -> String {
        var value: UInt32 = 0x811C_9DC5
        for byte in text.utf8 {
            value ^= UInt32(byte)
            value = value &* 0x0100_0193
        }
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
