import Foundation

/// What the snapshot log says, read once: every entry by student, and the lines it had to skip.
public struct SeenRecords: Sendable, Equatable {
    /// When a student's commit was first seen, and its place in the log (later lines are newer).
    public struct FirstSeen: Sendable, Equatable {
        public var seenAt: Date
        public var order: Int
        public var ref: String
    }

    /// Every entry, in log order.
    public private(set) var entries: [SeenEntry]
    /// Lines skipped (torn by a killed run, edited by hand), each with its line number.
    public var warnings: [String]
    private var byStudent: [String: [String: FirstSeen]]

    public static let empty = SeenRecords(entries: [])

    public init(entries: [SeenEntry], warnings: [String] = []) {
        self.entries = []
        self.warnings = warnings
        byStudent = [:]
        for entry in entries { add(entry) }
    }

    mutating func add(_ entry: SeenEntry) {
        let order = entries.count
        entries.append(entry)
        // A commit logged twice (two logs merged by hand, say) counts from its earliest line.
        if let first = byStudent[entry.identifier]?[entry.commit], first.seenAt <= entry.seenAt { return }
        byStudent[entry.identifier, default: [:]][entry.commit] = FirstSeen(
            seenAt: entry.seenAt, order: order, ref: entry.ref)
    }

    /// The student's commits the log has, each with when it was first seen.
    public func commits(of identifier: String) -> [String: FirstSeen] {
        byStudent[identifier] ?? [:]
    }

    public var isEmpty: Bool { entries.isEmpty }
}
