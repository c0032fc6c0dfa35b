/// At most `tokens` holders at once; the others wait in order. (After SwiftPM's `Basics` helper of
/// the same name.)
public actor TokenBucket {
    private var tokens: Int
    private var waiters: [CheckedContinuation<Void, Never>] = []

    public init(tokens: Int) {
        precondition(tokens > 0)
        self.tokens = tokens
    }

    public func withToken<T: Sendable>(_ body: @Sendable () async throws -> T) async rethrows -> T {
        await take()
        defer { give() }
        return try await body()
    }

    private func take() async {
        if tokens > 0 {
            tokens -= 1
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    private func give() {
        if waiters.isEmpty {
            tokens += 1
        } else {
            waiters.removeFirst().resume()
        }
    }
}
