import Foundation
import GraderCore
import GraderModel
import GraderSandbox
import GraderTestSupport
import Synchronization
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// Every known attack on a grader, one fake student each, graded end to end one after another, three
/// times: under the course's rules (`calc`), with every rule an instructor can lift lifted except
/// `unsafe` (`calc-open`), so the result channel and the sandbox are proven without the rules in
/// front of them, and the same again with the hidden suite written in Swift Testing (`calc-testing`). No attack earns a point for `add`; the other tests of the same submission are still
/// graded; nothing is left running; honest students before and after get full marks.
final class AttackSuiteTests: XCTestCase {
    struct Graded: Sendable {
        let results: [String: StudentResult]
        /// Seconds from the previous student's verdict to this one's (jobs = 1, roster order).
        let seconds: [String: Double]
        let order: [String]
        let sandbox: String
        let stateFolder: URL
        let connections: Int
        let configFile: URL
        let rosterFile: URL
    }

    static let openAllowances = [
        "files", "processes", "signals", "environment", "network", "dynamic-loading", "system",
    ]

    static let graded = Task { try await AttackSuiteTests.grade() }

    /// The fixture's hidden suite in Swift Testing, test for test (`CalcTests.testAddSmallNumbers()`…).
    static let swiftTestingSuite = """
        import Testing
        @testable import Calc

        struct CalcTests {
            @Test func testAddSmallNumbers() { #expect(add(2, 3) == 5, "add(2, 3) should be 5") }
            @Test func testAddNegativeNumbers() throws { #expect(add(-2, -3) == -5, "add(-2, -3) should be -5") }
            @Test(arguments: [4, 7]) func testIsEven(n: Int) { #expect(isEven(n) == (n == 4), "\\(n)") }
            @Test func testHalf() async { #expect(half(7) == 3, "half(7) should drop the remainder") }
        }

        """

    static func attacks(course: FixtureCourse? = nil, port: UInt16 = 0) -> [Attack] {
        let root = course?.folder.url.path ?? "/nonexistent"
        return Attacks.sandbox(
            hiddenSuite: "\(root)/Exercises/calc/Tests/CalcTests/CalcTests.swift",
            classmate: "\(root)/.grade/repos/classmate",
            port: port) + ForgeryAttacks.all + SwiftTestingAttacks.all
    }

    static func grade() async throws -> Graded {
        let course = try FixtureCourse(testLimit: "2s")
        try course.folder.write(
            """
            course: attacks
            roster: roster.csv
            exercises:
              - id: calc
                points: 10
              - id: calc-open
                points: 10
                allow: [\(openAllowances.joined(separator: ", "))]
              - id: calc-testing
                points: 10
                allow: [\(openAllowances.joined(separator: ", "))]
            limits: {build: 120s, test: 2s, memory: 512MiB, output: 16KiB}

            """, to: "grader.yml")
        for file in ["README.md", "Sources/Calc/Calc.swift", "Tests/CalcTests/CalcTests.swift"] {
            let text = try String(
                contentsOf: course.folder.url.appendingPathComponent("Exercises/calc/\(file)"), encoding: .utf8)
            try course.folder.write(text, to: "Exercises/calc-open/\(file)")
            if file != "Tests/CalcTests/CalcTests.swift" {
                try course.folder.write(text, to: "Exercises/calc-testing/\(file)")
            }
        }
        try course.folder.write(swiftTestingSuite, to: "Exercises/calc-testing/Tests/CalcTests/CalcTests.swift")
        let listener = try LoopbackListener()
        var rows: [(identifier: String, repository: String)] = []
        let students =
            [("classmate", FixtureCourse.solution)]
            + attacks(course: course, port: listener.port).map { ($0.name, $0.source) }
            // Not the classmate's bytes: the control is graded after every attack, not taken from the cache.
            + [("control", FixtureCourse.solution + "// the control, graded last\n")]
        for (identifier, source) in students {
            let repo = try GitFixture(at: course.folder.url.appendingPathComponent("students/\(identifier)"))
            try repo.write(source, to: "Sources/Calc/Calc.swift")
            _ = try repo.commit(identifier)
            rows.append((identifier, repo.path))
        }
        try course.writeRoster(rows)
        let stateFolder = course.folder.url.appendingPathComponent(".grade")
        let loaded = try ConfigLoader.load(course.configFile)
        let grader = try Grader(
            course: loaded, roster: Roster.load(course.rosterFile, template: nil),
            options: GradingOptions(stateFolder: stateFolder, jobs: 1, cache: loaded.resultCache),
            toolchain: Toolchain.find(), sandbox: try await testSandbox(stateFolder: stateFolder))
        let clock = Clock()
        let timings = Timings()
        let results = try await grader.run { student in await timings.record(student.identifier, clock.lap()) }
        return Graded(
            results: Dictionary(uniqueKeysWithValues: results.map { ($0.identifier, $0) }),
            seconds: await timings.seconds, order: results.map(\.identifier), sandbox: grader.sandbox,
            stateFolder: stateFolder, connections: listener.pendingConnections(), configFile: course.configFile,
            rosterFile: course.rosterFile)
    }

    /// The same roster graded again by a new grader, from the result cache the first one filled.
    static let regraded = Task { () throws -> (results: [String: StudentResult], counts: CacheCounts?) in
        let graded = try await AttackSuiteTests.graded.value
        let loaded = try ConfigLoader.load(graded.configFile)
        let grader = try Grader(
            course: loaded, roster: Roster.load(graded.rosterFile, template: nil),
            options: GradingOptions(stateFolder: graded.stateFolder, jobs: 2, cache: loaded.resultCache),
            toolchain: Toolchain.find(), sandbox: try await testSandbox(stateFolder: graded.stateFolder))
        let results = try await grader.run { _ in }
        return (Dictionary(uniqueKeysWithValues: results.map { ($0.identifier, $0) }), grader.cacheCounts)
    }

    func graded() async throws -> Graded { try await Self.graded.value }

    func exercise(_ identifier: String, _ id: String) async throws -> ExerciseResult {
        let graded = try await graded()
        return try XCTUnwrap(graded.results[identifier]?.exercises.first { $0.id == id }, "\(identifier) \(id)")
    }

    static func status(_ exercise: ExerciseResult, _ test: String) -> TestStatus? {
        exercise.tests.first { $0.name == "CalcTests.\(test)" || $0.name.hasPrefix("CalcTests.\(test)(") }?.status
    }

    /// Checks `exercise` against `expected`; returns what was wrong, in words (empty when all held).
    static func problems(_ exercise: ExerciseResult, _ expected: Attack.Expectation) -> [String] {
        var problems: [String] = []
        func check(_ holds: Bool, _ what: String) { if !holds { problems.append(what) } }
        let message = exercise.message ?? ""
        switch expected {
        case .rejected(let rule):
            check(exercise.status == .rejected, "status \(exercise.status.rawValue), not rejected: \(message)")
            check(message.contains("rule \(rule)"), "not rejected by \(rule): \(message)")
            check(exercise.score == 0, "score \(exercise.score)")
        case .contained(let status):
            check(exercise.status == .graded, "status \(exercise.status.rawValue), not graded: \(message)")
            let add = Self.status(exercise, "testAddSmallNumbers")
            check(add == status, "testAddSmallNumbers \(add?.rawValue ?? "-"), not \(status.rawValue)")
            check(Self.status(exercise, "testAddNegativeNumbers") != .passed, "testAddNegativeNumbers passed")
            check(Self.status(exercise, "testIsEven") == .passed, "testIsEven did not pass: grading must go on")
            check(Self.status(exercise, "testHalf") == .passed, "testHalf did not pass: grading must go on")
            check(exercise.score == 5, "score \(exercise.score), not 5")
        }
        return problems
    }

    func testRunsInBubblewrap() async throws {
        let level = try await graded().sandbox
        XCTAssertEqual(level, "bubblewrap", "the attack suite proves the sandbox; install bubblewrap (scripts/setup)")
    }

    func testAtLeastTenAttacksOnTheResultChannel() {
        XCTAssertGreaterThanOrEqual(ForgeryAttacks.all.count, 10)
        XCTAssertEqual(Set(Self.attacks().map(\.name)).count, Self.attacks().count, "attack names are unique")
    }

    func testUnderTheCourseRulesNoAttackEarnsAPoint() async throws {
        for attack in Self.attacks() {
            let problems = Self.problems(try await exercise(attack.name, "calc"), attack.strict)
            XCTAssertEqual(problems, [], "\(attack.name) under the course's rules")
        }
    }

    func testWithTheRulesLiftedTheChannelAndTheSandboxStillHold() async throws {
        for attack in Self.attacks() {
            let exercise = try await exercise(attack.name, "calc-open")
            XCTAssertEqual(
                Self.problems(exercise, attack.open), [], "\(attack.name) with everything but unsafe allowed")
            XCTAssertEqual(exercise.allowed.map(\.rawValue), Self.openAllowances)
        }
    }

    func testInSwiftTestingTheChannelAndTheSandboxStillHold() async throws {
        for attack in Self.attacks() {
            let exercise = try await exercise(attack.name, "calc-testing")
            XCTAssertEqual(
                Self.problems(exercise, attack.swiftTesting), [],
                "\(attack.name) against a Swift Testing suite, everything but unsafe allowed")
        }
    }

    func testLinesWrittenIntoTheChannelAreFlaggedAsForgery() async throws {
        for name in ["write-every-descriptor", "descriptor-reuse", "lingering-thread-forger", "signal-handler-forger"] {
            for id in ["calc-open", "calc-testing"] {
                let message = try await exercise(name, id).message ?? ""
                XCTAssertTrue(message.contains("suspected forgery"), "\(name) \(id): \(message)")
            }
        }
    }

    func testExitingInsteadOfFinishingNeverPasses() async throws {
        for name in ["exit-zero", "fake-summary-then-exit", "atexit-forger"] {
            let message = try await exercise(name, "calc-open").tests.first?.message ?? ""
            XCTAssertTrue(message.contains("exited (status 0)"), "\(name): \(message)")
        }
    }

    func testCrashesAndExhaustionEndAsCrashesWithAReason() async throws {
        let memory = try await exercise("endless-allocation", "calc")
        let message = memory.tests.first?.message ?? ""
        XCTAssertTrue(message.contains("memory limit exceeded"), message)
        print("thread bomb:", try await exercise("thread-bomb", "calc").tests.first?.message ?? "")
    }

    func testDaemonsDiskFillersAndFloodsAreContained() async throws {
        let flood = try await exercise("flood-output", "calc")
        XCTAssertTrue(flood.output?.contains("more bytes of output were not kept") == true)
        XCTAssertLessThan(flood.output?.utf8.count ?? 0, 64 * 1024)
    }

    func testTheNetworkIsOutOfReach() async throws {
        let connections = try await graded().connections
        XCTAssertEqual(connections, 0, "a submission reached the host's loopback")
    }

    func testNothingIsLeftRunningAndHonestStudentsGetFullMarks() async throws {
        let graded = try await graded()
        XCTAssertEqual(graded.results["control"]?.score, 30)
        XCTAssertEqual(graded.results["classmate"]?.score, 30)
        XCTAssertEqual(graded.order.count, Self.attacks().count + 2)
        XCTAssertEqual(Self.leftovers(stateFolder: graded.stateFolder), [])
    }

    func testEveryAttackWasGradedNotTakenFromTheCache() async throws {
        let cached = try await graded().results.values.flatMap { student in
            student.exercises.filter(\.cached).map { "\(student.identifier) \($0.id)" }
        }
        XCTAssertEqual(cached, [])
    }

    func testFromTheCacheEveryAttackGetsTheSameVerdict() async throws {
        let first = try await graded()
        let (again, counts) = try await Self.regraded.value
        var reused = 0
        for (identifier, student) in first.results {
            for exercise in student.exercises {
                let other = try XCTUnwrap(again[identifier]?.exercises.first { $0.id == exercise.id })
                if other.cached { reused += 1 }
                let name = "\(identifier) \(exercise.id)"
                XCTAssertEqual(other.status, exercise.status, name)
                XCTAssertEqual(other.score, exercise.score, name)
                XCTAssertEqual(other.message, exercise.message, name)
                XCTAssertEqual(other.tests.map(\.status), exercise.tests.map(\.status), name)
                if other.cached { XCTAssertEqual(other.tests.map(\.message), exercise.tests.map(\.message), name) }
            }
        }
        let timedOut = first.results.values.flatMap(\.exercises).filter { $0.tests.contains { $0.status == .timeout } }
        XCTAssertEqual(reused, first.results.values.flatMap(\.exercises).count - timedOut.count, "all but timeouts")
        XCTAssertEqual(counts?.hits, reused)
        print("attack suite from the cache: \(reused) results reused, \(timedOut.count) graded again (timeouts)")
    }

    func testPrintsTheVerdictTable() async throws {
        let graded = try await graded()
        func cell(_ exercise: ExerciseResult?) -> String {
            guard let exercise else { return "-" }
            if exercise.status == .rejected {
                return "rejected ("
                    + (exercise.message?.firstMatch(of: #/rule ([\w-]+)/#).map { String($0.output.1) } ?? "?")
                    + ")"
            }
            return "\(Self.status(exercise, "testAddSmallNumbers")?.rawValue ?? "-"), \(exercise.score.formatted()) pts"
        }
        print(
            "attack | course rules (calc) | rules lifted but unsafe (calc-open) | the same in Swift Testing (calc-testing) | seconds (all three)"
        )
        for identifier in graded.order {
            let exercises = graded.results[identifier]?.exercises ?? []
            print(
                "\(identifier) | \(cell(exercises.first { $0.id == "calc" })) | \(cell(exercises.first { $0.id == "calc-open" })) | \(cell(exercises.first { $0.id == "calc-testing" })) | \(String(format: "%.2f", graded.seconds[identifier] ?? 0))"
            )
        }
        print("what the grader told each attacker about testAddSmallNumbers in calc-open (rules lifted but unsafe):")
        for identifier in graded.order {
            guard let open = graded.results[identifier]?.exercises.first(where: { $0.id == "calc-open" }) else {
                continue
            }
            let test = open.tests.first { $0.name == "CalcTests.testAddSmallNumbers" }?.message ?? ""
            let said = [test, open.message ?? ""].filter { !$0.isEmpty }.joined(separator: " / ")
            print("  \(identifier): \(said.replacingOccurrences(of: "\n", with: " ").prefix(240))")
        }
        XCTAssertEqual(graded.seconds.count, graded.order.count)
    }

    /// Live (not zombie) processes of this grader's sandbox users, or whose command line names the
    /// state folder. (Another grader on the machine, say a second test suite, has user ids of its own.)
    static func leftovers(stateFolder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).filter { $0.allSatisfy(\.isNumber) }
            .compactMap { pid -> String? in
                guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else {
                    return nil
                }
                let lines = status.split(separator: "\n")
                if lines.contains(where: { $0.hasPrefix("State:") && $0.contains("Z") }) { return nil }
                let uidLine = lines.first { $0.hasPrefix("Uid:") } ?? ""
                let uid: UInt32? = uidLine.split(whereSeparator: \.isWhitespace).dropFirst().first.flatMap {
                    UInt32($0)
                }
                let command =
                    FileManager.default.contents(atPath: "/proc/\(pid)/cmdline")
                    .map { String(decoding: $0, as: UTF8.self).replacingOccurrences(of: "\0", with: " ") } ?? ""
                let sandboxed = uid.map(Sandbox.runUIDs.contains) ?? false
                return sandboxed || command.contains(stateFolder.path) ? "\(pid): \(command)" : nil
            }
    }
}

/// Seconds since the last call.
final class Clock: Sendable {
    private let last = Mutex(ContinuousClock.now)
    func lap() -> Double {
        last.withLock { last in
            let now = ContinuousClock.now
            defer { last = now }
            return (now - last).seconds
        }
    }
}

actor Timings {
    var seconds: [String: Double] = [:]
    func record(_ identifier: String, _ value: Double) { seconds[identifier] = value }
}
