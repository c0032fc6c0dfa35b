import Foundation
import GraderModel

/// Results of jobs, by `CacheKey`, in `.grade/cache/results/`: one file per result, written to a
/// temporary file and renamed into place, so a reader sees a whole entry or none, and two graders
/// sharing the folder at most grade the same job twice. An entry is trusted only when its header
/// names the key it is filed under and the SHA-256 and length of the result it holds; anything
/// else (truncated, corrupt, from another format) is removed and the job graded again.
public struct ResultCache: Sendable {
    /// The largest a cache grows by default before its least recently used entries are evicted.
    public static let defaultSize = 1 << 30
    /// The entries' format, also part of every key: bumped when what an entry holds, or how a job
    /// is built and run, changes in a way the grader's own bytes would not show.
    static let header = "grade-cache/1"

    public let folder: URL
    /// Bytes the entries may take; `evict()` brings them back under it.
    public let maximumSize: Int

    /// The cache of a course whose state folder is `stateFolder`.
    public init(stateFolder: URL, maximumSize: Int = ResultCache.defaultSize) {
        folder = stateFolder.appendingPathComponent("cache/results", isDirectory: true)
        self.maximumSize = maximumSize
    }

    /// Which results may be kept: those the student's code alone decides. A timeout may come from a
    /// busy machine, and an `error` or a missing submission is the grader's or cheap to redo.
    static func isCacheable(_ result: ExerciseResult) -> Bool {
        switch result.status {
        case .graded: !result.tests.contains { $0.status == .timeout }
        case .compileError, .rejected: true
        case .missing, .error: false
        }
    }

    func file(for key: CacheKey) -> URL {
        folder.appendingPathComponent("\(key.hex.prefix(2))/\(key.hex).entry")
    }

    /// The result stored under `key`, or nil. A damaged entry is removed.
    func load(_ key: CacheKey) -> ExerciseResult? {
        let url = file(for: key)
        guard let data = try? Data(contentsOf: url) else { return nil }
        guard let result = Self.decode(data, key: key) else {
            try? FileManager.default.removeItem(at: url)
            return nil
        }
        // Recently used entries are the last evicted.
        try? FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: url.path)
        return result
    }

    /// Keeps `result` under `key` when it is cacheable; a failure to write only costs a rebuild later.
    func store(_ result: ExerciseResult, for key: CacheKey) {
        guard Self.isCacheable(result) else { return }
        var kept = result
        kept.submission = nil
        kept.cached = false
        guard let data = try? Self.encode(kept, key: key) else { return }
        let url = file(for: key)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(UUID().uuidString).tmp")
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
        }
    }

    /// Removes the least recently used entries until the cache takes at most `maximumSize` bytes,
    /// and temporary files left by a grader that was killed mid-write. Returns how many went.
    @discardableResult
    public func evict() -> Int {
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]
        guard
            let walker = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
        else { return 0 }
        var entries: [(url: URL, size: Int, used: Date)] = []
        for case let url as URL in walker {
            guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else {
                continue
            }
            entries.append((url, values.fileSize ?? 0, values.contentModificationDate ?? .distantPast))
        }
        var removed = removeStaleTemporaryFiles()
        var total = entries.reduce(0) { $0 + $1.size }
        for entry in entries.sorted(by: { $0.used < $1.used }) where total > maximumSize {
            if (try? FileManager.default.removeItem(at: entry.url)) != nil { removed += 1 }
            total -= entry.size
        }
        return removed
    }

    /// Temporary files older than an hour: no write takes that long.
    private func removeStaleTemporaryFiles() -> Int {
        let shards = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        var removed = 0
        for shard in shards {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: shard.path)) ?? []
            for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
                let url = shard.appendingPathComponent(name)
                let modified = (try? url.resourceValues(forKeys: [.contentModificationDateKey]))?
                    .contentModificationDate
                if let modified, modified < Date().addingTimeInterval(-3600),
                    (try? FileManager.default.removeItem(at: url)) != nil
                {
                    removed += 1
                }
            }
        }
        return removed
    }

    /// `grade-cache/1 <key> <sha256 of body> <body length>\n<body>`, the body the result's JSON.
    static func encode(_ result: ExerciseResult, key: CacheKey) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let body = try encoder.encode(result)
        return Data("\(header) \(key.hex) \(FieldHasher.digest(body)) \(body.count)\n".utf8) + body
    }

    static func decode(_ data: Data, key: CacheKey) -> ExerciseResult? {
        guard let newline = data.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
        let fields = String(decoding: data[data.startIndex..<newline], as: UTF8.self).split(separator: " ")
        let body = data[data.index(after: newline)...]
        guard fields.count == 4, fields[0] == header, fields[1] == key.hex, Int(fields[3]) == body.count,
            fields[2] == FieldHasher.digest(Data(body))
        else { return nil }
        return try? JSONDecoder().decode(ExerciseResult.self, from: Data(body))
    }
}
