import Foundation

/// The attacks of issue 4 on the sandbox: leaving the process, hanging, exhausting the machine,
/// reading what is not the submission's, reaching the network, shadowing the harness. Where they once
/// used raw pointers (`posix_spawn`, sockets), they now use Foundation, so that with the rules lifted
/// (`calc-open`) they still run and still prove the sandbox.
enum Attacks {
    /// `paths` are secrets the sandbox must hide: the hidden suite, a classmate.
    static func sandbox(hiddenSuite: String, classmate: String, port: UInt16) -> [Attack] {
        [
            Attack(
                name: "exit-zero", source: Attack.submission("    exit(0)"),
                strict: .rejected("no-processes"), open: .contained(.crashed)),
            Attack(
                name: "fake-summary-then-exit",
                source: Attack.submission(
                    """
                        print("Test Case 'CalcTests.testAddSmallNumbers' passed (0.001 seconds)")
                        print("Test Suite 'All tests' passed at 2026-01-01 00:00:00.000")
                        print("\\t Executed 4 tests, with 0 failures (0 unexpected) in 0.001 (0.001) seconds")
                        exit(0)
                    """),
                strict: .rejected("no-processes"), open: .contained(.crashed)),
            Attack(
                name: "xctassert-overload",
                source: Attack.submission(
                    "    return 0", top: "func XCTAssertEqual<T>(_ a: T, _ b: T, _ m: String = \"\") {}"),
                strict: .rejected("no-xctest"), open: .rejected("no-xctest")),
            Attack(
                name: "int-equality-override",
                source: Attack.submission("    return 0", top: "func == (lhs: Int, rhs: Int) -> Bool { true }"),
                strict: .rejected("no-operator-on-standard-types"), open: .rejected("no-operator-on-standard-types")),
            Attack(
                name: "mirror-token-theft",
                source: Attack.submission(
                    """
                        for child in Mirror(reflecting: XCTestObservationCenter.shared).children { print(child) }
                        return 0
                    """),
                strict: .rejected("no-xctest"), open: .rejected("no-xctest")),
            Attack(
                name: "write-every-descriptor",
                source: Attack.submission(
                    """
                        let line = Data("x 2 end CalcTests.testAddSmallNumbers passed 0.001\\nx 3 done 2\\n".utf8)
                        for fd in Int32(3)..<256 {
                            try? FileHandle(fileDescriptor: fd, closeOnDealloc: false).write(contentsOf: line)
                        }
                        return 0
                    """),
                strict: .rejected("no-files"), open: .contained(.failed)),
            Attack(
                name: "fatal-error", source: Attack.submission("    fatalError(\"boom\")"),
                strict: .contained(.crashed), open: .contained(.crashed)),
            Attack(
                name: "endless-loop",
                source: Attack.submission("    var i = 0\n    while a >= 0 { i &+= 1 }\n    return i"),
                strict: .contained(.timeout), open: .contained(.timeout)),
            Attack(
                name: "semaphore-deadlock",
                source: Attack.submission("    let s = DispatchSemaphore(value: 0)\n    s.wait()\n    return a + b"),
                strict: .contained(.timeout), open: .contained(.timeout)),
            Attack(
                name: "ignore-sigterm",
                source: Attack.submission("    signal(SIGTERM, SIG_IGN)\n    while true { sleep(1) }"),
                strict: .rejected("no-signals"), open: .contained(.timeout)),
            Attack(
                name: "setsid-daemon",
                source: Attack.submission(
                    Attack.spawn("setsid sh -c 'trap \"\" TERM HUP; while true; do sleep 1; done' >/dev/null 2>&1 &")
                        + "\n    sleep(1)\n    return 0"),
                strict: .rejected("no-processes"), open: .contained(.failed)),
            Attack(
                name: "thread-bomb",
                source: Attack.submission(
                    """
                        for _ in 0..<100_000 { Thread { while true { sleep(1) } }.start() }
                        return 0
                    """),
                strict: .contained(.crashed), open: .contained(.crashed)),
            Attack(
                name: "fork-bomb",
                source: Attack.submission(Attack.spawn("b() { b | b & }; b") + "\n    sleep(30)\n    return 0"),
                strict: .rejected("no-processes"), open: .contained(.timeout)),
            Attack(
                name: "endless-allocation",
                source: Attack.submission(
                    """
                        var chunks: [[UInt8]] = []
                        while true { chunks.append([UInt8](repeating: 1, count: 16 << 20)) }
                    """),
                strict: .contained(.crashed), open: .contained(.crashed)),
            Attack(
                name: "fill-disks",
                source: Attack.submission(
                    """
                        let block = Data(repeating: 7, count: 1 << 20)
                        for folder in ["/tmp", "/dev/shm", "."] {
                            for i in 0..<100_000 {
                                guard FileManager.default.createFile(atPath: "\\(folder)/fill\\(i)", contents: block)
                                else { break }
                            }
                        }
                        return 0
                    """),
                strict: .rejected("no-files"), open: .contained(.failed)),
            Attack(
                name: "flood-output",
                source: Attack.submission(
                    """
                        let line = String(repeating: "spam ", count: 200) + "\\n"
                        for _ in 0..<100_000 { print(line, terminator: "") }
                        return 0
                    """),
                strict: .contained(.failed), open: .contained(.failed)),
            Attack(
                name: "read-hidden-tests",
                source: Attack.submission(
                    "    return FileManager.default.contents(atPath: \(Attack.literal(hiddenSuite))) == nil ? 0 : a + b"
                ),
                strict: .rejected("no-files"), open: .contained(.failed)),
            Attack(
                name: "read-classmate",
                source: Attack.submission(
                    "    return FileManager.default.fileExists(atPath: \(Attack.literal(classmate))) ? a + b : 0"),
                strict: .rejected("no-files"), open: .contained(.failed)),
            Attack(
                name: "read-own-binary",
                source: Attack.submission(
                    "    return FileManager.default.contents(atPath: \"/proc/self/exe\") == nil ? 0 : a + b"),
                strict: .rejected("no-files"), open: .contained(.failed)),
            Attack(
                name: "network",
                source: Attack.submission(
                    """
                        let process = Process()
                        process.executableURL = URL(fileURLWithPath: "/bin/bash")
                        process.arguments = ["-c", "echo hello > /dev/tcp/127.0.0.1/\(port)"]
                        try? process.run()
                        process.waitUntilExit()
                        return process.terminationStatus == 0 ? a + b : 0
                    """),
                strict: .rejected("no-processes"), open: .contained(.failed)),
            Attack(
                name: "kill-everyone", source: Attack.submission("    kill(-1, SIGKILL)\n    return 0"),
                strict: .rejected("no-processes"), open: .contained(.failed)),
            Attack(
                name: "kill-parent",
                source: Attack.submission(
                    "    kill(getppid(), SIGKILL)\n    kill(getpgrp() * -1, SIGKILL)\n    return 0"),
                strict: .rejected("no-processes"), open: .contained(.failed)),
        ]
    }
}
