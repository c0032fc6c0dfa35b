import Foundation
import Synchronization

/// The grader's end of a test binary's result file (see `HarnessGenerator` for the protocol).
///
/// The file is the grader's (mode 0600, outside every folder the sandbox shows): the test process
/// only ever holds it open for appending, on descriptor 3, so it can add lines but never read
/// what the harness wrote, nor reopen the file through `/proc/self/fd/3`. Knowing the token is not
/// enough to forge a result either: the harness numbers its lines, so a forged line next to the
/// harness's own breaks the sequence, and a run only counts as finished when it ends with
/// `done <lines>` followed by the one-time exit status, which only the handshake carried.
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
        /// The harness started (its first line arrived).
        var ready = false
        /// `done` arrived, with the right count of lines before it.
        var done = false
        /// Lines that did not come from the harness: no token, unknown events or tests, lines after
        /// `done`, or a line whose number breaks the sequence.
        var forgedLines = 0
        /// A line carried the token but broke the numbering: someone else knew the token.
        var sequenceBroken = false
        var lines = 0
        var pending = [UInt8]()
        var offset: Int64 = 0
    }

    let token: String
    /// The status the harness exits with after `done`; never 0, 1 or a status the shell uses.
    let exitStatus: Int32
    let known: Set<String>
    /// Where the grader created the file; the sandbox opens it for the test process.
    let path: String
    private let fd: Int32
    private let state = Mutex(State())

    /// Creates the result file in `folder`, a folder of the grader's that the sandbox does not show.
    init(folder: URL, known: Set<String>) throws {
        token =
            UUID().uuidString.replacingOccurrences(of: "-", with: "")
            + UUID().uuidString.replacingOccurrences(of: "-", with: "")
        exitStatus = Int32.random(in: 3...99)
        self.known = known
        path = folder.appendingPathComponent("results-\(UUID().uuidString)").path
        let created = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard created >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        close(created)
        fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw CocoaError(.fileReadUnknown, userInfo: [NSFilePathErrorKey: path]) }
    }

    deinit {
        close(fd)
        unlink(path)
    }

    /// The bytes the harness reads from standard input.
    var handshake: Data { Data("\(token)\n\(exitStatus)\n".utf8) }

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
        guard parts.count >= 3, parts[0] == token, let number = Int(parts[1]) else {
            state.forgedLines += 1
            return
        }
        guard number == state.lines + 1, !state.done else {
            state.forgedLines += 1
            state.sequenceBroken = true
            return
        }
        state.lines = number
        let event = Array(parts.dropFirst(2))
        switch (event[0], event.count) {
        case ("ready", 1) where number == 1:
            state.ready = true
        case ("done", 2):
            if Int(event[1]) == number - 1 { state.done = true } else { state.sequenceBroken = true }
        case ("start", 2) where known.contains(event[1]):
            state.tests[event[1], default: TestEvents()].startedAt = .now
            state.running = event[1]
        case ("fail", 3) where known.contains(event[1]):
            let message = Data(base64Encoded: event[2]).map { String(decoding: $0, as: UTF8.self) } ?? "(unreadable)"
            state.tests[event[1], default: TestEvents()].failures.append(message)
        case ("end", 4) where known.contains(event[1]) && ["passed", "failed", "skipped"].contains(event[2]):
            let name = event[1]
            var events = state.tests[name, default: TestEvents()]
            if events.ending != nil {
                events.duplicateEnds += 1
                state.forgedLines += 1
            }
            events.ending = event[2]
            events.duration = Double(event[3])
            state.tests[name] = events
            if state.running == name { state.running = nil }
        default:
            state.forgedLines += 1
        }
    }
}
