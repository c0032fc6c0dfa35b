import Foundation
import GraderModel
import GraderReport
import GraderTestSupport
import XCTest

/// `gradescope/<file>.json` and `junit/<file>.xml`: their structure and their schema.
final class ExportsTests: ReportTestCase {
    private func gradescope(_ student: StudentResult) throws -> [String: Any] {
        try XCTUnwrap(try jsonObject(at: url(ReportWriter.gradescopePath(student.identifier))) as? [String: Any])
    }

    func testGradescopeResultsCarryEveryTestWithItsPoints() throws {
        let ada = try gradescope(ReportFixture.ada)
        XCTAssertEqual(ada["score"] as? Double, 20)
        XCTAssertEqual(ada["visibility"] as? String, "visible")
        let tests = try XCTUnwrap(ada["tests"] as? [[String: Any]])
        XCTAssertEqual(tests.count, 12)
        XCTAssertEqual(tests.compactMap { $0["max_score"] as? Double }.reduce(0, +), 30)
        XCTAssertEqual(tests.compactMap { $0["score"] as? Double }.reduce(0, +), 20)
        let primes = try XCTUnwrap(tests.first { $0["name"] as? String == "loops: LoopsTests.testPrimes" })
        XCTAssertEqual(primes["status"] as? String, "failed")
        XCTAssertEqual(primes["number"] as? String, "2.4")
        XCTAssertEqual(
            primes["output"] as? String,
            "failed: XCTAssertEqual failed: (\"[2, 3]\") is not equal to (\"[2, 3, 5]\")")
        XCTAssertEqual(primes["tags"] as? [String], ["loops"])
        let crashed = try XCTUnwrap(tests.first { $0["name"] as? String == "strings: StringsTests.testSplit" })
        XCTAssertEqual(crashed["status"] as? String, "failed")
        XCTAssertEqual(crashed["output"] as? String, "crashed: crashed: signal 4 (SIGILL)")
        let output = try XCTUnwrap(ada["output"] as? String)
        XCTAssertTrue(output.hasPrefix("Become 2% (Swift track): 20 / 30 points\ncommit graded: 0123456789abcdef"))
        XCTAssertTrue(output.contains("loops: graded, 7.5 / 10"))
        XCTAssertTrue(output.contains("captured output of strings:\nFatal error: Index out of range"))
    }

    func testGradescopeGivesAnUngradedExerciseOneFailedTestWorthItsPoints() throws {
        let grace = try gradescope(ReportFixture.grace)
        let tests = try XCTUnwrap(grace["tests"] as? [[String: Any]])
        XCTAssertEqual(
            tests.map { $0["name"] as? String }, ["operators: compile error", "loops: missing", "strings: error"])
        XCTAssertEqual(tests.map { $0["max_score"] as? Double }, [10, 10, 10])
        XCTAssertEqual(tests.map { $0["status"] as? String }, ["failed", "failed", "failed"])
        XCTAssertEqual(
            tests[0]["output"] as? String,
            "the solution does not compile\n\nSources/Operators/Operators.swift:3:5: error: cannot find 'x' in scope")
        let extra = try XCTUnwrap(grace["extra_data"] as? [String: Any])
        XCTAssertEqual(extra["identifier"] as? String, "grace@example.edu")
        XCTAssertEqual(extra["grade_report"] as? String, "grade-report/1")
    }

    func testEveryGradescopeFileMatchesTheSchema() throws {
        let files = try allFiles().filter { $0.hasPrefix("gradescope/") }.map(url)
        XCTAssertEqual(files.count, 3)
        let verdict = try XCTUnwrap(
            SchemaValidator.validate(files, against: "#", of: SchemaValidator.gradescopeSchemaURL))
        XCTAssertTrue(verdict.valid, verdict.report)
        XCTAssertTrue(verdict.report.contains("checked 3 file(s)"), verdict.report)
    }

    func testTheGradescopeSchemaHasTeeth() throws {
        var bad = try gradescope(ReportFixture.ada)
        var tests = try XCTUnwrap(bad["tests"] as? [[String: Any]])
        tests[0]["status"] = "crashed"
        tests[1]["maxScore"] = 1
        bad["tests"] = tests
        bad["visibility"] = "public"
        let file = scratch.url.appendingPathComponent("bad-gradescope.json")
        try JSONSerialization.data(withJSONObject: bad).write(to: file)
        let verdict = try XCTUnwrap(
            SchemaValidator.validate([file], against: "#", of: SchemaValidator.gradescopeSchemaURL))
        XCTAssertFalse(verdict.valid, verdict.report)
        XCTAssertTrue(verdict.report.contains("tests/0/status: 'crashed' is not one of"), verdict.report)
        XCTAssertTrue(verdict.report.contains("'maxScore' was unexpected"), verdict.report)
        XCTAssertTrue(verdict.report.contains("visibility: 'public' is not one of"), verdict.report)
    }

    /// Each JUnit file parsed by Python's XML parser: suites, counts, and every test case.
    private func junit(_ student: StudentResult) throws -> [String: Any] {
        let script = """
            import json, sys
            import xml.etree.ElementTree as ET
            root = ET.parse(sys.argv[1]).getroot()
            def counts(e):
                return {k: e.get(k) for k in ("tests", "failures", "errors", "skipped")}
            suites = []
            for suite in root.findall("testsuite"):
                cases = []
                for case in suite.findall("testcase"):
                    kinds = [child.tag for child in case]
                    cases.append({"name": case.get("classname") + "/" + case.get("name"), "kinds": kinds,
                                  "time": case.get("time")})
                props = {p.get("name"): p.get("value") for p in suite.iter("property")}
                out = suite.find("system-out")
                suites.append({"name": suite.get("name"), "counts": counts(suite), "cases": cases, "properties": props,
                               "output": out.text if out is not None else None})
            print(json.dumps({"root": root.tag, "counts": counts(root), "suites": suites}))
            """
        let output = try XCTUnwrap(
            try PythonRunner.run(script, arguments: [url(ReportWriter.junitPath(student.identifier)).path]))
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
    }

    func testJUnitHasASuitePerExerciseAndACasePerTest() throws {
        let ada = try junit(ReportFixture.ada)
        XCTAssertEqual(ada["root"] as? String, "testsuites")
        XCTAssertEqual(
            ada["counts"] as? [String: String], ["tests": "12", "failures": "1", "errors": "2", "skipped": "1"])
        let suites = try XCTUnwrap(ada["suites"] as? [[String: Any]])
        XCTAssertEqual(suites.map { $0["name"] as? String }, ["operators", "loops", "strings"])
        let strings = try XCTUnwrap(suites.last)
        let cases = try XCTUnwrap(strings["cases"] as? [[String: Any]])
        XCTAssertEqual(
            cases.map { $0["name"] as? String },
            [
                "strings.StringsTests/testReverse", "strings.StringsTests/testSplit",
                "strings.StringsTests/testForever",
                "strings.StringsTests/testAfterCrash",
            ])
        XCTAssertEqual(cases.map { $0["kinds"] as? [String] }, [[], ["error"], ["error"], ["skipped"]])
        XCTAssertEqual(cases.first?["time"] as? String, "0.002")
        XCTAssertEqual(strings["output"] as? String, "Fatal error: Index out of range\n")
        let properties = try XCTUnwrap(strings["properties"] as? [String: String])
        XCTAssertEqual(properties["student"], "ada")
        XCTAssertEqual(properties["commit"], "0123456789abcdef0123456789abcdef01234567")
        XCTAssertEqual(properties["status"], "graded")
        XCTAssertEqual(properties["score"], "2.5")
    }

    func testJUnitNamesSwiftTestingTestsByTheirTypesAndFunction() throws {
        let student = StudentResult(
            identifier: "grace", githubUsername: nil, repository: nil, commit: nil,
            exercises: [
                ExerciseResult(
                    id: "calc", status: .graded, score: 1, maxScore: 2,
                    tests: [
                        TestResult(name: "CalcTests.Nested.isEvenNumbers(n:)", status: .passed, duration: 0.001),
                        TestResult(name: "oddIsNotEven()", status: .failed, message: "Expectation failed"),
                    ])
            ])
        let report = GradeReport(
            course: "c", title: nil, generatedAt: ReportFixture.generatedAt, sandbox: "none", students: [student])
        _ = try ReportWriter.write(report, to: folder)
        let suites = try XCTUnwrap(try junit(student)["suites"] as? [[String: Any]])
        let cases = try XCTUnwrap(suites.first?["cases"] as? [[String: Any]])
        XCTAssertEqual(
            cases.map { $0["name"] as? String }, ["calc.CalcTests.Nested/isEvenNumbers(n:)", "calc/oddIsNotEven()"])
    }

    func testJUnitReportsAnUngradedExerciseAsACaseOfItsOwn() throws {
        let grace = try junit(ReportFixture.grace)
        let suites = try XCTUnwrap(grace["suites"] as? [[String: Any]])
        let kinds = suites.map { (($0["cases"] as? [[String: Any]])?.first?["kinds"] as? [String]) ?? [] }
        XCTAssertEqual(kinds, [["error"], ["failure"], ["error"]], "compile error, missing, grader error")
        XCTAssertEqual((suites[0]["cases"] as? [[String: Any]])?.first?["name"] as? String, "operators/compile error")
    }

    func testJUnitOfTheHostileStudentIsValidXMLWithoutControlCharacters() throws {
        let mallory = try junit(ReportFixture.mallory)
        let suites = try XCTUnwrap(mallory["suites"] as? [[String: Any]])
        let loops = try XCTUnwrap(suites.first { $0["name"] as? String == "loops" })
        XCTAssertEqual(
            loops["output"] as? String,
            "<script>alert(1)</script>\"&'\nred, a bell\u{FFFD} and a NUL\u{FFFD}\n")
        let names = try XCTUnwrap(loops["cases"] as? [[String: Any]]).compactMap { $0["name"] as? String }
        XCTAssertTrue(names.contains("loops.LoopsTests/test<script>alert(1)</script>"), "\(names)")
    }
}
