import Foundation

/// What the grader can tell about a private key file without using it: whether it is protected
/// by a passphrase (libssh2 reports a wrong passphrase as a refused key, so the message has to
/// say which it may be).
enum SSHKeyFile {
    /// true for an encrypted key, false for a plain one, nil when the format is not recognised.
    static func isEncrypted(_ file: URL) -> Bool? {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return nil }
        if text.contains("-----BEGIN ENCRYPTED PRIVATE KEY-----") || text.contains("Proc-Type: 4,ENCRYPTED") {
            return true
        }
        let begin = "-----BEGIN OPENSSH PRIVATE KEY-----"
        let end = "-----END OPENSSH PRIVATE KEY-----"
        guard let start = text.range(of: begin), let stop = text.range(of: end, range: start.upperBound..<text.endIndex)
        else {
            return text.contains("-----BEGIN") && text.contains("PRIVATE KEY-----") ? false : nil
        }
        let body = text[start.upperBound..<stop.lowerBound].filter { !$0.isWhitespace }
        guard let data = Data(base64Encoded: String(body)) else { return nil }
        // "openssh-key-v1\0", then the cipher's name as a 32-bit big-endian length and bytes.
        let magic = Data("openssh-key-v1\0".utf8)
        let bytes = [UInt8](data)
        guard bytes.count > magic.count + 4, Data(bytes.prefix(magic.count)) == magic else { return nil }
        let lengthBytes = bytes[magic.count..<magic.count + 4]
        let length = lengthBytes.reduce(0) { $0 << 8 | Int($1) }
        let nameStart = magic.count + 4
        guard length > 0, bytes.count >= nameStart + length else { return nil }
        return String(decoding: bytes[nameStart..<nameStart + length], as: UTF8.self) != "none"
    }
}
