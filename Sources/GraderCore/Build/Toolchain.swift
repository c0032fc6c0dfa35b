import Foundation

/// The Swift toolchain the grader compiles with.
public struct Toolchain: Sendable, Equatable {
    public var swiftc: URL

    public init(swiftc: URL) {
        self.swiftc = swiftc
    }

    public enum LookupError: Error, CustomStringConvertible {
        case notFound(searched: String)
        public var description: String {
            switch self {
            case .notFound(let searched):
                "swiftc was not found (searched SWIFTC and PATH: \(searched)); install Swift 6 and put its bin folder on PATH"
            }
        }
    }

    /// `$SWIFTC` if set, else the first `swiftc` on `PATH`.
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Toolchain {
        if let explicit = environment["SWIFTC"], FileManager.default.isExecutableFile(atPath: explicit) {
            return Toolchain(swiftc: URL(fileURLWithPath: explicit))
        }
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("swiftc")
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return Toolchain(swiftc: candidate)
            }
        }
        throw LookupError.notFound(searched: path)
    }

    /// Folders of the Swift runtime libraries test binaries load (`…/usr/lib/swift/linux`).
    public var runtimeLibraries: [String] {
        [binFolder.deletingLastPathComponent().appendingPathComponent("lib/swift/linux").standardizedFileURL.path]
    }

    /// LLVM's linker as the toolchain ships it (`…/usr/bin/ld.lld`); it may be missing.
    var lld: URL { binFolder.appendingPathComponent("ld.lld") }

    /// `…/usr/bin`, where swiftc finds its linker driver.
    public var binFolder: URL { swiftc.deletingLastPathComponent() }
}
