import Foundation
import GraderSandbox

/// What decides every result of a run apart from the course: the grader's own binary (its bytes,
/// so any rebuild of the grader starts a new cache), the toolchain (`swiftc --version`, as
/// printed), the sandbox level and the compiler's settings.
struct RunFingerprint: Sendable {

    let digest: String
    /// `swiftc --version`, first line, for messages.
    let toolchain: String

    init(grader: Data, toolchain: String, sandbox: String, compiler: String) {
        self.init(graderDigest: FieldHasher.digest(grader), toolchain: toolchain, sandbox: sandbox, compiler: compiler)
    }

    /// `graderDigest`: the SHA-256 of the grader's executable.
    init(graderDigest: String, toolchain: String, sandbox: String, compiler: String) {
        var hasher = FieldHasher()
        hasher.add("format", ResultCache.header)
        hasher.add("grader", graderDigest)
        hasher.add("toolchain", toolchain)
        hasher.add("sandbox", sandbox)
        hasher.add("compiler", compiler)
        digest = hasher.finish()
        self.toolchain = toolchain.split(separator: "\n").first.map(String.init) ?? toolchain
    }

    /// The fingerprint of this process, built with `toolchain`, running tests under `sandbox`.
    static func current(toolchain: Toolchain, sandbox: String, compiler: String) async throws -> RunFingerprint {
        let grader = try FieldHasher.digest(ofFileAt: URL(fileURLWithPath: "/proc/self/exe"))
        let version = try await ProcessRunner().run(
            ProcessSpec(
                executable: toolchain.swiftc.path, arguments: ["--version"],
                environment: ["PATH": "\(toolchain.binFolder.path):/usr/bin:/bin", "LANG": "C.UTF-8"],
                workingDirectory: "/", timeout: .seconds(60), outputCap: 64 * 1024))
        guard version.succeeded else {
            throw GradingError.toolchainUnusable(
                "`\(toolchain.swiftc.path) --version` failed: \(version.standardError.text)")
        }
        return RunFingerprint(
            graderDigest: grader, toolchain: version.standardOutput.text, sandbox: sandbox, compiler: compiler)
    }
}
