import ArgumentParser
import Foundation
import GraderCore
import GraderSandbox

extension SandboxRequest: ExpressibleByArgument {}

/// `--sandbox`, shared by the subcommands that run student code.
struct SandboxOption: ParsableArguments {
    @Option(
        name: .long,
        help: "How to isolate student code: auto (the strongest that works here, never none), bwrap, none.")
    var sandbox: SandboxRequest = .auto

    /// Sets the sandbox up, saying once on stderr when it is weaker than bubblewrap.
    func make(toolchain: Toolchain, stateFolder: URL) async throws -> Sandbox {
        let made = try await Sandbox.make(sandbox, libraries: toolchain.runtimeLibraries, stateFolder: stateFolder)
        if let warning = made.warning {
            FileHandle.standardError.write(Data("warning: \(warning)\n".utf8))
        }
        return made
    }
}
