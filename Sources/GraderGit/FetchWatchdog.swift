import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Enforces a fetch's time limit even when the server sends nothing at all, so that libgit2's
/// progress callbacks are never called (libgit2 1.5 has no network timeout of its own).
///
/// Made on the fetching thread before the fetch and finished on it afterwards. When the limit
/// passes first, it calls `onExpiry` (the session then cancels from any callback still to come)
/// and interrupts the fetching thread's blocking system call (`recv`, `connect`, `poll`) with a
/// signal whose handler does nothing, installed without `SA_RESTART`, every 50 ms until the
/// fetch returns: libgit2 and libssh2 treat the interrupted call as a network error. Where that
/// is not enough (libgit2 retries an interrupted SSH handshake or login), the TCP socket the
/// thread waits on is shut down (`BlockedSocket`).
final class FetchWatchdog: @unchecked Sendable {
    // Everything mutable below is guarded by `condition`.
    private let condition = NSCondition()
    private var finished = false
    #if canImport(Glibc)
        private let thread = pthread_self()
        private var savedMask = sigset_t()
    #endif
    /// The fetching thread's kernel id, to find the socket it waits on.
    private let threadID = BlockedSocket.currentThreadID()
    /// The server's port, so that no other socket is ever shut down.
    private let port: Int?

    /// `port`: the server's TCP port, when the fetch goes over the network.
    init(limit: Duration, port: Int?, onExpiry: @escaping @Sendable () -> Void) {
        self.port = port
        #if canImport(Glibc)
            _ = Self.handlerInstalled
            // Threads made by the concurrency runtime block most signals; unblock ours here.
            var interrupt = sigset_t()
            sigemptyset(&interrupt)
            sigaddset(&interrupt, Self.signal)
            pthread_sigmask(SIG_UNBLOCK, &interrupt, &savedMask)
        #endif
        let deadline = Date().addingTimeInterval(
            Double(limit.components.seconds) + Double(limit.components.attoseconds) / 1e18)
        Thread.detachNewThread { [self] in watch(until: deadline, onExpiry: onExpiry) }
    }

    /// Call on the fetching thread once the fetch returned: no signal reaches it afterwards.
    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
        #if canImport(Glibc)
            pthread_sigmask(SIG_SETMASK, &savedMask, nil)
        #endif
    }

    private func watch(until deadline: Date, onExpiry: @Sendable () -> Void) {
        condition.lock()
        defer { condition.unlock() }
        while !finished && Date() < deadline {
            _ = condition.wait(until: deadline)
        }
        guard !finished else { return }
        onExpiry()
        var rounds = 0
        while !finished {
            #if canImport(Glibc)
                pthread_kill(thread, Self.signal)
            #endif
            _ = condition.wait(until: Date().addingTimeInterval(0.05))
            rounds += 1
            // Still there after a few interruptions: cut the connection it waits on.
            if !finished, rounds % 4 == 0, let threadID, let port {
                _ = BlockedSocket.shutDown(blockedIn: threadID, port: port)
            }
        }
    }

    #if canImport(Glibc)
        /// SIGURG: ignored by default, so a stray one harms nothing; nothing else here uses it.
        static let signal = SIGURG

        private static let handlerInstalled: Bool = {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { _ in }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            return sigaction(signal, &action, nil) == 0
        }()
    #endif
}
