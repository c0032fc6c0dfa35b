import Foundation
import GraderSandbox
import XCTest

/// The sandbox itself, with /bin/sh standing in for a test binary. Run as root with bubblewrap
/// installed (as CI does), every layer is checked; elsewhere the test fails rather than skip.
final class SandboxTests: XCTestCase {
    var state: URL!

    override func setUpWithError() throws {
        state = FileManager.default.temporaryDirectory.appendingPathComponent("grade-sandbox-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: state, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(at: state)
    }

    func shell(
        _ script: String, in sandbox: Sandbox, limits: SandboxLimits = SandboxLimits(memory: 256 << 20, cpuSeconds: 10)
    ) async throws -> (ProcessOutcome, hit: [String]) {
        let run = try sandbox.prepare(binary: URL(fileURLWithPath: "/bin/sh"), limits: limits)
        defer { run.finish() }
        let outcome = try await ProcessRunner().run(
            run.spec(arguments: ["-c", script], standardInput: Data(), timeout: .seconds(20), outputCap: 64 * 1024))
        return (outcome, run.limitsHit())
    }

    func sandbox() async throws -> Sandbox {
        try await Sandbox.make(.auto, libraries: [], stateFolder: state)
    }

    func testAutoPicksBubblewrapAndAUserOfItsOwn() async throws {
        let sandbox = try await sandbox()
        XCTAssertEqual(sandbox.level, .bubblewrap, sandbox.warning ?? "")
        XCTAssertNil(sandbox.warning)
        let (outcome, _) = try await shell("id -u; echo $HOME; pwd; env | sort", in: sandbox)
        let lines = outcome.standardOutput.text.split(separator: "\n")
        XCTAssertGreaterThanOrEqual(UInt32(lines.first ?? "") ?? 0, 2_000_000_000, "runs as a user of its own")
        XCTAssertEqual(lines.dropFirst().first, "/grade")
        XCTAssertEqual(lines.dropFirst(2).first, "/work")
        XCTAssertTrue(lines.contains("TZ=UTC"), "\(lines)")
        XCTAssertFalse(
            lines.contains { $0.hasPrefix("SWIFTC=") || $0.hasPrefix("USER=") }, "the environment is cleared")
    }

    func testOnlyTheRunFolderAndTheSystemAreVisible() async throws {
        let sandbox = try await sandbox()
        let secret = state.appendingPathComponent("secret.txt")
        try "hidden".write(to: secret, atomically: true, encoding: .utf8)
        let (outcome, _) = try await shell(
            "ls /grade; cat \(secret.path) && echo LEAK; cat /grade/tests >/dev/null && echo READ; touch /usr/x && echo WROTE; echo done",
            in: sandbox)
        let out = outcome.standardOutput.text
        XCTAssertTrue(out.contains("tests"), out)
        XCTAssertFalse(out.contains("LEAK"), "a host file is visible: \(out)")
        XCTAssertFalse(out.contains("READ"), "the test binary is readable: \(out)")
        XCTAssertFalse(out.contains("WROTE"), "/usr is writable: \(out)")
        XCTAssertTrue(out.contains("done"))
    }

    func testScratchSpaceIsSmallAndPrivate() async throws {
        let sandbox = try await sandbox()
        let (outcome, _) = try await shell(
            "head -c 67108864 /dev/zero > /tmp/big || echo FULL; head -c 67108864 /dev/zero > big || echo FULL",
            in: sandbox)
        XCTAssertEqual(outcome.standardOutput.text, "FULL\nFULL\n", outcome.standardError.text)
    }

    func testProcessLimitIsNamedAndEveryProcessEnds() async throws {
        let sandbox = try await sandbox()
        XCTAssertTrue(sandbox.usesCgroups, "cgroups are writable here as root")
        let marker = "61.\(Int.random(in: 100_000...999_999))"
        let (outcome, hit) = try await shell(
            "i=0; while [ $i -lt 200 ]; do sleep \(marker) & i=$((i+1)); done; echo started",
            in: sandbox, limits: SandboxLimits(memory: 256 << 20, cpuSeconds: 10, processes: 32))
        // The per-user process limit or the cgroup's, whichever the kernel meets first, stops the bomb.
        let refused = outcome.standardError.text.contains("fork") || hit.contains("processes")
        XCTAssertTrue(refused, "\(hit) \(outcome.standardError.text.prefix(300))")
        try await Task.sleep(for: .milliseconds(100))
        let alive = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).filter { pid in
            (FileManager.default.contents(atPath: "/proc/\(pid)/cmdline").map { String(decoding: $0, as: UTF8.self) }
                ?? "")
                .contains(marker)
        }
        XCTAssertEqual(alive, [], "processes outlived the run")
    }

    func testTheResultFileIsHandedOverWriteOnlyAndCannotBeReopened() async throws {
        let sandbox = try await sandbox()
        let results = state.appendingPathComponent("sandbox/results-test")
        XCTAssertTrue(
            FileManager.default.createFile(atPath: results.path, contents: nil, attributes: [.posixPermissions: 0o600]))
        let run = try sandbox.prepare(
            binary: URL(fileURLWithPath: "/bin/sh"), limits: SandboxLimits(memory: 256 << 20, cpuSeconds: 10))
        defer { run.finish() }
        XCTAssertEqual(run.privateFolder.path, results.deletingLastPathComponent().path)
        let script = """
            echo line >&3 && echo WROTE
            cat <&3 && echo READ3
            cat /proc/self/fd/3 && echo REOPENED
            echo x >> /proc/self/fd/3 && echo APPENDED
            ls \(results.deletingLastPathComponent().path) && echo LISTED
            echo end
            """
        let outcome = try await ProcessRunner().run(
            run.spec(
                arguments: ["-c", script], standardInput: Data(), timeout: .seconds(20), outputCap: 64 * 1024,
                resultFile: results.path))
        let out = outcome.standardOutput.text
        XCTAssertTrue(out.contains("WROTE"), "descriptor 3 is open for writing: \(out) \(outcome.standardError.text)")
        XCTAssertFalse(out.contains("READ3"), "descriptor 3 is readable: \(out)")
        XCTAssertFalse(out.contains("REOPENED"), "the result file could be reopened for reading: \(out)")
        XCTAssertFalse(out.contains("APPENDED"), "the result file could be reopened through /proc: \(out)")
        XCTAssertFalse(out.contains("LISTED"), "the grader's folder is visible: \(out)")
        XCTAssertTrue(out.contains("end"))
        XCTAssertEqual(try String(contentsOf: results, encoding: .utf8), "line\n")
    }

    func testNoNetwork() async throws {
        let sandbox = try await sandbox()
        let (outcome, _) = try await shell("cat /proc/net/dev | tail -n +3 | cut -d: -f1 | tr -d ' '", in: sandbox)
        XCTAssertEqual(outcome.standardOutput.text, "lo\n", "only a loopback of its own")
    }
}
