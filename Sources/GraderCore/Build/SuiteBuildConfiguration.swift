import SwiftIfConfig
import SwiftSyntax

/// How `Compiler` builds a hidden suite, for deciding which clauses of its `#if`s are compiled:
/// Linux on the grader's own architecture, Swift 6.3 in language mode 5 (`Compiler.swiftVersion`),
/// no custom condition (no `-D` flag: `DEBUG` is not set), and the modules of the toolchain importable.
struct SuiteBuildConfiguration: BuildConfiguration {
    /// Modules `#if canImport(…)` finds: the toolchain's on Linux.
    static let importable: Set<String> = [
        "Swift", "XCTest", "Foundation", "FoundationEssentials", "FoundationInternationalization",
        "FoundationNetworking",
        "FoundationXML", "Glibc", "Dispatch", "Synchronization", "_Concurrency", "_StringProcessing", "RegexBuilder",
        "Observation", "Distributed", "Testing",
    ]

    static var architecture: String {
        #if arch(arm64)
            "arm64"
        #else
            "x86_64"
        #endif
    }

    func isCustomConditionSet(name: String) -> Bool { false }
    func hasFeature(name: String) -> Bool { false }
    func hasAttribute(name: String) -> Bool { true }

    func canImport(importPath: [(TokenSyntax, String)], version: CanImportVersion) -> Bool {
        guard let module = importPath.first?.1 else { return false }
        return Self.importable.contains(module)
    }

    func isActiveTargetOS(name: String) -> Bool { name == "Linux" }
    func isActiveTargetArchitecture(name: String) -> Bool { name == Self.architecture }
    func isActiveTargetEnvironment(name: String) -> Bool { false }
    func isActiveTargetRuntime(name: String) -> Bool { name == "_Native" }
    func isActiveTargetPointerAuthentication(name: String) -> Bool { false }
    func isActiveTargetObjectFormat(name: String) -> Bool { name == "ELF" }

    var targetPointerBitWidth: Int { 64 }
    var targetAtomicBitWidths: [Int] { [8, 16, 32, 64, 128] }
    var endianness: Endianness { .little }
    var languageVersion: VersionTuple { VersionTuple(5, 10) }
    var compilerVersion: VersionTuple { VersionTuple(6, 3) }
}
