import Crypto
import Foundation

/// One of `count` stable slices of a roster (`grade --shard I/N`): a student belongs to the slice
/// chosen by a hash of their identifier, so they are in the same shard whatever the order or the
/// length of the roster file, and every student is in exactly one shard.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
    /// 1 … `count`.
    public let index: Int
    public let count: Int

    public init(index: Int, count: Int) throws(ShardError) {
        guard count >= 1, (1...count).contains(index) else { throw .outOfRange(index: index, count: count) }
        self.index = index
        self.count = count
    }

    /// `I/N`, e.g. `2/4`.
    public init(parsing text: String) throws(ShardError) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let index = Int(parts[0]), let count = Int(parts[1]) else {
            throw .notAShard(text)
        }
        try self.init(index: index, count: count)
    }

    public var description: String { "\(index)/\(count)" }

    /// Whether `identifier` is in this shard.
    public func contains(_ identifier: String) -> Bool {
        Self.index(of: identifier, count: count) == index
    }

    /// The shard (1 … `count`) that `identifier` belongs to: the first 8 bytes of its SHA-256, big
    /// endian, modulo `count`, plus one.
    public static func index(of identifier: String, count: Int) -> Int {
        let digest = SHA256.hash(data: Data(identifier.utf8))
        let prefix = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return Int(prefix % UInt64(count)) + 1
    }
}

public enum ShardError: Error, Equatable, CustomStringConvertible {
    case notAShard(String)
    case outOfRange(index: Int, count: Int)

    public var description: String {
        switch self {
        case .notAShard(let text):
            "--shard '\(text)' is not I/N: write the shard's number and the number of shards, e.g. --shard 2/4"
        case .outOfRange(let index, let count):
            "--shard \(index)/\(count): the number of shards must be at least 1 and the shard between 1 and \(max(1, count))"
        }
    }
}
