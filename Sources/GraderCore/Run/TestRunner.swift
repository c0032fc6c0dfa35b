import Foundation
import GraderModel
import GraderSandbox

/// Runs a compiled hidden suite: once for the whole suite, then once for each test the first run
/// never reached (after a crash, an `exit` or a timeout), so one bad test costs only itself.
struct TestRunner: Sendable {
    var processRunner: ProcessRunner
    var sandbox: Sandbox

    func run(
        binary: URL, testModule: String, suite: TestSuite, limits: Limits, folder: URL
    ) async throws -> SuiteOutcome {
        let names = suite.testNames
        var outcome = SuiteOutcome(verdicts: [:], output: "", forgedLines: 0)
        let first = try await runOnce(
            binary: binary, filter: nil, expected: names, limits: limits, folder: folder)
        outcome.output = first.output
        outcome.forgedLines += first.forgedLines
        outcome.verdicts = first.verdicts
        for name in names where outcome.verdicts[name] == nil {
            let filter = "\(testModule).\(name.replacingOccurrences(of: ".", with: "/"))"
            let single = try await runOnce(
                binary: binary, filter: filter, expected: [name], limits: limits, folder: folder)
            outcome.forgedLines += single.forgedLines
            outcome.verdicts[name] =
                single.verdicts[name]
                ?? TestVerdict(
                    status: .notRun,
                    message: "the test never started: \(single.output.isEmpty ? "no output" : single.output)")
        }
        return outcome
    }

    /// One process. Verdicts only for tests it settled; the others are left out.
    private func runOnce(
        binary: URL, filter: String?, expected: [String], limits: Limits, folder: URL
    ) async throws -> SuiteOutcome {
        let testLimit = limits.test
        let timeout = testLimit * expected.count + .seconds(10)
        let run = try sandbox.prepare(
            binary: binary,
            limits: SandboxLimits(
                memory: limits.memory, cpuSeconds: Int((limits.cpu ?? timeout).seconds.rounded(.up)),
                processes: limits.processes, fileSize: limits.fileSize, openFiles: limits.openFiles))
        defer { run.finish() }
        let channel = try ResultChannel(folder: run.folder, folderInside: run.folderInside, known: Set(expected))
        run.handOver(channel.path)
        let spec = run.spec(
            arguments: filter.map { [$0] } ?? [], standardInput: channel.handshake, timeout: timeout,
            outputCap: limits.output)
        let process = try await processRunner.run(spec) {
            let state = channel.poll()
            guard let running = state.running, let started = state.tests[running]?.startedAt
            else { return false }
            return ContinuousClock.now - started > testLimit
        }
        let state = channel.poll()
        var outcome = SuiteOutcome(
            verdicts: [:], output: Self.combined(process), forgedLines: state.forgedLines)

        for name in expected {
            guard let events = state.tests[name], events.startedAt != nil || events.ending != nil else {
                if state.done && filter == nil {
                    outcome.verdicts[name] = TestVerdict(
                        status: .notRun, message: "the suite finished without running this test")
                }
                continue
            }
            if events.duplicateEnds > 0 {
                outcome.verdicts[name] = TestVerdict(
                    status: .failed,
                    message: "this test's result was reported more than once: suspected forgery, not counted")
            } else if let ending = events.ending {
                outcome.verdicts[name] = Self.verdict(ending: ending, events: events)
            } else if process.stoppedBy == .watcher || process.stoppedBy == .timeout {
                outcome.verdicts[name] = TestVerdict(
                    status: .timeout,
                    message: "took longer than \(Self.format(testLimit)) (an endless loop or a deadlock?)")
            } else {
                let message = TerminationText.describe(
                    process, limits: limits, hit: run.limitsHit(), viaExitStatus: sandbox.level == .bubblewrap)
                outcome.verdicts[name] = TestVerdict(
                    status: .crashed, message: message, duration: nil)
            }
        }
        return outcome
    }

    private static func verdict(ending: String, events: ResultChannel.TestEvents) -> TestVerdict {
        switch ending {
        case "passed" where events.failures.isEmpty:
            return TestVerdict(status: .passed, duration: events.duration)
        case "skipped":
            return TestVerdict(status: .notRun, message: "the test was skipped", duration: events.duration)
        default:
            let message = events.failures.isEmpty ? "the test failed" : events.failures.joined(separator: "\n")
            return TestVerdict(status: .failed, message: message, duration: events.duration)
        }
    }

    static func combined(_ process: ProcessOutcome) -> String {
        [process.standardOutput, process.standardError]
            .filter { !$0.bytes.isEmpty || $0.isTruncated }
            .map(\.text)
            .joined(separator: "\n")
    }

    static func format(_ duration: Duration) -> String {
        let seconds = duration.seconds
        return seconds == seconds.rounded() ? "\(Int(seconds))s" : String(format: "%.1fs", seconds)
    }
}
