import Foundation

/// One line of the snapshot log (`.grade/seen.jsonl`): a commit of a student's repository that a
/// `grade snapshot` saw for the first time, when (the grader's own clock, UTC) and on which branch.
///
/// `{"commit":"<40 hex>","identifier":"ada@example.edu","ref":"refs/heads/main","seen_at":"2026-12-07T23:00:00.000Z"}`
public struct SeenEntry: Codable, Sendable, Equatable {
    public var identifier: String
    public var commit: String
    /// When the fetch that brought the commit finished: it was at the remote by then.
    public var seenAt: Date
    /// The remote's branch it was reached from (`refs/heads/main`).
    public var ref: String

    public init(identifier: String, commit: String, seenAt: Date, ref: String) {
        self.identifier = identifier
        self.commit = commit
        self.seenAt = seenAt
        self.ref = ref
    }

    enum CodingKeys: String, CodingKey {
        case identifier, commit, seenAt = "seen_at", ref
    }

    /// The entry as one line of JSON, with its final newline.
    func line() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.precise(date))
        }
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }

    /// The entry on one line of the log, or nil when the line is not one (torn, edited by hand).
    static func parse(_ line: Substring) -> SeenEntry? {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a date: \(text)")
            }
            return date
        }
        guard let entry = try? decoder.decode(SeenEntry.self, from: Data(line.utf8)),
            [40, 64].contains(entry.commit.count), entry.commit.allSatisfy(\.isHexDigit), !entry.identifier.isEmpty
        else { return nil }
        return entry
    }
}
