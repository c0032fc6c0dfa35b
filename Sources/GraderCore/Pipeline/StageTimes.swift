import Foundation
import GraderSandbox
import Synchronization

/// Where a grading's time went, stage by stage, summed over every job (`grade --timings`): what a
/// user needs to see before deciding what to make faster, and how `scripts/bench-rules` measures
/// what the checks on student code cost.
public final class StageTimes: Sendable {
    /// The stages of one student × exercise job, in pipeline order.
    public enum Stage: String, CaseIterable, Sendable {
        case stage = "stage files"
        case sourceRules = "source rules"
        case compileStudent = "compile student module"
        case objectCheck = "object check"
        case prebuildSuite = "prebuild suite (once)"
        case linkTests = "compile suite and link"
        case link = "link with prebuilt suite"
        case runTests = "run tests"
    }

    public struct Total: Sendable, Equatable {
        /// How many times the stage ran.
        public var count = 0
        public var seconds = 0.0
    }

    private let totals = Mutex([Stage: Total]())

    public init() {}

    /// Runs `body`, adding its wall time to `stage`.
    func measure<T>(_ stage: Stage, _ body: () async throws -> T) async rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer { add(stage, seconds: (clock.now - start).seconds) }
        return try await body()
    }

    /// Runs `body` (synchronous), adding its wall time to `stage`.
    func measure<T>(_ stage: Stage, _ body: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        let start = clock.now
        defer { add(stage, seconds: (clock.now - start).seconds) }
        return try body()
    }

    func add(_ stage: Stage, seconds: Double) {
        totals.withLock {
            $0[stage, default: Total()].count += 1
            $0[stage, default: Total()].seconds += seconds
        }
    }

    /// The totals so far, by stage.
    public var snapshot: [Stage: Total] { totals.withLock { $0 } }

    /// A table for people: one line per stage that ran, with its count, total and mean.
    public var table: String {
        let totals = snapshot
        var lines = ["stage                     runs   total s   ms/run"]
        for stage in Stage.allCases {
            guard let total = totals[stage], total.count > 0 else { continue }
            lines.append(
                stage.rawValue.padding(toLength: 24, withPad: " ", startingAt: 0)
                    + String(
                        format: " %6d %9.2f %8.1f", total.count, total.seconds,
                        total.seconds * 1000 / Double(total.count)))
        }
        return lines.joined(separator: "\n")
    }
}
