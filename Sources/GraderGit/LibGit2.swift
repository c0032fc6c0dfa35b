import CGit2
import Foundation

/// Process-wide libgit2 set-up and the small helpers every libgit2 call here needs.
enum LibGit2 {
    /// `git_libgit2_init()`'s result; a global `static let` is initialized once, thread-safely.
    private static let initResult: Int32 = git_libgit2_init()

    /// Call before any other libgit2 function.
    static func initialize() throws(GitError) {
        let result = initResult
        if result < 0 {
            throw GitError.last(result, operation: "initialize libgit2", target: "libgit2")
        }
    }

    /// Whether this libgit2 was built thread-safe (Debian's is); needed for parallel fetches.
    static var isThreadSafe: Bool {
        git_libgit2_features() & Int32(GIT_FEATURE_THREADS.rawValue) != 0
    }

    /// Throws the thread's last libgit2 error when `result` is negative.
    static func check(_ result: Int32, _ operation: String, _ target: String) throws(GitError) {
        if result < 0 {
            throw GitError.last(result, operation: operation, target: target)
        }
    }

    /// A 40-hex-digit commit id.
    static func hex(_ oid: UnsafePointer<git_oid>) -> String {
        var buffer = [CChar](repeating: 0, count: Int(GIT_OID_HEXSZ) + 1)
        git_oid_tostr(&buffer, buffer.count, oid)
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Calls `body` with a `git_strarray` of `strings`, valid only during the call.
    static func withStrArray<Result>(
        _ strings: [String], _ body: (UnsafePointer<git_strarray>) throws(GitError) -> Result
    ) throws(GitError) -> Result {
        let pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
        defer { pointers.forEach { free($0) } }
        var copy = pointers
        return try copy.withUnsafeMutableBufferPointer { (buffer) throws(GitError) -> Result in
            var array = git_strarray(strings: buffer.baseAddress, count: buffer.count)
            return try body(&array)
        }
    }
}
