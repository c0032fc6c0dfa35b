import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A `git daemon` on 127.0.0.1 serving the repositories below a folder over `git://`, so tests
/// exercise libgit2's smart protocol (what GitHub speaks) and not only its local transport, which
/// copies every object whatever was asked for.
final class GitDaemon {
    let port: Int
    private let process: Process

    /// Starts the daemon on a free port; skips the test when it cannot start (no git daemon).
    init(serving root: URL) throws {
        var lastError = "git daemon did not start"
        for _ in 0..<8 {
            let port = Int.random(in: 20_000..<60_000)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [
                "git", "daemon", "--reuseaddr", "--export-all", "--informative-errors",
                "--listen=127.0.0.1", "--port=\(port)", "--base-path=\(root.path)", root.path,
            ]
            process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
                .merging(["GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"]) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            if Self.waitUntilListening(port: port, while: process) {
                self.port = port
                self.process = process
                return
            }
            if process.isRunning {
                process.terminate()
            }
            process.waitUntilExit()
            lastError = "git daemon exited with status \(process.terminationStatus) on port \(port)"
        }
        // Not a skip: a test that cannot run is not a pass. `git daemon` ships with Debian's git.
        throw DaemonError(description: "could not start git daemon: \(lastError)")
    }

    /// The `git://` URL of the repository at `name` below the served folder.
    func url(_ name: String) -> String {
        "git://127.0.0.1:\(port)/\(name)"
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    deinit {
        stop()
    }

    private static func waitUntilListening(port: Int, while process: Process) -> Bool {
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline && process.isRunning {
            if canConnect(port: port) {
                return true
            }
            usleep(20_000)
        }
        return false
    }

    private static func canConnect(port: Int) -> Bool {
        #if canImport(Glibc)
            let socketType = Int32(SOCK_STREAM.rawValue)
        #else
            let socketType = SOCK_STREAM
        #endif
        let descriptor = socket(AF_INET, socketType, 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        return result == 0
    }
}

struct DaemonError: Error, CustomStringConvertible {
    var description: String
}
