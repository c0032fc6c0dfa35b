import Foundation

/// An advisory lock on a file (`flock`), held by one process (or thread) at a time; processes
/// that die release theirs. Blocks the calling thread while it waits.
struct FileLock {
    /// The lock file could not be created or locked.
    struct Failure: Error, CustomStringConvertible {
        let path: String
        let reason: String
        var description: String { "cannot lock \(path): \(reason) (check that the folder is writable)" }
    }

    let url: URL

    /// Runs `body` holding the lock (exclusive, or shared among readers when `shared`).
    func withLock<T>(shared: Bool = false, _ body: () throws -> T) throws -> T {
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(path: url.path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        try Self.lock(fd, shared: shared, path: url.path)
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// Locks an open descriptor, retrying when a signal interrupts the wait.
    static func lock(_ fd: Int32, shared: Bool, path: String) throws {
        while flock(fd, shared ? LOCK_SH : LOCK_EX) != 0 {
            guard errno == EINTR else { throw Failure(path: path, reason: String(cString: strerror(errno))) }
        }
    }
}
