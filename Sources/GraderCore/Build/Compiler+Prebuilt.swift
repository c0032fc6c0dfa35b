import Foundation
import GraderSandbox

/// The fast way to build a job: the hidden suite and its harness are compiled once per exercise,
/// against the interface of the exercise's reference solution (or its starter code), with the
/// module built for library evolution, so the suite reaches the module's types and functions only
/// through symbols (no layout or code of the reference is compiled into it). Each student's module
/// is then compiled the same way and linked with that one object. Anything that fails on the way
/// (the student's code does not compile, a symbol the suite needs is missing or has another
/// signature, the object check refuses the library-evolution object) falls back to `build`, the
/// usual two compilations, which alone decides what the student is told: the fast way never
/// produces a verdict of its own, only a test binary.
extension Compiler {
    /// Attributes that would copy the reference's code or layout into the suite: an exercise whose
    /// interface source has one is built the usual way.
    static let inliningAttributes = [
        "@inlinable", "@frozen", "@usableFromInline", "@_alwaysEmitIntoClient", "@_transparent", "@_fixed_layout",
    ]

    /// A test binary for `files` by the fast way, or nil when the usual way must be taken.
    func fastBuild(
        _ files: [String], suite: PreparedSuite, in folder: URL, timeout: Duration, times: StageTimes
    ) async throws -> Result? {
        guard let prebuiltSuite = await prebuiltSuite(for: suite, times: times) else { return nil }
        let module = suite.exercise.module
        let build = folder.appendingPathComponent(".build", isDirectory: true)
        try FileManager.default.createDirectory(at: build, withIntermediateDirectories: true)
        let student = try await compileStudent(
            files, exercise: suite.exercise, in: folder, timeout: timeout, times: times, libraryEvolution: true)
        // A compiler stopped at the time limit would be stopped the usual way too: not twice.
        if student.stoppedBy != nil { return failure(student, timeout: timeout, folder: folder, hidden: false) }
        guard student.succeeded,
            try checkObject(files, exercise: suite.exercise, in: folder, times: times) == nil
        else { return nil }
        if let loadable = prebuiltSuite.loadable,
            let binary = try await times.measure(
                .link, { try await linkLoadable(loadable, module: module, in: folder, timeout: timeout) })
        {
            return .built(binary)
        }
        let binary = build.appendingPathComponent("tests")
        let studentObject = build.appendingPathComponent("\(module).o").path
        let linked = try await times.measure(.link) {
            if let command = prebuiltSuite.link(student: studentObject, output: binary.path),
                try await run(command, in: folder, timeout: timeout).succeeded
            {
                return true
            }
            // A library the student's module needs and the suite does not, say: the drivers know.
            return try await swiftc(
                ["-o", binary.path, prebuiltSuite.object.path, studentObject], in: folder, timeout: timeout
            ).succeeded
        }
        guard linked else { return nil }
        return .built(TestBinary(executable: binary))
    }

    /// The exercise's suite compiled once (`prebuild`): by the first job that asks, the others
    /// waiting for it. A job that asks before taking its build slot passes the slots' bucket, so
    /// that the compilation holds a slot while the jobs waiting for it hold none (each waiting job
    /// holding one kept a core idle for a second per exercise).
    func prebuiltSuite(for suite: PreparedSuite, times: StageTimes, slot: TokenBucket? = nil) async
        -> PrebuiltSuite?
    {
        await prebuilt.value(for: suite.exercise.id) {
            let work = { @Sendable in await times.measure(.prebuildSuite) { await prebuild(suite) } }
            guard let slot else { return await work() }
            return await slot.withToken { await work() }
        }.value
    }

    /// Compiles the interface module (reference solution, else starter code) and then the hidden
    /// suite with its harness against it, into the harness's folder, and links the two once to learn
    /// the linker's command line. Nil when a compilation fails or the interface source has an
    /// inlining attribute.
    func prebuild(_ suite: PreparedSuite) async -> PrebuiltSuite? {
        let exercise = suite.exercise
        let manager = FileManager.default
        guard
            let interface = [exercise.referenceFolder, exercise.starterFolder].first(where: {
                manager.fileExists(atPath: $0.path)
            }),
            let sources = manager.enumerator(atPath: interface.path)?.compactMap({ $0 as? String })
                .filter({ $0.hasSuffix(".swift") }).sorted().map({ interface.appendingPathComponent($0).path }),
            !sources.isEmpty,
            !sources.contains(where: { path in
                let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? "@"
                return Self.inliningAttributes.contains { text.contains($0) }
            })
        else { return nil }
        let folder = suite.harness.deletingLastPathComponent().appendingPathComponent("prebuilt", isDirectory: true)
        let module = exercise.module
        let object = folder.appendingPathComponent("\(suite.testModule).o")
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            let interfaceBuild = try await swiftc(
                common + [
                    "-module-name", module, "-parse-as-library", "-enable-testing", "-enable-library-evolution",
                    "-emit-module", "-emit-module-path", "\(module).swiftmodule", "-c", "-o", "\(module).o",
                ] + sources, in: folder, timeout: exercise.limits.build)
            guard interfaceBuild.succeeded else { return nil }
            let suiteBuild = try await swiftc(
                common + ["-module-name", suite.testModule, "-I", ".", "-c", "-o", object.path]
                    + suite.hiddenFiles.map(\.path) + [suite.harness.path],
                in: folder, timeout: exercise.limits.build)
            guard suiteBuild.succeeded else { return nil }
            let probe = folder.appendingPathComponent("tests")
            let interfaceObject = folder.appendingPathComponent("\(module).o").path
            // LLVM's lld, where the toolchain has it, links a test binary in about 60% of gold's time;
            // on one thread, as jobs already keep every core busy (its threads cost 25% more CPU).
            let lld = ["-use-ld=lld", "-Xlinker", "--threads=1"]
            let linkers = FileManager.default.isExecutableFile(atPath: toolchain.lld.path) ? [lld, []] : [[]]
            var linked: (outcome: ProcessOutcome, flags: [String])?
            for linker in linkers where linked?.outcome.succeeded != true {
                linked = (
                    try await swiftc(
                        linker + ["-v", "-o", probe.path, object.path, interfaceObject], in: folder,
                        timeout: exercise.limits.build),
                    linker
                )
            }
            guard let linked, linked.outcome.succeeded else { return PrebuiltSuite(object: object, linkCommand: nil) }
            let verbose = linked.outcome.standardError.text
            return PrebuiltSuite(
                object: object,
                linkCommand: PrebuiltSuite.linkCommand(
                    verboseOutput: verbose, output: probe.path, interfaceObject: interfaceObject),
                loadable: try await prebuildLoadable(
                    module: module, interfaceObject: URL(fileURLWithPath: interfaceObject), suiteObject: object,
                    probeOutput: verbose, in: folder, linkerFlags: linked.flags, timeout: exercise.limits.build))
        } catch {
            return nil
        }
    }
}
