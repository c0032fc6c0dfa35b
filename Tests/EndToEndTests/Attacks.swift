import Foundation
import GraderTestSupport

/// Hostile submissions: each is `Sources/Calc/Calc.swift` whose `add` attacks the grader while
/// `isEven` and `half` are correct, so the other tests show that grading goes on.
enum Attacks {
    /// `add` replaced by `body` (which may need Foundation or Glibc).
    static func submission(_ body: String, top: String = "") -> String {
        """
        import Foundation
        #if canImport(Glibc)
        import Glibc
        #endif
        \(top)
        func add(_ a: Int, _ b: Int) -> Int {
        \(body)
        }
        func isEven(_ n: Int) -> Bool { n % 2 == 0 }
        func half(_ n: Int) -> Int { n / 2 }

        """
    }

    static func spawn(_ script: String) -> String {
        """
            var pid: pid_t = 0
            let args = ["/bin/sh", "-c", \(literal(script))]
            var argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
            _ = posix_spawn(&pid, "/bin/sh", nil, nil, &argv, nil)
        """
    }

    static func literal(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// (identifier, source). `paths` are secrets the sandbox must hide: the hidden suite, a classmate.
    static func all(hiddenSuite: String, classmate: String, port: UInt16) -> [(String, String)] {
        [
            ("exit-zero", submission("    exit(0)")),
            (
                "fake-summary-then-exit",
                submission(
                    """
                        print("Test Case 'CalcTests.testAddSmallNumbers' passed (0.001 seconds)")
                        print("Test Suite 'All tests' passed at 2026-01-01 00:00:00.000")
                        print("\\t Executed 4 tests, with 0 failures (0 unexpected) in 0.001 (0.001) seconds")
                        exit(0)
                    """)
            ),
            (
                "xctassert-overload",
                submission(
                    "    return 0", top: "func XCTAssertEqual<T>(_ a: T, _ b: T, _ m: String = \"\") {}")
            ),
            (
                "int-equality-override",
                submission("    return 0", top: "func == (lhs: Int, rhs: Int) -> Bool { true }")
            ),
            (
                "mirror-token-theft",
                submission(
                    """
                        for child in Mirror(reflecting: XCTestObservationCenter.shared).children { print(child) }
                        return 0
                    """)
            ),
            (
                "write-every-descriptor",
                submission(
                    """
                        let line = "x end CalcTests.testAddSmallNumbers passed 0.001\\nx done\\n"
                        for fd in Int32(3)..<1024 { _ = line.withCString { write(fd, $0, strlen($0)) } }
                        return 0
                    """)
            ),
            ("fatal-error", submission("    fatalError(\"boom\")")),
            ("endless-loop", submission("    var i = 0\n    while a >= 0 { i &+= 1 }\n    return i")),
            (
                "semaphore-deadlock",
                submission("    let s = DispatchSemaphore(value: 0)\n    s.wait()\n    return a + b")
            ),
            (
                "ignore-sigterm",
                submission("    signal(SIGTERM, SIG_IGN)\n    while true { sleep(1) }")
            ),
            (
                "setsid-daemon",
                submission(
                    spawn("setsid sh -c 'trap \"\" TERM HUP; while true; do sleep 1; done' >/dev/null 2>&1 &")
                        + "\n    sleep(1)\n    return 0")
            ),
            (
                "thread-bomb",
                submission(
                    """
                        for _ in 0..<100_000 { Thread { while true { sleep(1) } }.start() }
                        return 0
                    """)
            ),
            ("fork-bomb", submission(spawn("b() { b | b & }; b") + "\n    sleep(30)\n    return 0")),
            (
                "endless-allocation",
                submission(
                    """
                        var chunks: [[UInt8]] = []
                        while true { chunks.append([UInt8](repeating: 1, count: 16 << 20)) }
                    """)
            ),
            (
                "fill-disks",
                submission(
                    """
                        let block = Data(repeating: 7, count: 1 << 20)
                        for folder in ["/tmp", "/dev/shm", "."] {
                            for i in 0..<100_000 {
                                guard FileManager.default.createFile(atPath: "\\(folder)/fill\\(i)", contents: block)
                                else { break }
                            }
                        }
                        return 0
                    """)
            ),
            (
                "flood-output",
                submission(
                    """
                        let line = String(repeating: "spam ", count: 200) + "\\n"
                        for _ in 0..<100_000 { print(line, terminator: "") }
                        return 0
                    """)
            ),
            (
                "read-hidden-tests",
                submission(
                    "    return FileManager.default.contents(atPath: \(literal(hiddenSuite))) == nil ? 0 : a + b")
            ),
            (
                "read-classmate",
                submission("    return FileManager.default.fileExists(atPath: \(literal(classmate))) ? a + b : 0")
            ),
            (
                "read-own-binary",
                submission("    return FileManager.default.contents(atPath: \"/proc/self/exe\") == nil ? 0 : a + b")
            ),
            (
                "network",
                submission(
                    """
                        var address = sockaddr_in()
                        address.sin_family = sa_family_t(AF_INET)
                        address.sin_port = in_port_t(\(port)).bigEndian
                        address.sin_addr.s_addr = inet_addr("127.0.0.1")
                        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
                        let connected = withUnsafePointer(to: &address) {
                            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                                connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                            }
                        }
                        return connected == 0 ? a + b : 0
                    """)
            ),
            ("kill-everyone", submission("    kill(-1, SIGKILL)\n    return 0")),
            (
                "kill-parent",
                submission("    kill(getppid(), SIGKILL)\n    kill(getpgrp() * -1, SIGKILL)\n    return 0")
            ),
        ]
    }
}
