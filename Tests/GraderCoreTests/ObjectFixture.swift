import Foundation
import GraderModel
import GraderTestSupport

@testable import GraderCore

/// Swift sources compiled to ELF objects with the toolchain's swiftc, the way the grader compiles a
/// student's module, for the tests of the rules on objects.
enum ObjectFixture {
    /// Shared by every test run on this machine: building the SDK's modules once is the slow part.
    static let moduleCache = FileManager.default.temporaryDirectory.appendingPathComponent(
        "grade-test-module-cache", isDirectory: true)

    struct CompileError: Error, CustomStringConvertible {
        var output: String
        var description: String { "swiftc failed:\n\(output)" }
    }

    static func swiftc(_ arguments: [String], in folder: URL) throws -> Spawn.Result {
        let toolchain = try Toolchain.find()
        return try Spawn.run(
            [
                toolchain.swiftc.path, "-swift-version", "5", "-Onone", "-parse-as-library", "-enable-testing",
                "-module-cache-path", moduleCache.path, "-no-color-diagnostics", "-working-directory", folder.path,
            ] + arguments)
    }

    /// Each source (name → text) as a file of one module `module`, compiled in one go (not whole
    /// module: one object per file); name → object.
    static func objects(_ sources: [String: String], module: String = "Probe") async throws -> [String: URL] {
        try await Task.detached {
            let folder = try TemporaryDirectory(prefix: "grade-objects")
            for (name, source) in sources { try folder.write(source, to: "\(name).swift") }
            let result = try swiftc(
                ["-module-name", module, "-c"] + sources.keys.sorted().map { "\($0).swift" }, in: folder.url)
            guard result.status == 0 else { throw CompileError(output: result.output) }
            return Dictionary(
                uniqueKeysWithValues: sources.keys.map { ($0, folder.url.appendingPathComponent("\($0).o")) })
        }.value
    }

    /// `files` compiled as module `module` the way the grader does (whole module), into `object`.
    static func module(_ module: String, files: [URL], into object: URL) throws {
        let result = try swiftc(
            ["-wmo", "-module-name", module, "-c", "-o", object.path] + files.map(\.path),
            in: object.deletingLastPathComponent())
        guard result.status == 0 else { throw CompileError(output: result.output) }
    }

    /// The rules' verdict on the object `url`, pinned to `source` (as file `Sources/Probe/Probe.swift`).
    static func check(
        _ url: URL, source: String = "", module: String = "Probe", allowing allowances: Set<Allowance> = []
    ) throws -> RuleViolation? {
        try ObjectRules.check(
            objectAt: url, module: module, allowances: allowances,
            sources: { [(path: "Sources/Probe/Probe.swift", source: source)] })
    }
}
