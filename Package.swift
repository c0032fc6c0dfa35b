// swift-tools-version: 6.2
import PackageDescription

/// Our own targets: Swift 6 language mode (the tools version's default) and warnings as errors.
let strict: [SwiftSetting] = [
    .treatAllWarnings(as: .error),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "grade",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "grade", targets: ["grade"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-system", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/swiftlang/swift-syntax", from: "603.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
    ],
    targets: [
        // The executable: argument parsing only, one file per subcommand.
        .executableTarget(
            name: "grade",
            dependencies: [
                "GraderCore", "GraderModel", "GraderReport", "GraderSandbox",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        // Results: the values every stage hands on (outcomes, scores, the report's shape).
        .target(name: "GraderModel", swiftSettings: strict),
        // Course model, scheduling, staging, building, running tests, scoring.
        .target(
            name: "GraderCore",
            dependencies: [
                "GraderModel", "GraderGit", "GraderSandbox",
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "SwiftSyntax", package: "swift-syntax"),
                .product(name: "SwiftParser", package: "swift-syntax"),
                .product(name: "SwiftIfConfig", package: "swift-syntax"),
                .product(name: "SwiftDiagnostics", package: "swift-syntax"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        // libgit2, wrapped.
        .systemLibrary(name: "CGit2", pkgConfig: "libgit2", providers: [.apt(["libgit2-dev"])]),
        // libssh2 (libgit2's SSH library), for checking host keys against known_hosts files.
        .systemLibrary(name: "CSSH2", pkgConfig: "libssh2", providers: [.apt(["libssh2-1-dev"])]),
        .target(name: "GraderGit", dependencies: ["CGit2", "CSSH2"], swiftSettings: strict),
        // Running untrusted processes: timeouts, process-group kill, output caps.
        .target(
            name: "GraderSandbox",
            dependencies: [
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
            ],
            swiftSettings: strict
        ),
        // Pure functions from results to JSON, HTML and CSV files.
        .target(
            name: "GraderReport",
            dependencies: [
                "GraderModel",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            swiftSettings: strict
        ),
        // Fixtures for tests: temporary folders, throwaway git repositories of fake students.
        .target(name: "GraderTestSupport", swiftSettings: strict),

        .testTarget(
            name: "GraderCoreTests", dependencies: ["GraderCore", "GraderGit", "GraderModel", "GraderTestSupport"],
            exclude: ["Fixtures"], swiftSettings: strict),
        .testTarget(
            name: "GraderGitTests", dependencies: ["GraderGit", "GraderTestSupport"],
            swiftSettings: strict),
        .testTarget(name: "GraderSandboxTests", dependencies: ["GraderSandbox"], swiftSettings: strict),
        .testTarget(
            name: "GraderReportTests",
            dependencies: ["GraderReport", "GraderModel", "GraderTestSupport"],
            exclude: ["Golden"],
            swiftSettings: strict),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["GraderCore", "GraderModel", "GraderReport", "GraderSandbox", "GraderTestSupport"],
            swiftSettings: strict),
    ]
)
