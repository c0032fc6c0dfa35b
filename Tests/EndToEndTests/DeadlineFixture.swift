import Foundation
import GraderCore
import GraderModel
import GraderTestSupport

/// The fixture course graded against a deadline, once for the whole suite: fake students push at
/// controlled commit dates, snapshots with an injected clock see them at controlled times, then
/// `Grader` grades on-time-only and latest-with-penalty runs through the real pipeline.
struct DeadlineFixture: Sendable {
    static let due = Date(timeIntervalSince1970: 1_796_687_940)  // 2026-12-07T23:59:00Z
    static let hour: TimeInterval = 3600
    static let day: TimeInterval = 86_400
    static let penalty = LatePolicy(kind: .latestWithPenalty, grace: 900, penaltyPerDay: 10, maxDays: 5)
    static let partial = FixtureCourse.solution.replacingOccurrences(of: "n % 2 == 0", with: "n % 2 == 1")

    let course: FixtureCourse
    let onTimeOnly: [String: StudentResult]
    let withPenalty: [String: StudentResult]
    let regrade: StudentResult
    /// Commits by name ("ontime/correct", "forcepush/partial", …).
    let commits: [String: String]

    static let shared = Task { try await DeadlineFixture.make() }

    static func make() async throws -> DeadlineFixture {
        let course = try FixtureCourse(testLimit: "2s")
        var repos: [String: GitFixture] = [:]
        var commits: [String: String] = [:]
        func repo(_ name: String) throws -> GitFixture {
            if let repo = repos[name] { return repo }
            let repo = try GitFixture(at: course.folder.url.appendingPathComponent("students/\(name)"))
            repos[name] = repo
            return repo
        }
        /// Commits `source` (nil: a README only) to `name`'s repository with that commit date.
        func push(_ name: String, _ label: String, _ source: String?, dated offset: TimeInterval) throws {
            let repo = try repo(name)
            if let source {
                try repo.write(source, to: "Sources/Calc/Calc.swift")
            } else {
                try repo.write(name, to: "README.md")
            }
            commits["\(name)/\(label)"] = try repo.commit(label, date: due + offset)
        }
        let names = [
            "ontime", "forcepush", "forged", "lateonly", "extended", "unverified", "hours", "days", "capped",
            "forgedlate",
        ]
        let rows = names.map { "\($0),\($0)-gh,,Student \($0),students/\($0)" } + ["erin,,,Erin Notyet,"]
        try course.folder.write(
            (["identifier,github_username,github_id,name,repository"] + rows).joined(separator: "\n") + "\n",
            to: "roster.csv")
        try course.folder.write("identifier,exercise,due\nextended,*,2026-12-09T23:59:00Z\n", to: "extensions.csv")
        var loaded = try ConfigLoader.load(course.configFile)
        loaded.repositoryTemplate = "students/{github_username}"
        loaded.extensions = course.folder.url.appendingPathComponent("extensions.csv")
        let roster = try Roster.load(for: loaded)
        let byName = Dictionary(uniqueKeysWithValues: roster.students.map { ($0.identifier, $0) })
        func snapshot(_ names: [String], at offset: TimeInterval) async throws {
            _ = try await Snapshotter(
                students: names.compactMap { byName[$0] }, stateFolder: loaded.stateFolder, now: { due + offset }
            ).run()
        }

        // Before the deadline.
        try push("ontime", "correct", FixtureCourse.solution, dated: -day)
        try push("forcepush", "base", nil, dated: -2 * day)
        try push("forcepush", "correct", FixtureCourse.solution, dated: -day)
        try push("forged", "partial", partial, dated: -day)
        try push("extended", "partial", partial, dated: -day)
        try await snapshot(["ontime", "forcepush", "forged", "extended"], at: -hour)
        // After it: a rewrite, a commit dated two days early, a first push, work in the extension.
        try repo("forcepush").resetHard(to: commits["forcepush/base"]!)
        try push("forcepush", "partial", partial, dated: 2 * hour)
        try push("forged", "correct", FixtureCourse.solution, dated: -2 * day)
        try push("lateonly", "correct", FixtureCourse.solution, dated: hour)
        try push("extended", "correct", FixtureCourse.solution, dated: day)
        try await snapshot(["forcepush", "forged", "lateonly", "extended"], at: day)
        // Never snapshotted: only commit dates say when.
        try push("unverified", "correct", FixtureCourse.solution, dated: -hour)
        try push("unverified", "partial", partial, dated: hour)
        // Late by hours, by days, past the cap, and a forged date seen an hour late.
        try push("hours", "correct", FixtureCourse.solution, dated: 3 * hour)
        try await snapshot(["hours"], at: 3 * hour)
        try push("days", "partial", partial, dated: 2 * day)
        try await snapshot(["days"], at: 2 * day + hour)
        try push("capped", "correct", FixtureCourse.solution, dated: 6 * day)
        try await snapshot(["capped"], at: 6 * day)
        try push("forgedlate", "correct", FixtureCourse.solution, dated: -2 * day)
        try await snapshot(["forgedlate"], at: hour)

        let toolchain = try Toolchain.find()
        let sandbox = try await testSandbox(stateFolder: loaded.stateFolder)
        func grade(_ course: Course, _ students: Set<String>) async throws -> [String: StudentResult] {
            let options = GradingOptions(
                stateFolder: course.stateFolder, jobs: 2, students: students,
                deadlines: try Deadlines.load(course: course, roster: roster, at: due))
            let grader = try Grader(
                course: course, roster: roster, options: options, toolchain: toolchain, sandbox: sandbox)
            return Dictionary(uniqueKeysWithValues: try await grader.run { _ in }.map { ($0.identifier, $0) })
        }
        let onTimeOnly = try await grade(
            loaded, ["ontime", "forcepush", "forged", "lateonly", "extended", "unverified", "erin"])
        var late = loaded
        late.late = penalty
        late.exercises[0].late = penalty
        let withPenalty = try await grade(late, ["hours", "days", "capped", "forgedlate"])
        let regrade = try await grade(late, ["days"])
        return DeadlineFixture(
            course: course, onTimeOnly: onTimeOnly, withPenalty: withPenalty, regrade: regrade["days"]!,
            commits: commits)
    }
}
