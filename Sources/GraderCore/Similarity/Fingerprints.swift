/// Winnowing (Schleimer, Wilkerson and Aiken, as in MOSS and Dolos): a hash of every run of `k`
/// tokens, and of every `window` consecutive hashes the smallest (the rightmost of equals) kept
/// as a fingerprint. Any run of `k + window - 1` tokens two sequences share gives them at least one
/// fingerprint in common, whatever surrounds it: reordered functions and inserted statements only
/// lose the fingerprints across their edges.
struct Fingerprints: Sendable {
    /// Each kept hash, with the positions (token indices, ascending) of every run it was kept
    /// from: code repeated in a file is found at each of its places.
    private(set) var positions: [UInt64: [Int]] = [:]

    var hashes: Set<UInt64> { Set(positions.keys) }
    var count: Int { positions.count }

    init(tokens: [String], k: Int, window: Int) {
        let hashes = Self.kgramHashes(tokens, k: k)
        guard !hashes.isEmpty else { return }
        let window = min(window, hashes.count)
        var lastKept = -1
        for start in 0...(hashes.count - window) {
            var smallest = start
            for index in start..<(start + window) where hashes[index] <= hashes[smallest] { smallest = index }
            if smallest != lastKept {
                lastKept = smallest
                positions[hashes[smallest], default: []].append(smallest)
            }
        }
    }

    func positions(of hash: UInt64) -> [Int] { positions[hash] ?? [] }

    /// Keeps only the fingerprints `keep` accepts.
    mutating func filter(_ keep: (UInt64) -> Bool) {
        positions = positions.filter { keep($0.key) }
    }

    /// The FNV-1a hash of every run of `k` tokens (each token's own hash mixed in), in order.
    static func kgramHashes(_ tokens: [String], k: Int) -> [UInt64] {
        guard tokens.count >= k, k > 0 else { return [] }
        let tokenHashes = tokens.map { token in
            token.utf8.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        }
        return (0...(tokens.count - k)).map { start in
            tokenHashes[start..<(start + k)].reduce(UInt64(0xcbf2_9ce4_8422_2325)) { hash, token in
                (hash ^ token) &* 0x100_0000_01b3 &+ (hash >> 29)
            }
        }
    }
}
