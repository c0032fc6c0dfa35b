import Foundation

/// What decides an exercise's results apart from the student's files: the hidden suite and the
/// harness generated for it, the module names, the limits and the rules lifted (`allow:`). Points,
/// weights, deadlines and late penalties are not in it: they are applied to a result after the
/// cache, so changing them needs no rebuild.
struct SuiteFingerprint: Sendable {
    let digest: String

    init(_ suite: PreparedSuite) throws {
        let exercise = suite.exercise
        var hasher = FieldHasher()
        hasher.add("module", exercise.module)
        hasher.add("test-module", suite.testModule)
        hasher.add("allow", exercise.allowances.map(\.rawValue).sorted().joined(separator: ","))
        let limits = exercise.limits
        hasher.add(
            "limits",
            [
                "\(limits.build)", "\(limits.test)", "\(limits.memory)", "\(limits.output)", "\(limits.processes)",
                "\(limits.fileSize)", "\(limits.openFiles)", limits.cpu.map { "\($0)" } ?? "-",
            ].joined(separator: " "))
        hasher.add("tests", suite.suite.testNames.joined(separator: "\n"))
        for file in suite.hiddenFiles {
            hasher.add("hidden", file.lastPathComponent)
            hasher.add("source", try Data(contentsOf: file))
        }
        hasher.add("harness", try Data(contentsOf: suite.harness))
        digest = hasher.finish()
    }
}
