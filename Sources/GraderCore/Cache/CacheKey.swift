import Crypto
import Foundation
import GraderGit

/// The name of a job's result in the cache: a SHA-256 over everything that decides the result and
/// nothing that does not. Fields go in with their labels and lengths, so no two different inputs
/// feed the hash the same bytes.
struct CacheKey: Sendable, Hashable, CustomStringConvertible {
    /// 64 hexadecimal digits.
    let hex: String

    var description: String { hex }

    /// The key of one student's `files` (as read from git, before staging: their paths, kinds and
    /// contents, whoever committed them) for the exercise `suite` in a run of `run`.
    init(files: [GitFile], suite: SuiteFingerprint, run: RunFingerprint) {
        var hasher = FieldHasher()
        hasher.add("run", run.digest)
        hasher.add("suite", suite.digest)
        for file in files.sorted(by: { $0.path < $1.path }) {
            hasher.add("path", file.path)
            hasher.add("kind", "\(file.kind)")
            hasher.add("contents", file.contents)
        }
        hex = hasher.finish()
    }
}

/// SHA-256 over labelled, length-prefixed fields.
struct FieldHasher {
    private var sha = SHA256()

    mutating func add(_ label: String, _ value: String) {
        add(label, Data(value.utf8))
    }

    mutating func add(_ label: String, _ value: Data) {
        for field in [Data(label.utf8), value] {
            withUnsafeBytes(of: UInt64(field.count).littleEndian) { sha.update(bufferPointer: $0) }
            sha.update(data: field)
        }
    }

    func finish() -> String {
        Self.hex(sha.finalize())
    }

    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }

    /// The SHA-256 of a file's bytes, read a MiB at a time (a mapped file would count in the
    /// grader's resident memory), in hexadecimal.
    static func digest(ofFileAt url: URL) throws -> String {
        let file = try FileHandle(forReadingFrom: url)
        defer { try? file.close() }
        var sha = SHA256()
        while let chunk = try file.read(upToCount: 1 << 20), !chunk.isEmpty { sha.update(data: chunk) }
        return hex(sha.finalize())
    }

    /// The SHA-256 of `data`, in hexadecimal.
    static func digest(_ data: Data) -> String {
        hex(SHA256.hash(data: data))
    }
}
