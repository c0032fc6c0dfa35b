import Foundation
import GraderCore
import GraderModel
import GraderTestSupport
import XCTest

/// The result cache through `Grader`, on fake students' repositories: a regrade reuses what did not
/// change, and reused results read exactly as graded ones.
final class ResultCacheEndToEndTests: XCTestCase {
    static let submissions: [(String, String)] = [
        ("correct", FixtureCourse.solution),
        ("copy-of-correct", FixtureCourse.solution),
        ("partial", FixtureCourse.solution.replacingOccurrences(of: "n % 2 == 0", with: "n % 2 == 1")),
        ("compile-error", "func add(_ a: Int, _ b: Int) -> Int { a + }\n"),
        ("starter", FixtureCourse.starter),
        ("rejected", "import XCTest\n" + FixtureCourse.solution),
    ]

    func makeCourse() throws -> FixtureCourse {
        let course = try FixtureCourse()
        var rows: [(identifier: String, repository: String)] = []
        for (identifier, source) in Self.submissions {
            let repo = try GitFixture(at: course.folder.url.appendingPathComponent("students/\(identifier)"))
            try repo.write(source, to: "Sources/Calc/Calc.swift")
            _ = try repo.commit("work")
            rows.append((identifier, repo.path))
        }
        try course.writeRoster(rows)
        return course
    }

    static func grade(_ course: FixtureCourse, cache: Bool = true) async throws -> (
        results: [String: ExerciseResult], counts: CacheCounts?
    ) {
        let loaded = try ConfigLoader.load(course.configFile)
        let stateFolder = course.folder.url.appendingPathComponent(".grade")
        let grader = try Grader(
            course: loaded, roster: try Roster.load(course.rosterFile, template: nil),
            options: GradingOptions(stateFolder: stateFolder, jobs: 2, cache: cache ? loaded.resultCache : nil),
            toolchain: Toolchain.find(), sandbox: try await testSandbox(stateFolder: stateFolder))
        let results = try await grader.run { _ in }
        let exercises = Dictionary(
            uniqueKeysWithValues: results.compactMap { s in s.exercises.first.map { (s.identifier, $0) } })
        return (exercises, grader.cacheCounts)
    }

    /// What a student reads of a result, but timings, whether it came from the cache, and what the
    /// test process printed (a crash prints addresses, which differ from run to run).
    static func verdicts(_ results: [String: ExerciseResult]) throws -> [String: String] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try results.mapValues { result in
            var result = result
            result.cached = false
            result.output = nil
            result.tests = result.tests.map { test in
                var test = test
                test.duration = nil
                return test
            }
            return String(decoding: try encoder.encode(result), as: UTF8.self)
        }
    }

    func testARegradeReusesEveryResultAndPointsAreAppliedAnew() async throws {
        let course = try makeCourse()
        defer { course.folder.remove() }
        let first = try await Self.grade(course)
        XCTAssertEqual(first.counts, CacheCounts(hits: 1, misses: 5), "the two identical submissions are graded once")
        XCTAssertEqual(
            [first.results["correct"]?.cached, first.results["copy-of-correct"]?.cached].compactMap { $0 }.sorted {
                !$0 && $1
            }, [false, true])
        XCTAssertEqual(first.results["correct"]?.score, 10)
        XCTAssertEqual(first.results["partial"]?.status, .graded)
        XCTAssertEqual(first.results["compile-error"]?.status, .compileError)
        XCTAssertEqual(first.results["rejected"]?.status, .rejected)

        let second = try await Self.grade(course)
        XCTAssertEqual(second.counts, CacheCounts(hits: 6, misses: 0))
        XCTAssertTrue(second.results.values.allSatisfy(\.cached))
        XCTAssertEqual(try Self.verdicts(second.results), try Self.verdicts(first.results))

        // Points are applied after the cache: nothing is built again.
        let config = try String(contentsOf: course.configFile, encoding: .utf8)
        try config.replacingOccurrences(of: "points: 10", with: "points: 20").write(
            to: course.configFile, atomically: true, encoding: .utf8)
        let rescored = try await Self.grade(course)
        XCTAssertEqual(rescored.counts, CacheCounts(hits: 6, misses: 0))
        XCTAssertEqual(rescored.results["correct"]?.score, 20)
        XCTAssertEqual(rescored.results["correct"]?.maxScore, 20)
        XCTAssertEqual(rescored.results["partial"]?.score, first.results["partial"].map { $0.score * 2 })

        // Without the cache every job is built and run, and says the same.
        let uncached = try await Self.grade(course, cache: false)
        XCTAssertNil(uncached.counts)
        XCTAssertFalse(uncached.results.values.contains(where: \.cached))
        XCTAssertEqual(try Self.verdicts(uncached.results), try Self.verdicts(rescored.results))

        // A changed hidden suite: every job of the exercise is graded again, against the new test.
        try course.folder.write(
            FixtureCourse.hiddenSuite.replacingOccurrences(of: "half(7), 3", with: "half(8), 4"),
            to: "Exercises/calc/Tests/CalcTests/CalcTests.swift")
        let changed = try await Self.grade(course)
        XCTAssertEqual(changed.counts, CacheCounts(hits: 1, misses: 5))
        XCTAssertEqual(changed.results["correct"]?.score, 20)
    }

    func testTwoGradersSharingACacheAgree() async throws {
        let course = try makeCourse()
        defer { course.folder.remove() }
        async let one = Self.grade(course)
        async let two = Self.grade(course)
        let (first, second) = try await (one, two)
        XCTAssertEqual(try Self.verdicts(first.results), try Self.verdicts(second.results))
        let third = try await Self.grade(course)
        XCTAssertEqual(third.counts, CacheCounts(hits: 6, misses: 0), "both graders left whole entries")
        XCTAssertEqual(try Self.verdicts(third.results), try Self.verdicts(first.results))
    }

    func testADamagedCacheIsGradedAgain() async throws {
        let course = try makeCourse()
        defer { course.folder.remove() }
        let first = try await Self.grade(course)
        let folder = try ConfigLoader.load(course.configFile).resultCache.folder
        let entries = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".entry") }
        XCTAssertEqual(entries.count, 5)
        for (index, entry) in entries.enumerated() {
            let url = folder.appendingPathComponent(entry)
            let data = try Data(contentsOf: url)
            if index.isMultiple(of: 2) {
                try data.prefix(data.count / 2).write(to: url)
            } else {
                // Every verdict turned into a pass: the entry no longer matches its digest.
                try String(decoding: data, as: UTF8.self)
                    .replacingOccurrences(of: "\"failed\"", with: "\"passed\"")
                    .replacingOccurrences(of: "\"crashed\"", with: "\"passed\"")
                    .replacingOccurrences(of: "\"compile_error\"", with: "\"graded\"")
                    .replacingOccurrences(of: "\"rejected\"", with: "\"graded\"")
                    .appending(" ").write(to: url, atomically: true, encoding: .utf8)
            }
        }
        let again = try await Self.grade(course)
        XCTAssertEqual(again.counts, CacheCounts(hits: 1, misses: 5), "no damaged entry is trusted")
        XCTAssertEqual(try Self.verdicts(again.results), try Self.verdicts(first.results))
    }
}
