import Foundation
import GraderModel
import GraderSandbox
import GraderTestSupport
import XCTest

@testable import GraderCore

/// The fastest build (`LoadableSuite`): the fixture's hidden suite linked once into an executable
/// that loads each student's module from `libCalc.so` beside it. A module that would not load the
/// way a whole link would have accepted it takes a slower way, which decides the verdict.
final class LoadableSuiteTests: XCTestCase {
    static let course = Task { try FixtureCourse() }

    /// One compiler for the whole class, as a grading run has: the suite is prebuilt once.
    static let compiler = Task {
        Compiler(
            toolchain: try Toolchain.find(),
            moduleCache: FileManager.default.temporaryDirectory.appendingPathComponent("grade-test-module-cache"))
    }

    struct Job {
        var result: Compiler.Result
        var folder: TemporaryDirectory
        var suite: PreparedSuite
    }

    /// Builds `source` as the student's `Sources/Calc/Calc.swift` (the job's folder stays until
    /// the test removes it).
    func build(_ source: String) async throws -> Job {
        let course = try await Self.course.value
        let job = try TemporaryDirectory(prefix: "grade-loadable")
        let exercise = Exercise(
            id: "calc", module: "Calc", points: 10, folder: course.folder.url.appendingPathComponent("Exercises/calc"))
        let suite = try PreparedSuite.prepare(exercise, in: course.folder.url.appendingPathComponent(".work"))
        try job.write(source, to: "Sources/Calc/Calc.swift")
        let result = try await Self.compiler.value.build(
            ["Sources/Calc/Calc.swift"], suite: suite, in: job.url, timeout: .seconds(120))
        return Job(result: result, folder: job, suite: suite)
    }

    func run(_ job: Job, binary: TestBinary) async throws -> [String: TestVerdict] {
        let runner = TestRunner(
            processRunner: ProcessRunner(),
            sandbox: try await testSandbox(stateFolder: job.folder.url.appendingPathComponent(".grade")))
        return try await runner.run(
            binary: binary, testModule: job.suite.testModule, suite: job.suite.suite, limits: .defaults,
            folder: job.folder.url
        ).verdicts
    }

    func testAStudentsModuleIsLoadedFromALibraryBesideThePrebuiltSuite() async throws {
        let job = try await build(FixtureCourse.solution)
        defer { job.folder.remove() }
        guard case .built(let binary) = job.result else { return XCTFail("\(job.result)") }
        XCTAssertEqual(binary.executable.lastPathComponent, "loading-tests")
        XCTAssertEqual(binary.libraries, [job.folder.url.appendingPathComponent(".build/libCalc.so")])
        let verdicts = try await run(job, binary: binary)
        XCTAssertEqual(verdicts.count, 4)
        XCTAssertEqual(Set(verdicts.values.map(\.status)), [.passed], "\(verdicts)")

        let starter = try await build(FixtureCourse.starter)
        defer { starter.folder.remove() }
        guard case .built(let starterBinary) = starter.result, !starterBinary.libraries.isEmpty else {
            return XCTFail("\(starter.result)")
        }
        XCTAssertEqual(
            starterBinary.executable, binary.executable, "one executable for the whole class")
        let crashed = try await run(starter, binary: starterBinary)
        XCTAssertEqual(Set(crashed.values.map(\.status)), [.crashed], "\(crashed)")
        XCTAssertTrue(crashed.values.allSatisfy { $0.message?.contains("TODO") == true }, "\(crashed)")
    }

    /// RegexBuilder is a library the suite's executable does not load: the module's use of it is
    /// found before anything runs, and the test binary is linked whole, with it.
    func testAModuleNeedingALibraryTheSuiteDoesNotLoadIsLinkedWhole() async throws {
        let source = """
            import RegexBuilder
            func add(_ a: Int, _ b: Int) -> Int {
                let digits = Regex { OneOrMore(.digit) }
                return "\\(a)".contains(digits) ? a + b : 0
            }
            func isEven(_ n: Int) -> Bool { n % 2 == 0 }
            func half(_ n: Int) -> Int { n / 2 }

            """
        let job = try await build(source)
        defer { job.folder.remove() }
        guard case .built(let binary) = job.result else { return XCTFail("\(job.result)") }
        XCTAssertEqual(binary.libraries, [], "not loadable: linked whole")
        XCTAssertEqual(binary.executable, job.folder.url.appendingPathComponent(".build/tests"))
        let object = try ELFObject(contentsOf: job.folder.url.appendingPathComponent(".build/Calc.o"))
        let loadable = try await Self.loadable()
        let reason = try XCTUnwrap(loadable?.mismatch(object))
        let prefix = "no library the test executable loads defines "
        XCTAssertTrue(reason.hasPrefix(prefix), reason)
        let regexBuilder = try LibraryScope(
            libraries: [try Toolchain.find().runtimeLibraries[0] + "/libswiftRegexBuilder.so"])
        XCTAssertTrue(regexBuilder.defines(String(reason.dropFirst(prefix.count))), "\(reason): RegexBuilder's")
        let verdicts = try await run(job, binary: binary)
        XCTAssertEqual(Set(verdicts.values.map(\.status)), [.passed], "\(verdicts)")
    }

    /// A module without `isEven` cannot be loaded (the suite uses it), nor linked: the usual build
    /// tells the student what the hidden tests could not find.
    func testAModuleMissingWhatTheSuiteUsesGetsTheUsualCompileError() async throws {
        let source = "func add(_ a: Int, _ b: Int) -> Int { a + b }\nfunc half(_ n: Int) -> Int { n / 2 }\n"
        let job = try await build(source)
        defer { job.folder.remove() }
        guard case .failed(let reason, let diagnostics) = job.result else { return XCTFail("\(job.result)") }
        XCTAssertTrue(reason.hasPrefix("the hidden tests cannot use your code"), reason)
        XCTAssertTrue(diagnostics.contains("isEven"), diagnostics)

        let object = try ELFObject(contentsOf: job.folder.url.appendingPathComponent(".build/Calc.o"))
        let loadable = try await Self.loadable()
        let reason2 = try XCTUnwrap(loadable?.mismatch(object))
        XCTAssertTrue(reason2.hasPrefix("the module does not export $s4Calc6isEven"), reason2)
    }

    /// The exercise's loadable suite, as the compiler prebuilt it for the first job.
    static func loadable() async throws -> LoadableSuite? {
        try await compiler.value.prebuilt.value(for: "calc") { nil }.value?.loadable
    }
}
