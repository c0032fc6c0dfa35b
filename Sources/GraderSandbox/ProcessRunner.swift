import Foundation
import Subprocess
import SystemPackage

#if canImport(Glibc)
    import Glibc
#endif

/// Runs one process in a process group of its own, with a wall-clock limit, capped output and a
/// watcher that may end it early. When it returns, nothing of the process group is left running.
public struct ProcessRunner: Sendable {
    /// How often the watcher and the deadline are looked at.
    public var pollInterval: Duration

    public init(pollInterval: Duration = .milliseconds(25)) {
        self.pollInterval = pollInterval
    }

    /// Runs `spec`. `watcher` is called every poll interval while the process runs; when it returns
    /// `true` the process group is killed and the outcome says `.watcher`.
    public func run(
        _ spec: ProcessSpec,
        watcher: (@Sendable () -> Bool)? = nil
    ) async throws(SandboxError) -> ProcessOutcome {
        var options = PlatformOptions()
        options.processGroupID = 0  // a group of its own, so one kill reaches every descendant
        options.teardownSequence = [.send(signal: .kill, toProcessGroup: true, allowedDurationToNextStep: .zero)]
        let environment = spec.environment.map { Array("\($0.key)=\($0.value)\0".utf8) }
        let started = ContinuousClock.now
        let pollInterval = self.pollInterval

        do {
            let result = try await Subprocess.run(
                .path(FilePath(spec.executable)),
                arguments: Arguments(spec.arguments),
                environment: .custom(environment),
                workingDirectory: FilePath(spec.workingDirectory),
                platformOptions: options,
                input: .data(spec.standardInput),
                output: .sequence,
                error: .sequence
            ) { execution in
                let pid = execution.processIdentifier.value
                let deadline = started + spec.timeout
                return await withTaskGroup(of: ProcessOutcome.Stop?.self) { group in
                    group.addTask {
                        // The watchdog: ends the group on timeout or when the watcher asks.
                        while !Task.isCancelled {
                            try? await Task.sleep(for: pollInterval)
                            if Task.isCancelled { return nil }
                            let reason: ProcessOutcome.Stop? =
                                if ContinuousClock.now >= deadline { .timeout } else if watcher?() == true {
                                    .watcher
                                } else { nil }
                            if let reason {
                                kill(-pid, SIGKILL)
                                return reason
                            }
                        }
                        return nil
                    }
                    async let out = Self.collect(execution.standardOutput, cap: spec.outputCap)
                    async let err = Self.collect(execution.standardError, cap: spec.outputCap)
                    let captured = await (out, err)
                    group.cancelAll()
                    let reason = await group.next() ?? nil
                    // Whatever the process left behind in its group (children, grandchildren) ends now,
                    // while the unreaped leader still keeps the group id from being reused.
                    kill(-pid, SIGKILL)
                    return (captured.0, captured.1, reason)
                }
            }
            let stop = result.closureResult.2 ?? (Task.isCancelled ? .cancelled : nil)
            let termination: ProcessOutcome.Termination =
                switch result.terminationStatus {
                case .exited(let code): .exited(code)
                case .signaled(let signal): .signaled(signal)
                }
            return ProcessOutcome(
                termination: termination,
                stoppedBy: stop,
                standardOutput: result.closureResult.0,
                standardError: result.closureResult.1,
                duration: (ContinuousClock.now - started).seconds
            )
        } catch {
            throw SandboxError(executable: spec.executable, reason: "\(error)")
        }
    }

    private static func collect(_ stream: SubprocessOutputSequence, cap: Int) async -> CapturedOutput {
        var captured = CapturedOutput(cap: cap)
        do {
            for try await buffer in stream {
                buffer.withUnsafeBytes { captured.append($0) }
            }
        } catch {
            // The process ended while a descendant still held the pipe: what was read is kept.
        }
        return captured
    }
}

extension Duration {
    /// This duration in seconds, as a `Double`.
    public var seconds: Double {
        let (s, attoseconds) = components
        return Double(s) + Double(attoseconds) / 1e18
    }
}
