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

/// Every known attack on a grader, one fake student each, graded end to end one after another:
/// none passes the attacked tests, the other tests of the same submission are still graded,
/// nothing is left running, and the grader goes on to grade the next student normally.
final class AttackSuiteTests: XCTestCase {
    struct Graded: Sendable {
        let results: [String: StudentResult]
        /// Seconds from the previous student's verdict to this one's (jobs = 1, roster order).
        let seconds: [String: Double]
        let order: [String]
        let sandbox: String
        let stateFolder: URL
        let connections: Int
    }

    static let graded = Task { try await AttackSuiteTests.grade() }

    static func grade() async throws -> Graded {
        // Every category of the rules on objects allowed, so that the attacks reach the sandbox;
        // without allowances they are rejected before linking (ObjectAttackTests).
        let course = try FixtureCourse(testLimit: "2s", allow: Allowance.allCases.map(\.rawValue))
        let listener = try LoopbackListener()
        let classmate = course.folder.url.appendingPathComponent(".grade/repos/classmate").path
        let hidden = course.folder.url.appendingPathComponent("Exercises/calc/Tests/CalcTests/CalcTests.swift").path
        var rows: [(identifier: String, repository: String)] = []
        let attacks = Attacks.all(hiddenSuite: hidden, classmate: classmate, port: listener.port)
        for (identifier, source) in [("classmate", FixtureCourse.solution)] + attacks + [
            ("control", FixtureCourse.solution)
        ] {
            let repo = try GitFixture(at: course.folder.url.appendingPathComponent("students/\(identifier)"))
            try repo.write(source, to: "Sources/Calc/Calc.swift")
            _ = try repo.commit(identifier)
            rows.append((identifier, repo.path))
        }
        try course.writeRoster(rows)
        let stateFolder = course.folder.url.appendingPathComponent(".grade")
        let grader = try Grader(
            course: ConfigLoader.load(course.configFile),
            roster: Roster.load(course.rosterFile, template: nil),
            options: GradingOptions(stateFolder: stateFolder, jobs: 1), toolchain: Toolchain.find(),
            sandbox: try await testSandbox(stateFolder: stateFolder))
        let clock = Clock()
        let timings = Timings()
        let results = try await grader.run { student in await timings.record(student.identifier, clock.lap()) }
        return Graded(
            results: Dictionary(uniqueKeysWithValues: results.map { ($0.identifier, $0) }),
            seconds: await timings.seconds, order: results.map(\.identifier), sandbox: grader.sandbox,
            stateFolder: stateFolder, connections: listener.pendingConnections())
    }

    func graded() async throws -> Graded { try await Self.graded.value }

    func calc(_ identifier: String) async throws -> ExerciseResult {
        let graded = try await graded()
        return try XCTUnwrap(graded.results[identifier]?.exercises.first, identifier)
    }

    func status(_ exercise: ExerciseResult, _ test: String) -> TestStatus? {
        exercise.tests.first { $0.name == "CalcTests.\(test)" }?.status
    }

    /// The attacked tests do not pass; the other two are graded and pass.
    func assertContained(
        _ identifier: String, as expected: TestStatus, file: StaticString = #filePath, line: UInt = #line
    )
        async throws -> ExerciseResult
    {
        let exercise = try await calc(identifier)
        XCTAssertEqual(exercise.status, .graded, "\(identifier): \(exercise.message ?? "")", file: file, line: line)
        XCTAssertEqual(status(exercise, "testAddSmallNumbers"), expected, identifier, file: file, line: line)
        XCTAssertNotEqual(status(exercise, "testAddNegativeNumbers"), .passed, identifier, file: file, line: line)
        XCTAssertEqual(
            status(exercise, "testIsEven"), .passed, "\(identifier): grading goes on", file: file, line: line)
        XCTAssertEqual(status(exercise, "testHalf"), .passed, "\(identifier): grading goes on", file: file, line: line)
        XCTAssertEqual(exercise.score, 5, identifier, file: file, line: line)
        return exercise
    }

    func testRunsInBubblewrap() async throws {
        let level = try await graded().sandbox
        XCTAssertEqual(level, "bubblewrap", "the attack suite proves the sandbox; install bubblewrap (scripts/setup)")
    }

    func testExitZeroAndFakeSummaryDoNotPass() async throws {
        for identifier in ["exit-zero", "fake-summary-then-exit"] {
            let exercise = try await assertContained(identifier, as: .crashed)
            let message = exercise.tests.first?.message ?? ""
            XCTAssertTrue(message.contains("exited (status 0)"), message)
        }
    }

    func testShadowingTheHarnessIsRejected() async throws {
        for (identifier, rule) in [
            ("xctassert-overload", "no-xctest"), ("int-equality-override", "no-operator-on-standard-types"),
            ("mirror-token-theft", "no-xctest"),
        ] {
            let exercise = try await calc(identifier)
            XCTAssertEqual(exercise.status, .rejected, identifier)
            XCTAssertEqual(exercise.score, 0, identifier)
            XCTAssertTrue(exercise.message?.contains("rule \(rule)") == true, exercise.message ?? "")
        }
    }

    func testForgedResultLinesAreFlagged() async throws {
        let exercise = try await assertContained("write-every-descriptor", as: .failed)
        XCTAssertTrue(exercise.message?.contains("suspected forgery") == true, exercise.message ?? "no message")
    }

    func testCrashesAndExhaustionEndAsCrashesWithAReason() async throws {
        _ = try await assertContained("fatal-error", as: .crashed)
        let memory = try await assertContained("endless-allocation", as: .crashed)
        XCTAssertTrue(
            memory.tests.first?.message?.contains("memory limit exceeded") == true,
            "\(memory.tests.first?.message ?? "")")
        let threads = try await calc("thread-bomb")
        XCTAssertNotEqual(status(threads, "testAddSmallNumbers"), .passed)
        print("thread bomb:", threads.tests.first?.message ?? "")
        XCTAssertEqual(status(threads, "testHalf"), .passed)
        // kill(-1) spares the caller, and the sandbox's init ignores it: the test just fails.
        for identifier in ["kill-everyone", "kill-parent"] {
            _ = try await assertContained(identifier, as: .failed)
        }
    }

    func testHangsEndAsTimeouts() async throws {
        for identifier in ["endless-loop", "semaphore-deadlock", "ignore-sigterm", "fork-bomb"] {
            _ = try await assertContained(identifier, as: .timeout)
        }
    }

    func testDaemonsDiskFillersAndFloodsAreContained() async throws {
        _ = try await assertContained("setsid-daemon", as: .failed)
        _ = try await assertContained("fill-disks", as: .failed)
        let flood = try await assertContained("flood-output", as: .failed)
        XCTAssertTrue(flood.output?.contains("more bytes of output were not kept") == true)
        XCTAssertLessThan(flood.output?.utf8.count ?? 0, 64 * 1024)
    }

    func testSecretsAndTheNetworkAreOutOfReach() async throws {
        for identifier in ["read-hidden-tests", "read-classmate", "read-own-binary", "network"] {
            _ = try await assertContained(identifier, as: .failed)
        }
        let connections = try await graded().connections
        XCTAssertEqual(connections, 0, "a submission reached the host's loopback")
    }

    func testNothingIsLeftRunningAndTheNextStudentGradesNormally() async throws {
        let graded = try await graded()
        XCTAssertEqual(graded.results["control"]?.score, 10)
        XCTAssertEqual(graded.results["classmate"]?.score, 10)
        XCTAssertEqual(graded.order.count, Attacks.all(hiddenSuite: "", classmate: "", port: 0).count + 2)
        XCTAssertEqual(Self.leftovers(stateFolder: graded.stateFolder), [])
    }

    func testPrintsTheVerdictTable() async throws {
        let graded = try await graded()
        print("attack | addSmallNumbers | exercise | seconds to verdict")
        for identifier in graded.order {
            let exercise = try XCTUnwrap(graded.results[identifier]?.exercises.first)
            let test = status(exercise, "testAddSmallNumbers")?.rawValue ?? "-"
            print(
                "\(identifier) | \(test) | \(exercise.status.rawValue) | \(String(format: "%.2f", graded.seconds[identifier] ?? 0))"
            )
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
