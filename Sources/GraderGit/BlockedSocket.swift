import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The socket a thread of this process is blocked on, found through Linux's
/// `/proc/self/task/<tid>/syscall` (the system call a thread waits in, and its arguments).
///
/// Needed for one case the watchdog's signal cannot end: libgit2 1.5 retries libssh2's SSH
/// handshake and login in a loop for as long as libssh2 reports a timeout, which is what an
/// interrupted `poll` becomes. Shutting the socket down ends that loop with a network error.
/// Only a TCP socket whose peer is on the fetch's port is ever shut down (never closed: its
/// descriptor stays libgit2's).
enum BlockedSocket {
    /// "12345/task/12346" → 12346: the calling thread's id.
    static func currentThreadID() -> Int32? {
        #if canImport(Glibc)
            var buffer = [CChar](repeating: 0, count: 64)
            let count = readlink("/proc/thread-self", &buffer, buffer.count - 1)
            guard count > 0 else { return nil }
            let link = String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            return link.split(separator: "/").last.flatMap { Int32($0) }
        #else
            return nil
        #endif
    }

    /// Shuts down the socket thread `thread` is blocked on, if it is a TCP socket connected to
    /// `port`; returns whether it did.
    static func shutDown(blockedIn thread: Int32, port: Int) -> Bool {
        #if canImport(Glibc)
            guard let first = blockedCall(thread), let descriptor = descriptor(of: first),
                blockedCall(thread) == first, isTCP(descriptor, peerPort: port)
            else { return false }
            return shutdown(descriptor, Int32(SHUT_RDWR)) == 0
        #else
            return false
        #endif
    }

    /// A blocked system call: its number and arguments.
    struct Call: Equatable {
        var number: Int
        var arguments: [UInt]
    }

    /// What `/proc/self/task/<thread>/syscall` says, when the thread waits in a system call.
    private static func blockedCall(_ thread: Int32) -> Call? {
        guard let text = try? String(contentsOfFile: "/proc/self/task/\(thread)/syscall", encoding: .utf8) else {
            return nil
        }
        let fields = text.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard fields.count >= 7, let number = Int(fields[0]), number >= 0 else { return nil }
        let arguments = fields[1...6].compactMap { UInt($0.dropFirst(2), radix: 16) }
        guard arguments.count == 6 else { return nil }
        return Call(number: number, arguments: arguments)
    }

    /// The descriptor a call waits on: the first argument of `read`, `recvfrom`, `recvmsg`,
    /// `connect`; the only entry of a one-entry `poll` / `ppoll`.
    private static func descriptor(of call: Call) -> Int32? {
        #if arch(x86_64)
            let direct: Set = [0, 42, 45, 47]  // read, connect, recvfrom, recvmsg
            let polls: Set = [7, 271]  // poll, ppoll
        #elseif arch(arm64)
            let direct: Set = [63, 203, 207, 212]  // read, connect, recvfrom, recvmsg
            let polls: Set = [73]  // ppoll
        #else
            let direct: Set<Int> = []
            let polls: Set<Int> = []
        #endif
        if direct.contains(call.number) {
            return Int32(truncatingIfNeeded: call.arguments[0])
        }
        #if canImport(Glibc)
            if polls.contains(call.number), call.arguments[1] == 1,
                let entry = UnsafePointer<pollfd>(bitPattern: call.arguments[0])
            {
                // The entry is on the blocked thread's stack, which stays mapped while it lives.
                return entry.pointee.fd
            }
        #endif
        return nil
    }

    #if canImport(Glibc)
        private static func isTCP(_ descriptor: Int32, peerPort port: Int) -> Bool {
            var status = stat()
            guard descriptor >= 0, fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFSOCK else {
                return false
            }
            var type: Int32 = 0
            var length = socklen_t(MemoryLayout<Int32>.size)
            guard getsockopt(descriptor, SOL_SOCKET, SO_TYPE, &type, &length) == 0,
                type == Int32(SOCK_STREAM.rawValue)
            else { return false }
            var address = sockaddr_storage()
            var addressLength = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let named = withUnsafeMutablePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getpeername(descriptor, $0, &addressLength) }
            }
            guard named == 0 else { return false }
            let peerPort: UInt16 =
                switch Int32(address.ss_family) {
                case AF_INET:
                    withUnsafePointer(to: &address) {
                        $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) {
                            UInt16(bigEndian: $0.pointee.sin_port)
                        }
                    }
                case AF_INET6:
                    withUnsafePointer(to: &address) {
                        $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) {
                            UInt16(bigEndian: $0.pointee.sin6_port)
                        }
                    }
                default: 0
                }
            return Int(peerPort) == port
        }
    #endif
}
