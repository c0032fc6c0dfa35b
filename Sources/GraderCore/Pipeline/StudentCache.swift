import Foundation
import GraderGit

/// One student's bare clone, `.grade/repos/<file>`, and its lock `.grade/locks/<file>.lock`, which
/// keeps two grade processes (a `grade` and a `grade snapshot` from cron, say) from fetching into
/// it at the same time.
struct StudentCache: Sendable {
    let folder: URL
    let lock: FileLock

    init(stateFolder: URL, student: Student) {
        folder = stateFolder.appendingPathComponent("repos/\(student.fileName)", isDirectory: true)
        lock = FileLock(url: stateFolder.appendingPathComponent("locks/\(student.fileName).lock"))
    }

    var exists: Bool { FileManager.default.fileExists(atPath: folder.path) }

    /// Runs `body` holding the cache's lock; a lock that cannot be taken is a `GitError`.
    func locked<T>(_ body: () throws -> T) throws -> T {
        do {
            return try lock.withLock(body)
        } catch let failure as FileLock.Failure {
            throw GitError(operation: "lock cache", target: folder.path, code: -1, errorClass: 0, message: "\(failure)")
        }
    }
}
