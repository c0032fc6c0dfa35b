import Foundation
import GraderModel

/// One graded exercise of a course, as grader.yml and `Exercises/<id>/` describe it.
public struct Exercise: Sendable, Equatable {
    public var id: String
    /// The Swift module students write: the single folder in `Exercises/<id>/Sources/`.
    public var module: String
    public var points: Double
    public var due: Date?
    /// The late policy: the course's, or this exercise's own `late:`.
    public var late: LatePolicy
    public var limits: Limits
    /// Relative weights of hidden tests by `Class.testMethod`; a test not named weighs 1.
    public var weights: [String: Double]
    /// `Exercises/<id>/`.
    public var folder: URL
    /// What the rules on student code let this exercise do (grader.yml `allow:`); empty: every rule.
    public var allowances: Set<Allowance>

    public init(
        id: String, module: String, points: Double, due: Date? = nil, limits: Limits = .defaults,
        weights: [String: Double] = [:], folder: URL, late: LatePolicy = .defaults,
        allowances: Set<Allowance> = []
    ) {
        self.id = id
        self.module = module
        self.points = points
        self.due = due
        self.late = late
        self.limits = limits
        self.weights = weights
        self.folder = folder
        self.allowances = allowances
    }

    /// Where the hidden suite lives: `Exercises/<id>/Tests/<Module>Tests/`.
    public var hiddenTestsFolder: URL {
        folder.appendingPathComponent("Tests/\(module)Tests", isDirectory: true)
    }

    /// The starter code students begin from: `Exercises/<id>/Sources/<Module>/`.
    public var starterFolder: URL {
        folder.appendingPathComponent("Sources/\(module)", isDirectory: true)
    }

    /// The reference solution: `Solutions/<id>/Sources/<Module>/` beside `Exercises/`.
    public var referenceFolder: URL {
        folder.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Solutions/\(id)/Sources/\(module)", isDirectory: true)
    }

    /// Where students' files for this exercise live in their repository.
    public var studentSourcePath: String { "Sources/\(module)" }
}
