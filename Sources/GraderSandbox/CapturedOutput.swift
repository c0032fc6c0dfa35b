/// The first bytes a process wrote to one stream, and how many more it wrote that were dropped.
public struct CapturedOutput: Sendable, Equatable {
    public private(set) var bytes: [UInt8] = []
    public private(set) var droppedByteCount = 0
    public let cap: Int

    public init(cap: Int) {
        self.cap = cap
    }

    public mutating func append(_ chunk: some Collection<UInt8>) {
        let room = max(0, cap - bytes.count)
        bytes.append(contentsOf: chunk.prefix(room))
        droppedByteCount += max(0, chunk.count - room)
    }

    public var isTruncated: Bool { droppedByteCount > 0 }

    /// The kept text (invalid UTF-8 repaired), with a visible marker when something was dropped.
    public var text: String {
        let kept = String(decoding: bytes, as: UTF8.self)
        guard isTruncated else { return kept }
        return kept + "\n[… \(droppedByteCount) more bytes of output were not kept]"
    }
}
