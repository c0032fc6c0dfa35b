import Foundation
import GraderGit
import GraderModel
import GraderTestSupport
import XCTest

@testable import GraderCore

/// The result cache on its own: what its key depends on, and how entries are kept, checked and evicted.
final class ResultCacheTests: XCTestCase {
    var course: FixtureCourse!
    var suite: PreparedSuite!
    var work: TemporaryDirectory!

    override func setUp() async throws {
        course = try FixtureCourse()
        work = try TemporaryDirectory(prefix: "grade-cache-test")
        let exercise = try XCTUnwrap(ConfigLoader.load(course.configFile).exercises.first)
        suite = try PreparedSuite.prepare(exercise, in: work.url)
    }

    override func tearDown() {
        course.folder.remove()
        work.remove()
    }

    static let run = RunFingerprint(
        grader: Data("grader build 1".utf8), toolchain: "Swift version 6.3.1 (swift-6.3.1-RELEASE)",
        sandbox: "bubblewrap", compiler: "swift-version 5")
    static let files = [
        GitFile(path: "Calc.swift", kind: .regular, contents: Data(FixtureCourse.solution.utf8)),
        GitFile(path: "Helpers/Extra.swift", kind: .regular, contents: Data("let extra = 1\n".utf8)),
    ]

    func key(
        _ files: [GitFile] = ResultCacheTests.files, suite: PreparedSuite? = nil,
        run: RunFingerprint = ResultCacheTests.run
    ) throws -> CacheKey {
        CacheKey(files: files, suite: try SuiteFingerprint(suite ?? self.suite), run: run)
    }

    static func result(_ statuses: [TestStatus], status: ExerciseStatus = .graded) -> ExerciseResult {
        ExerciseResult(
            id: "calc", status: status, maxScore: 10,
            tests: statuses.enumerated().map { TestResult(name: "CalcTests.test\($0.offset)", status: $0.element) })
    }

    func testTheSameFilesInAnyOrderHaveOneKey() throws {
        XCTAssertEqual(try key(), try key(Self.files.reversed()))
        XCTAssertEqual(try key().hex.count, 64)
    }

    func testEveryPartOfTheKeyChangesIt() throws {
        let base = try key()
        let changedFile = [
            GitFile(path: "Calc.swift", kind: .regular, contents: Data((FixtureCourse.solution + " ").utf8)),
            Self.files[1],
        ]
        XCTAssertNotEqual(base, try key(changedFile), "a changed file")
        XCTAssertNotEqual(base, try key([Self.files[0]]), "a file removed")
        XCTAssertNotEqual(
            base,
            try key([GitFile(path: "Other.swift", kind: .regular, contents: Self.files[0].contents), Self.files[1]]),
            "a file renamed")
        XCTAssertNotEqual(
            base,
            try key([GitFile(path: "Calc.swift", kind: .symlink, contents: Self.files[0].contents), Self.files[1]]),
            "a file's kind")

        var limits = suite
        limits?.exercise.limits.test = .seconds(99)
        XCTAssertNotEqual(base, try key(suite: limits), "a limit")
        var allowed = suite
        allowed?.exercise.allowances = [.files]
        XCTAssertNotEqual(base, try key(suite: allowed), "an allowance")
        var renamed = suite
        renamed?.exercise.module = "Calculator"
        XCTAssertNotEqual(base, try key(suite: renamed), "the module")

        func run(
            grader: String = "grader build 1", toolchain: String = Self.run.toolchain, sandbox: String = "bubblewrap"
        )
            -> RunFingerprint
        {
            RunFingerprint(
                grader: Data(grader.utf8), toolchain: toolchain, sandbox: sandbox, compiler: "swift-version 5")
        }
        XCTAssertEqual(base, try key(run: run()), "the same run")
        XCTAssertNotEqual(base, try key(run: run(toolchain: "Swift version 6.3.2 (swift-6.3.2-RELEASE)")), "toolchain")
        XCTAssertNotEqual(base, try key(run: run(grader: "grader build 2")), "the grader's bytes")
        XCTAssertNotEqual(base, try key(run: run(sandbox: "limits")), "the sandbox level")

        try course.folder.write(
            FixtureCourse.hiddenSuite.replacingOccurrences(of: "half(7), 3", with: "half(9), 4"),
            to: "Exercises/calc/Tests/CalcTests/CalcTests.swift")
        let changedSuite = try PreparedSuite.prepare(suite.exercise, in: work.url.appendingPathComponent("again"))
        XCTAssertNotEqual(base, try key(suite: changedSuite), "a hidden test")
    }

    func testPointsAndWeightsAreNotInTheKey() throws {
        var rescored = suite
        rescored?.exercise.points = 50
        rescored?.exercise.weights = ["CalcTests.testHalf": 3]
        XCTAssertEqual(try key(), try key(suite: rescored))
    }

    func testAStoredResultComesBackAndOnlyUnderItsKey() throws {
        let cache = ResultCache(stateFolder: work.url)
        let result = Self.result([.passed, .failed, .crashed])
        XCTAssertNil(cache.load(try key()))
        cache.store(result, for: try key())
        XCTAssertEqual(cache.load(try key()), result)
        XCTAssertNil(cache.load(try key([Self.files[0]])))
    }

    func testResultsTheCodeAloneDoesNotDecideAreNotKept() throws {
        let cache = ResultCache(stateFolder: work.url)
        for result in [
            Self.result([.passed, .timeout]), Self.result([], status: .error), Self.result([], status: .missing),
        ] {
            cache.store(result, for: try key())
            XCTAssertNil(cache.load(try key()), "\(result.status) \(result.tests.map(\.status))")
        }
        cache.store(Self.result([.notRun], status: .compileError), for: try key())
        XCTAssertEqual(cache.load(try key())?.status, .compileError)
    }

    func testADamagedEntryIsIgnoredAndRemoved() throws {
        let cache = ResultCache(stateFolder: work.url)
        let key = try key()
        let file = cache.file(for: key)
        let good = try ResultCache.encode(Self.result([.failed, .failed]), key: key)
        let damaged: [(String, Data)] = [
            ("truncated", good.prefix(good.count - 7)),
            (
                "a byte changed",
                {
                    var d = good; d[d.count - 20] ^= 0x01; return d
                }()
            ),
            (
                "the verdict rewritten",
                Data(String(decoding: good, as: UTF8.self).replacingOccurrences(of: "failed", with: "passed").utf8)
            ),
            ("empty", Data()),
            ("not an entry", Data("{\"id\":\"calc\"}".utf8)),
            ("filed under another key", try ResultCache.encode(Self.result([.passed]), key: self.key([Self.files[0]]))),
        ]
        for (what, data) in damaged {
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: file)
            XCTAssertNil(cache.load(key), what)
            XCTAssertFalse(FileManager.default.fileExists(atPath: file.path), "\(what): removed")
        }
        try good.write(to: file)
        XCTAssertEqual(cache.load(key)?.tests.map(\.status), [.failed, .failed])
    }

    func testEvictionRemovesTheLeastRecentlyUsedPastTheLimit() throws {
        let writer = ResultCache(stateFolder: work.url)
        var keys: [CacheKey] = []
        for index in 0..<6 {
            let key = try key([GitFile(path: "F.swift", kind: .regular, contents: Data("let x = \(index)\n".utf8))])
            writer.store(Self.result([.passed]), for: key)
            try FileManager.default.setAttributes(
                [.modificationDate: Date(timeIntervalSinceNow: Double(index - 100))],
                ofItemAtPath: writer.file(for: key).path)
            keys.append(key)
        }
        let entrySize = try XCTUnwrap(try writer.file(for: keys[0]).resourceValues(forKeys: [.fileSizeKey]).fileSize)
        // The oldest, used just now, becomes the newest.
        XCTAssertNotNil(writer.load(keys[0]))
        let bounded = ResultCache(stateFolder: work.url, maximumSize: entrySize * 3)
        XCTAssertEqual(bounded.evict(), 3)
        let kept = keys.map { FileManager.default.fileExists(atPath: bounded.file(for: $0).path) }
        XCTAssertEqual(kept, [true, false, false, false, true, true])
        XCTAssertEqual(bounded.evict(), 0, "already under the limit")
    }

    func testTwoGradersWritingTheSameEntriesAtOnceLeaveWholeEntries() async throws {
        let first = ResultCache(stateFolder: work.url)
        let second = ResultCache(stateFolder: work.url)
        let keys = try (0..<20).map {
            try key([GitFile(path: "F.swift", kind: .regular, contents: Data("let x = \($0)\n".utf8))])
        }
        await withTaskGroup(of: Void.self) { group in
            for round in 0..<10 {
                for (index, key) in keys.enumerated() {
                    let cache = (round + index).isMultiple(of: 2) ? first : second
                    group.addTask {
                        cache.store(Self.result([index.isMultiple(of: 2) ? .passed : .failed]), for: key)
                        _ = cache.load(key)
                    }
                }
            }
        }
        for (index, key) in keys.enumerated() {
            XCTAssertEqual(first.load(key)?.tests.first?.status, index.isMultiple(of: 2) ? .passed : .failed)
        }
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: first.folder.path).filter {
            $0.hasSuffix(".tmp")
        }
        XCTAssertEqual(leftovers, [])
    }

    func testIdenticalJobsRunningAtOnceAreGradedOnce() async throws {
        let jobs = SharedWork<CacheKey, ExerciseResult>(forgetFinished: true)
        let runs = Counter()
        let key = try key()
        let results = await withTaskGroup(of: (ExerciseResult, Bool).self) { group in
            for _ in 0..<5 {
                group.addTask {
                    await jobs.value(for: key) {
                        await runs.increment()
                        try? await Task.sleep(for: .milliseconds(200))
                        return Self.result([.passed])
                    }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        let count = await runs.value
        XCTAssertEqual(count, 1)
        XCTAssertEqual(results.filter { !$0.1 }.count, 1, "one job graded, the others shared its result")
        XCTAssertEqual(Set(results.map(\.0.tests.first?.status)), [.passed])
    }

    actor Counter {
        var value = 0
        func increment() { value += 1 }
    }
}
