import Foundation
import GraderSandbox

/// Compiles one student's exercise with `swiftc` directly (no SwiftPM, so no student manifest,
/// plugin or flag ever runs): the student's files as module `<Module>` with testing enabled, then
/// the hidden suite and the harness as module `<Module>Tests`, linked into one test binary.
struct Compiler: Sendable {
    var toolchain: Toolchain
    var processRunner: ProcessRunner
    /// Shared by every job: clang and Swift modules of the SDK are built once.
    var moduleCache: URL
    /// The Swift language mode students write in.
    var swiftVersion = "5"
    /// Data the compiler may use (heap and stacks): a source that makes it grow without end fails.
    var memory = 4 << 30
    var prlimit = Sandbox.find("prlimit")
    /// Link each student's module with a hidden suite compiled once per exercise when that works
    /// (`fastBuild`), else build both per student.
    var prebuildsSuites = true
    /// The suites compiled once per exercise so far (nil: one that could not be prebuilt).
    var prebuilt = SharedWork<String, PrebuiltSuite?>(forgetFinished: false)
    /// The frontend's command line for each set of flags the fast way compiled with so far.
    var frontendCommands = SharedWork<[String], FrontendCommand?>(forgetFinished: false)
    /// The symbols of each set of libraries a test executable loads (`LoadableSuite`), read once.
    var libraryScopes = SharedWork<[String], LibraryScope?>(forgetFinished: false)
    /// The linker that makes each student's module a shared library (`LoadableSuite`): GNU ld,
    /// which starts in a third of `ld.lld`'s time; nil: the toolchain's `ld.lld`.
    var sharedLinker = Sandbox.find("ld.bfd")

    /// The settings above as one line, for the result cache's key.
    var settings: String { "swift-version \(swiftVersion) memory \(memory)" }

    enum Result: Sendable {
        case built(TestBinary)
        /// `diagnostics` are safe to show the student (no hidden test source in them).
        case failed(reason: String, diagnostics: String)
        /// The student's module broke a rule the compiler or the check of its object enforces
        /// (`MemorySafetyRule`, `ObjectRules`): it is never linked with the hidden tests.
        case rejected(RuleViolation)
    }

    /// Throws when the grader cannot finish (the compiler cannot start, its object cannot be read:
    /// `ObjectRules.UnreadableObject`); what the student's code does is a `Result`.
    func build(
        _ files: [String], suite: PreparedSuite, in folder: URL, timeout: Duration, times: StageTimes = StageTimes()
    ) async throws -> Result {
        if prebuildsSuites,
            let built = try await fastBuild(files, suite: suite, in: folder, timeout: timeout, times: times)
        {
            return built
        }
        let module = suite.exercise.module
        let strict = !suite.exercise.allowances.contains(.unsafe)
        let build = folder.appendingPathComponent(".build", isDirectory: true)
        try FileManager.default.createDirectory(at: build, withIntermediateDirectories: true)

        let student = try await compileStudent(
            files, exercise: suite.exercise, in: folder, timeout: timeout, times: times, libraryEvolution: false)
        if strict, !student.succeeded, student.stoppedBy == nil,
            let violation = MemorySafetyRule.violation(
                inCompilerOutput: TestRunner.combined(student).replacingOccurrences(of: folder.path + "/", with: ""))
        {
            return .rejected(violation)
        }
        if let failure = failure(student, timeout: timeout, folder: folder, hidden: false) { return failure }
        if let violation = try checkObject(files, exercise: suite.exercise, in: folder, times: times) {
            return .rejected(violation)
        }

        let binary = build.appendingPathComponent("tests")
        let tests = try await times.measure(.linkTests) {
            try await swiftc(
                common + ["-module-name", suite.testModule, "-I", ".build", "-o", binary.path]
                    + suite.hiddenFiles.map(\.path) + [suite.harness.path, ".build/\(module).o"],
                in: folder, timeout: timeout)
        }
        if let failure = failure(tests, timeout: timeout, folder: folder, hidden: true) { return failure }
        return .built(TestBinary(executable: binary))
    }

    /// Compiles the student's `files` into `.build/<Module>.o`: for library evolution (the fast way,
    /// `fastBuild`), or with the module emitted for the hidden suite to import (the usual way).
    func compileStudent(
        _ files: [String], exercise: Exercise, in folder: URL, timeout: Duration, times: StageTimes,
        libraryEvolution: Bool
    ) async throws -> ProcessOutcome {
        let module = exercise.module
        let kind =
            libraryEvolution
            ? ["-enable-library-evolution"] : ["-emit-module", "-emit-module-path", ".build/\(module).swiftmodule"]
        let strict = exercise.allowances.contains(.unsafe) ? [] : MemorySafetyRule.compilerFlags
        let flags = common + ["-parse-as-library", "-enable-testing"] + kind + strict
        let output = ".build/\(module).o"
        return try await times.measure(.compileStudent) {
            if libraryEvolution, let frontend = await frontendCommand(flags: flags, in: folder, timeout: timeout) {
                return try await run(
                    frontend.command(module: module, output: output, sources: files), in: folder, timeout: timeout)
            }
            return try await swiftc(
                flags + ["-module-name", module, "-c", "-o", output] + files, in: folder, timeout: timeout)
        }
    }

    /// The frontend's command for `flags`, asked of the driver once per run (nil: use the driver).
    func frontendCommand(flags: [String], in folder: URL, timeout: Duration) async -> FrontendCommand? {
        await frontendCommands.value(for: flags) {
            guard
                let printed = try? await swiftc(
                    FrontendCommand.driverArguments(flags: flags), in: folder, timeout: timeout),
                printed.succeeded
            else { return nil }
            return FrontendCommand.learn(driverOutput: printed.standardOutput.text)
        }.value
    }

    /// The object check of the compiled student module (`ObjectRules`), lines named from `files`.
    func checkObject(_ files: [String], exercise: Exercise, in folder: URL, times: StageTimes) throws
        -> RuleViolation?
    {
        let sources = { files.map { (path: $0, source: Self.read(folder.appendingPathComponent($0))) } }
        return try times.measure(.objectCheck) {
            try ObjectRules.check(
                objectAt: folder.appendingPathComponent(".build/\(exercise.module).o"), module: exercise.module,
                allowances: exercise.allowances, sources: sources)
        }
    }

    /// Flags of every compilation.
    var common: [String] {
        [
            "-swift-version", swiftVersion, "-Onone", "-wmo", "-module-cache-path", moduleCache.path,
            "-no-color-diagnostics",
        ]
    }

    /// A staged file's text (the staging made sure it is UTF-8).
    static func read(_ url: URL) -> String {
        (try? Data(contentsOf: url)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    func swiftc(_ arguments: [String], in folder: URL, timeout: Duration) async throws -> ProcessOutcome {
        try await run([toolchain.swiftc.path] + arguments, in: folder, timeout: timeout)
    }

    /// Runs a tool of the toolchain (`command[0]`) in `folder`, within the compiler's data limit.
    func run(_ command: [String], in folder: URL, timeout: Duration) async throws -> ProcessOutcome {
        let command = (prlimit.map { [$0, "--data=\(memory)", "--core=0", "--"] } ?? []) + command
        return try await processRunner.run(
            ProcessSpec(
                executable: command[0],
                arguments: Array(command.dropFirst()),
                environment: [
                    "PATH": "\(toolchain.binFolder.path):/usr/bin:/bin", "HOME": folder.path,
                    "TMPDIR": folder.path, "TZ": "UTC", "LANG": "C.UTF-8",
                ],
                workingDirectory: folder.path,
                timeout: timeout,
                outputCap: 256 * 1024
            ))
    }

    func failure(_ outcome: ProcessOutcome, timeout: Duration, folder: URL, hidden: Bool) -> Result? {
        if outcome.stoppedBy != nil {
            return .failed(
                reason: "the compiler took longer than \(TestRunner.format(timeout)) and was stopped",
                diagnostics: "")
        }
        guard !outcome.succeeded else { return nil }
        let text = TestRunner.combined(outcome).replacingOccurrences(of: folder.path + "/", with: "")
        if case .signaled = outcome.termination, !text.contains("error:") {
            return .failed(
                reason: "the compiler crashed or ran out of memory (limit \(memory >> 30) GiB) on this code",
                diagnostics: String(text.suffix(4096)))
        }
        guard hidden else {
            return .failed(reason: "your code does not compile", diagnostics: String(text.prefix(32 * 1024)))
        }
        // Errors met while compiling the hidden tests against the student's code: keep the error
        // sentences (they say what is missing), never the test source or its paths.
        let errors = text.split(separator: "\n").compactMap { line -> String? in
            guard let range = line.range(of: "error: ") else { return nil }
            return "hidden tests: error: " + line[range.upperBound...]
        }
        var unique: [String] = []
        for error in errors where !unique.contains(error) { unique.append(error) }
        return .failed(
            reason: "the hidden tests cannot use your code: check the names and signatures the exercise asks for",
            diagnostics: unique.isEmpty ? "linking the test binary failed" : unique.joined(separator: "\n"))
    }
}

extension Compiler {
    /// A compiler with a process runner of its own.
    init(toolchain: Toolchain, moduleCache: URL) {
        self.init(toolchain: toolchain, processRunner: ProcessRunner(), moduleCache: moduleCache)
    }
}
