import Foundation
import Synchronization

/// The snapshot log, `.grade/seen.jsonl`: one JSON line per student × commit first seen
/// (`SeenEntry`). Only ever appended to, under an exclusive `flock` of the file, whole lines in one
/// `write`, so concurrent `grade snapshot` runs never interleave or repeat a commit and earlier
/// lines are never touched. A last line torn by a killed run is skipped with a warning; the next
/// append starts on a new line.
public final class SeenLog: Sendable {
    public static let fileName = "seen.jsonl"

    public let url: URL
    private let fd: Int32
    private let state = Mutex(State())

    private struct State {
        /// How far the file has been read.
        var offset: Int = 0
        var lineNumber = 0
        var endsWithNewline = true
        var records = SeenRecords.empty
    }

    /// Opens (creating when needed) the log in `stateFolder` for appending.
    public init(stateFolder: URL) throws(SeenLogError) {
        url = stateFolder.appendingPathComponent(Self.fileName)
        do {
            try FileManager.default.createDirectory(at: stateFolder, withIntermediateDirectories: true)
        } catch {
            throw SeenLogError(
                path: stateFolder.path, problem: "cannot create the folder: \(error.localizedDescription)")
        }
        fd = open(url.path, O_RDWR | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw SeenLogError(path: url.path, problem: Self.lastError()) }
        try state.withLock { (state) throws(SeenLogError) in
            do {
                try FileLock.lock(fd, shared: true, path: url.path)
            } catch {
                throw SeenLogError(path: url.path, problem: "\(error)")
            }
            defer { flock(fd, LOCK_UN) }
            try Self.catchUp(fd, path: url.path, &state)
        }
    }

    deinit { close(fd) }

    /// Every entry read so far (all of them after a `record`), and the lines skipped.
    public var records: SeenRecords { state.withLock { $0.records } }

    /// Reads the whole log of `stateFolder` under a shared lock; a log that does not exist is empty.
    public static func read(stateFolder: URL) throws(SeenLogError) -> SeenRecords {
        let url = stateFolder.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return .empty }
        let fd = open(url.path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw SeenLogError(path: url.path, problem: lastError()) }
        defer { close(fd) }
        do {
            try FileLock.lock(fd, shared: true, path: url.path)
        } catch {
            throw SeenLogError(path: url.path, problem: "\(error)")
        }
        defer { flock(fd, LOCK_UN) }
        var state = State()
        try catchUp(fd, path: url.path, &state)
        return state.records
    }

    /// Appends one line for each of `commits` (in order) that the log does not have for
    /// `identifier`, all seen at `seenAt`, after reading whatever other runs appended meanwhile.
    /// Returns the entries appended.
    @discardableResult
    public func record(_ identifier: String, commits: [(commit: String, ref: String)], seenAt: Date)
        throws(SeenLogError) -> [SeenEntry]
    {
        try state.withLock { (state) throws(SeenLogError) -> [SeenEntry] in
            do {
                try FileLock.lock(fd, shared: false, path: url.path)
            } catch {
                throw SeenLogError(path: url.path, problem: "\(error)")
            }
            defer { flock(fd, LOCK_UN) }
            try Self.catchUp(fd, path: url.path, &state)

            var known = Set(state.records.commits(of: identifier).keys)
            var fresh: [SeenEntry] = []
            for (commit, ref) in commits where known.insert(commit).inserted {
                fresh.append(SeenEntry(identifier: identifier, commit: commit, seenAt: seenAt, ref: ref))
            }
            guard !fresh.isEmpty else { return [] }
            var data = state.endsWithNewline ? Data() : Data([0x0A])
            for entry in fresh {
                do {
                    data.append(try entry.line())
                } catch {
                    throw SeenLogError(path: url.path, problem: "cannot encode an entry: \(error)")
                }
            }
            try Self.writeAll(data, to: fd, path: url.path)
            // Read back what was just written, so the state stays the file's.
            try Self.catchUp(fd, path: url.path, &state)
            return fresh
        }
    }

    // MARK: - The file

    /// Reads from `state.offset` to the end, adding every complete line's entry.
    private static func catchUp(_ fd: Int32, path: String, _ state: inout State) throws(SeenLogError) {
        var bytes = Data()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes {
                pread(fd, $0.baseAddress, $0.count, off_t(state.offset + bytes.count))
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw SeenLogError(path: path, problem: lastError())
            }
            if count == 0 { break }
            bytes.append(contentsOf: buffer[0..<count])
        }
        guard !bytes.isEmpty else { return }
        state.offset += bytes.count
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let isLast = index == lines.count - 1
            if isLast && line.isEmpty { break }  // the file ends with a newline
            // After a torn line, the first piece read ends that line: it was reported already.
            if index == 0 && !state.endsWithNewline { continue }
            state.lineNumber += 1
            let text = String(decoding: line, as: UTF8.self)
            if text.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if let entry = SeenEntry.parse(Substring(text)) {
                state.records.add(entry)
            } else {
                let why =
                    isLast
                    ? "an incomplete last line (a snapshot killed while writing?)"
                    : "not a snapshot entry"
                state.records.warnings.append("\(path):\(state.lineNumber): \(why); line skipped")
            }
        }
        state.endsWithNewline = bytes.last == 0x0A
    }

    private static func writeAll(_ data: Data, to fd: Int32, path: String) throws(SeenLogError) {
        var written = 0
        while written < data.count {
            let count = data.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                throw SeenLogError(path: path, problem: "cannot append: \(lastError())")
            }
            written += count
        }
        if fsync(fd) != 0 { throw SeenLogError(path: path, problem: "cannot sync: \(lastError())") }
    }

    private static func lastError() -> String { String(cString: strerror(errno)) }
}

/// The snapshot log could not be read or written: the run stops, since a snapshot that cannot
/// record proves nothing.
public struct SeenLogError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var problem: String
    public var description: String { "snapshot log \(path): \(problem)" }
}
