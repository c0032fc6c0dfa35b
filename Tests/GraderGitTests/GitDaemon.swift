import Foundation
import GraderTestSupport
import XCTest

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
            let port = LocalPort.free()
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
            if LocalPort.waitUntilListening(port: port, while: process) {
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
}

struct DaemonError: Error, CustomStringConvertible {
    var description: String
}
