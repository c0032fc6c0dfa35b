import Foundation
import GraderModel
import XCTest

/// Fake students graded end to end (clone, build against the hidden suite, run, score).
final class GradingEndToEndTests: XCTestCase {
    func fixture() async throws -> GradedFixture { try await GradedFixture.shared.value }

    func testEveryStudentOnTheRosterGetsAResultInRosterOrder() async throws {
        let fixture = try await fixture()
        XCTAssertEqual(fixture.order, GradedFixture.submissions.map(\.0) + ["no-repository"])
    }

    func testCorrectSolutionGetsFullMarks() async throws {
        let calc = try await fixture().calc("correct")
        XCTAssertEqual(calc.status, .graded)
        XCTAssertEqual(calc.score, 10)
        XCTAssertEqual(calc.tests.map(\.status), [.passed, .passed, .passed, .passed])
        XCTAssertEqual(calc.tests.map(\.score), [2.5, 2.5, 2.5, 2.5])
        XCTAssertTrue(calc.tests.allSatisfy { $0.message == nil && $0.duration != nil })
    }

    func testPartlyWrongSolutionGetsTheExactPartialScore() async throws {
        let fixture = try await fixture()
        let calc = try fixture.calc("partial")
        XCTAssertEqual(calc.status, .graded)
        XCTAssertEqual(calc.score, 7.5)
        let isEven = try fixture.test("partial", "testIsEven")
        XCTAssertEqual(isEven.status, .failed)
        XCTAssertEqual(isEven.score, 0)
        XCTAssertTrue(isEven.message?.contains("4 is even") == true, isEven.message ?? "no message")
        XCTAssertEqual(fixture.results["partial"]?.score, 7.5)
    }

    func testCompileErrorScoresZeroWithDiagnosticsRelativeToTheRepository() async throws {
        let calc = try await fixture().calc("compile-error")
        XCTAssertEqual(calc.status, .compileError)
        XCTAssertEqual(calc.score, 0)
        let diagnostics = try XCTUnwrap(calc.diagnostics)
        XCTAssertTrue(diagnostics.contains("Sources/Calc/Calc.swift:1:"), diagnostics)
        XCTAssertTrue(diagnostics.contains("error:"), diagnostics)
        XCTAssertFalse(diagnostics.contains("/tmp/"), "absolute paths leak: \(diagnostics)")
    }

    func testMissingFolderIsMissing() async throws {
        let calc = try await fixture().calc("missing-folder")
        XCTAssertEqual(calc.status, .missing)
        XCTAssertEqual(calc.score, 0)
        XCTAssertTrue(calc.message?.contains("Sources/Calc") == true, calc.message ?? "")
    }

    func testNonexistentRepositoryIsMissingAndTheRunGoesOn() async throws {
        let fixture = try await fixture()
        let calc = try fixture.calc("no-repository")
        XCTAssertEqual(calc.status, .missing)
        XCTAssertTrue(calc.message?.contains("could not fetch") == true, calc.message ?? "")
        XCTAssertNil(fixture.results["no-repository"]?.commit)
        XCTAssertEqual(try fixture.calc("correct").score, 10)
    }

    func testCrashInOneTestCostsOnlyThatTest() async throws {
        let fixture = try await fixture()
        let half = try fixture.test("crash", "testHalf")
        XCTAssertEqual(half.status, .crashed)
        XCTAssertTrue(half.message?.contains("Index out of range") == true, half.message ?? "")
        for name in ["testAddSmallNumbers", "testAddNegativeNumbers", "testIsEven"] {
            XCTAssertEqual(try fixture.test("crash", name).status, .passed, name)
        }
        XCTAssertEqual(try fixture.calc("crash").score, 7.5)
    }

    func testEndlessLoopTimesOutAndTheOtherTestsAreGraded() async throws {
        let fixture = try await fixture()
        let isEven = try fixture.test("endless-loop", "testIsEven")
        XCTAssertEqual(isEven.status, .timeout)
        XCTAssertTrue(isEven.message?.contains("2s") == true, isEven.message ?? "")
        for name in ["testAddSmallNumbers", "testAddNegativeNumbers", "testHalf"] {
            XCTAssertEqual(try fixture.test("endless-loop", name).status, .passed, name)
        }
    }

    func testNothingIsLeftRunningAfterGrading() async throws {
        let fixture = try await fixture()
        let marker = fixture.stateFolder.path
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: "/proc")
            .filter { $0.allSatisfy(\.isNumber) }
            .compactMap { pid -> String? in
                guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
                let command = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\0", with: " ")
                return command.contains(marker) ? "\(pid): \(command)" : nil
            }
        XCTAssertEqual(leftovers, [], "processes of graded students are still running")
    }

    func testExitZeroInsideATestDoesNotPass() async throws {
        let fixture = try await fixture()
        let calc = try fixture.calc("exit-zero")
        for name in ["testAddSmallNumbers", "testAddNegativeNumbers"] {
            let test = try fixture.test("exit-zero", name)
            XCTAssertNotEqual(test.status, .passed, name)
            XCTAssertTrue(test.message?.contains("exit") == true, test.message ?? "")
        }
        XCTAssertEqual(calc.score, 5, "only isEven and half are right")
    }

    func testPrintedFakeXCTestSummaryIsIgnored() async throws {
        let fixture = try await fixture()
        let calc = try fixture.calc("fake-summary")
        XCTAssertEqual(calc.score, 0)
        XCTAssertTrue(calc.tests.allSatisfy { $0.status == .failed }, "\(calc.tests.map(\.status))")
        XCTAssertTrue(calc.output?.contains("Executed 4 tests") == true, "the output is kept for the student")
    }

    func testStudentScoreIsTheSumOfItsExercises() async throws {
        let fixture = try await fixture()
        for (identifier, student) in fixture.results {
            XCTAssertEqual(student.score, student.exercises.reduce(0) { $0 + $1.score }, identifier)
            XCTAssertEqual(student.maxScore, 10, identifier)
        }
    }
}
