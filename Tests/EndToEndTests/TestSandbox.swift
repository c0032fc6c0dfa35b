import Foundation
import GraderCore
import GraderSandbox

/// The sandbox the end-to-end tests grade under: the strongest that works on this machine, as
/// `grade` picks it by default.
func testSandbox(stateFolder: URL) async throws -> Sandbox {
    try await Sandbox.make(.auto, libraries: try Toolchain.find().runtimeLibraries, stateFolder: stateFolder)
}
