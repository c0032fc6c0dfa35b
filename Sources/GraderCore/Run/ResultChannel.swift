import Foundation
import Synchronization

/// The grader's end of a test binary's result file: reads what the harness appended so far, keeps
/// only lines that carry this run's token and name a known test, and counts everything else as a
/// forgery attempt.
final class ResultChannel: Sendable {
    struct TestEvents: Sendable, Equatable {
        /// When the grader first saw the test start (its own clock, not the student's).
        var startedAt: ContinuousClock.Instant?
        var failures: [String] = []
        /// `passed`, `failed` or `skipped`, as the harness saw it end.
        var ending: String?
        var duration: Double?
        var duplicateEnds = 0
    }

    struct State: Sendable {
        var tests: [String: TestEvents] = [:]
        /// The test that started last and has not ended.
        var running: String?
        var done = false
        var forgedLines = 0
        var pending = [UInt8]()
        var offset: Int64 = 0
    }

    let token: String
    let known: Set<String>
    /// Where the grader created the file (the harness unlinks it once open, when it may); the
    /// grader keeps its own descriptor.
    let path: String
    /// The same file as the test process sees it.
    let pathInside: String
    private let fd: Int32
    private let state = Mutex(State())

    /// Creates the result file in `folder`, which the test process sees as `folderInside`.
    init(folder: URL, folderInside: String, known: Set<String>) throws {
        token = UUID().uuidString + UUID().uuidString
        self.known = known
        let name = "results-\(UUID().uuidString)"
        path = folder.appendingPathComponent(name).path
        pathInside = "\(folderInside)/\(name)"
        fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
    }

    deinit {
        close(fd)
        unlink(path)
    }

    /// The bytes the harness reads from standard input.
    var handshake: Data { Data("\(token)\n\(pathInside)\n".utf8) }

    /// Reads whatever is new and returns the state.
    @discardableResult
    func poll() -> State {
        state.withLock { state in
            var buffer = [UInt8](repeating: 0, count: 16 * 1024)
            while true {
                let count = pread(fd, &buffer, buffer.count, off_t(state.offset))
                guard count > 0 else { break }
                state.offset += Int64(count)
                state.pending.append(contentsOf: buffer[0..<count])
                // A flood of junk is not kept: only whole lines of sane length matter.
                if state.pending.count > 1 << 20 { state.pending.removeAll(); state.forgedLines += 1 }
            }
            while let newline = state.pending.firstIndex(of: UInt8(ascii: "\n")) {
                let line = String(decoding: state.pending[..<newline], as: UTF8.self)
                state.pending.removeSubrange(...newline)
                consume(line, into: &state)
            }
            return state
        }
    }

    private func consume(_ line: String, into state: inout State) {
        let parts = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, parts[0] == token else { state.forgedLines += 1; return }
        if parts[1] == "done", parts.count == 2 { state.done = true; return }
        guard parts.count >= 3, known.contains(parts[2]) else { state.forgedLines += 1; return }
        let name = parts[2]
        switch (parts[1], parts.count) {
        case ("start", 3):
            state.tests[name, default: TestEvents()].startedAt = .now
            state.running = name
        case ("fail", 4):
            let message = Data(base64Encoded: parts[3]).map { String(decoding: $0, as: UTF8.self) } ?? "(unreadable)"
            state.tests[name, default: TestEvents()].failures.append(message)
        case ("end", 5) where ["passed", "failed", "skipped"].contains(parts[3]):
            var events = state.tests[name, default: TestEvents()]
            if events.ending != nil {
                events.duplicateEnds += 1
                state.forgedLines += 1
            }
            events.ending = parts[3]
            events.duration = Double(parts[4])
            state.tests[name] = events
            if state.running == name { state.running = nil }
        default:
            state.forgedLines += 1
        }
    }
}
