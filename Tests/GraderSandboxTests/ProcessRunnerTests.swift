import Foundation
import GraderSandbox
import XCTest

final class ProcessRunnerTests: XCTestCase {
    let runner = ProcessRunner()

    func shell(_ script: String, timeout: Duration = .seconds(10), cap: Int = 1024, input: String = "") -> ProcessSpec {
        ProcessSpec(
            executable: "/bin/bash", arguments: ["-c", script], environment: ["PATH": "/usr/bin:/bin"],
            workingDirectory: NSTemporaryDirectory(), standardInput: Data(input.utf8), timeout: timeout,
            outputCap: cap)
    }

    func testExitStatusAndBothStreams() async throws {
        let outcome = try await runner.run(shell("echo out; echo err >&2; exit 3"))
        XCTAssertEqual(outcome.termination, .exited(3))
        XCTAssertNil(outcome.stoppedBy)
        XCTAssertEqual(outcome.standardOutput.text, "out\n")
        XCTAssertEqual(outcome.standardError.text, "err\n")
    }

    func testStandardInputIsDeliveredAndClosed() async throws {
        let outcome = try await runner.run(shell("cat; echo end", input: "token\n"))
        XCTAssertEqual(outcome.standardOutput.text, "token\nend\n")
    }

    func testOutputPastTheCapIsDrainedAndMarked() async throws {
        // 4 MiB through a pipe: the child never blocks, only the first KiB is kept.
        let outcome = try await runner.run(shell("head -c 4194304 /dev/zero | tr '\\0' x; echo done >&2"))
        XCTAssertEqual(outcome.termination, .exited(0))
        XCTAssertEqual(outcome.standardOutput.bytes.count, 1024)
        XCTAssertEqual(outcome.standardOutput.droppedByteCount, 4_194_304 - 1024)
        XCTAssertTrue(outcome.standardOutput.text.hasSuffix("more bytes of output were not kept]"))
        XCTAssertEqual(outcome.standardError.text, "done\n")
    }

    func testTimeoutKillsTheWholeProcessGroup() async throws {
        let marker = "grade-sleeper-\(UUID().uuidString.prefix(8))"
        // A child that ignores SIGTERM and a grandchild, both sleeping far past the limit.
        let outcome = try await runner.run(
            shell(
                "trap '' TERM; (exec -a \(marker) sleep 300) & exec -a \(marker) sleep 300", timeout: .milliseconds(500)
            ))
        XCTAssertEqual(outcome.stoppedBy, .timeout)
        XCTAssertEqual(outcome.termination, .signaled(SIGKILL))
        XCTAssertLessThan(outcome.duration, 5)
        try await Task.sleep(for: .milliseconds(100))
        XCTAssertEqual(Self.processes(named: marker), [], "processes outlived the timeout")
    }

    func testWatcherEndsTheProcess() async throws {
        let outcome = try await runner.run(shell("sleep 300")) { true }
        XCTAssertEqual(outcome.stoppedBy, .watcher)
    }

    func testLeftoverChildrenAreKilledWhenTheLeaderExits() async throws {
        let marker = "grade-orphan-\(UUID().uuidString.prefix(8))"
        let outcome = try await runner.run(shell("(exec -a \(marker) sleep 300) >/dev/null 2>&1 & exit 0"))
        XCTAssertEqual(outcome.termination, .exited(0))
        try await Task.sleep(for: .milliseconds(100))
        XCTAssertEqual(Self.processes(named: marker), [])
    }

    func testMissingExecutableIsATypedError() async {
        do {
            _ = try await runner.run(
                ProcessSpec(executable: "/nonexistent/tool", workingDirectory: "/", timeout: .seconds(1)))
            XCTFail("a missing executable ran")
        } catch {
            XCTAssertTrue(error.description.contains("/nonexistent/tool"), error.description)
        }
    }

    static func processes(named marker: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? [])
            .filter { $0.allSatisfy(\.isNumber) }
            .compactMap { pid in
                guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
                let command = String(decoding: data, as: UTF8.self)
                return command.hasPrefix(marker) ? pid : nil
            }
    }
}
