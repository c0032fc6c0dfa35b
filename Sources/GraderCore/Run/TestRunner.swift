import Foundation
import GraderModel
import GraderSandbox

/// Runs a compiled hidden suite: once for the whole suite, then again for what that run left
/// unsettled, so one bad test costs only itself.
///
/// A pass counts only from a run that ended the harness's way (`done` with the right line count,
/// then the one-time exit status, nothing forged). When a run ends any other way (a crash, an
/// `exit`, a timeout, forged lines), the tests it said passed are run again together, and if that
/// run does not end cleanly either, one at a time; tests it never reached are run one at a time.
struct TestRunner: Sendable {
    var processRunner: ProcessRunner
    var sandbox: Sandbox

    /// What one process settled.
    struct RunResult: Sendable {
        /// Tests whose verdict this run settled.
        var verdicts: [String: TestVerdict] = [:]
        /// Tests that ended passed in a run that did not end cleanly: not counted yet.
        var unconfirmed: [String] = []
        var output = ""
        var forgedLines = 0
        /// How the process ended, in words, when it did not end the harness's way.
        var uncleanEnding: String?
    }

    func run(
        binary: TestBinary, testModule: String, suite: TestSuite, limits: Limits, folder: URL
    ) async throws -> SuiteOutcome {
        let names = suite.testNames
        func filter(_ tests: [String]) -> [String] {
            HarnessGenerator.arguments(running: tests, of: suite, testModule: testModule)
        }
        let first = try await runOnce(binary: binary, filter: nil, expected: names, limits: limits)
        var outcome = SuiteOutcome(verdicts: first.verdicts, output: first.output, forgedLines: first.forgedLines)
        if first.unconfirmed.count > 1 {
            let again = try await runOnce(
                binary: binary, filter: filter(first.unconfirmed), expected: first.unconfirmed, limits: limits)
            outcome.forgedLines += again.forgedLines
            outcome.verdicts.merge(again.verdicts) { _, new in new }
        }
        for name in names where outcome.verdicts[name] == nil {
            let single = try await runOnce(binary: binary, filter: filter([name]), expected: [name], limits: limits)
            outcome.forgedLines += single.forgedLines
            if let verdict = single.verdicts[name] {
                outcome.verdicts[name] = verdict
            } else if single.unconfirmed.contains(name) {
                outcome.verdicts[name] = TestVerdict(
                    status: single.forgedLines > 0 ? .failed : .crashed,
                    message: "the test reported success, but its process then "
                        + (single.uncleanEnding ?? "did not end normally") + ": not counted")
            } else {
                outcome.verdicts[name] = TestVerdict(
                    status: .notRun,
                    message: "the test never started: \(single.output.isEmpty ? "no output" : single.output)")
            }
        }
        return outcome
    }

    /// One process.
    private func runOnce(binary: TestBinary, filter: [String]?, expected: [String], limits: Limits) async throws
        -> RunResult
    {
        let testLimit = limits.test
        let timeout = testLimit * expected.count + .seconds(10)
        let run = try sandbox.prepare(
            binary: binary.executable, libraries: binary.libraries,
            limits: SandboxLimits(
                memory: limits.memory, cpuSeconds: Int((limits.cpu ?? timeout).seconds.rounded(.up)),
                processes: limits.processes, fileSize: limits.fileSize, openFiles: limits.openFiles))
        defer { run.finish() }
        let channel = try ResultChannel(folder: run.privateFolder, known: Set(expected))
        let spec = run.spec(
            arguments: filter ?? [], standardInput: channel.handshake, timeout: timeout,
            outputCap: limits.output, resultFile: channel.path)
        let process = try await processRunner.run(spec) {
            let state = channel.poll()
            guard let running = state.running, let started = state.tests[running]?.startedAt
            else { return false }
            return ContinuousClock.now - started > testLimit
        }
        let state = channel.poll()
        if !state.ready, case .exited(HarnessGenerator.noChannelStatus) = process.termination {
            throw TestRunnerError(
                problem: "the test harness found no result channel: \(process.standardError.text.prefix(500))")
        }
        var result = RunResult(output: Self.combined(process), forgedLines: state.forgedLines)
        let clean =
            state.ready && state.done && !state.sequenceBroken && state.forgedLines == 0
            && process.stoppedBy == nil && process.termination == .exited(channel.exitStatus)
        if !clean {
            result.uncleanEnding = uncleanEnding(process, state: state, limits: limits, hit: run.limitsHit())
        }

        for name in expected {
            guard let events = state.tests[name], events.startedAt != nil || events.ending != nil else {
                if clean && filter == nil {
                    result.verdicts[name] = TestVerdict(
                        status: .notRun, message: "the suite finished without running this test")
                }
                continue
            }
            if events.duplicateEnds > 0 {
                result.verdicts[name] = TestVerdict(
                    status: .failed,
                    message: "this test's result was reported more than once: suspected forgery, not counted")
            } else if let ending = events.ending {
                if ending == "passed" && events.failures.isEmpty && !clean {
                    result.unconfirmed.append(name)
                } else {
                    result.verdicts[name] = Self.verdict(ending: ending, events: events)
                }
            } else if process.stoppedBy == .watcher || process.stoppedBy == .timeout {
                result.verdicts[name] = TestVerdict(
                    status: .timeout,
                    message: "took longer than \(Self.format(testLimit)) (an endless loop or a deadlock?)")
            } else {
                let message = TerminationText.describe(
                    process, limits: limits, hit: run.limitsHit(), viaExitStatus: sandbox.level == .bubblewrap)
                result.verdicts[name] = TestVerdict(status: .crashed, message: message, duration: nil)
            }
        }
        return result
    }

    /// How a run that did not end the harness's way ended, in words.
    private func uncleanEnding(
        _ process: ProcessOutcome, state: ResultChannel.State, limits: Limits, hit: [String]
    ) -> String {
        if state.sequenceBroken || state.forgedLines > 0 {
            return "wrote \(state.forgedLines) line(s) into the result channel that did not come from the harness"
                + " (suspected forgery)"
        }
        if process.stoppedBy == .watcher || process.stoppedBy == .timeout {
            return "ran past the time limit and was stopped"
        }
        let said = TerminationText.describe(
            process, limits: limits, hit: hit, viaExitStatus: sandbox.level == .bubblewrap)
        return state.done ? "ended on its own after the tests (\(said))" : "ended before the suite finished (\(said))"
    }

    private static func verdict(ending: String, events: ResultChannel.TestEvents) -> TestVerdict {
        switch ending {
        case "passed" where events.failures.isEmpty:
            return TestVerdict(status: .passed, duration: events.duration)
        case "skipped":
            let reason = events.failures.joined(separator: "\n")
            return TestVerdict(
                status: .notRun, message: reason.isEmpty ? "the test was skipped" : "the test was skipped: \(reason)",
                duration: events.duration)
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
