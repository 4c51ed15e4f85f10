// swift-tools-version: 6.0
import PackageDescription

/// Layers only look down: galley, galley-desk → GalleyDesk → Galley → GitKit → CGit2.
/// `galley serve` becomes `galley-desk` (DeskLaunch), so the command line links no web server.
let package = Package(
    name: "Galley",
    products: [
        .executable(name: "galley", targets: ["galley"]),
        .executable(name: "galley-desk", targets: ["galley-desk"]),
        .library(name: "Galley", targets: ["Galley"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        // C, because it must define a C symbol the executable exports (see git_startup.h).
        .target(name: "CGitStartup", dependencies: ["CGit2"]),
        .target(name: "GitKit", dependencies: ["CGit2", "CGitStartup", .product(name: "Crypto", package: "swift-crypto")]),
        .executableTarget(name: "GalleyResourceEmbedder"),
        .plugin(
            name: "EmbedResources",
            capability: .buildTool(),
            dependencies: ["GalleyResourceEmbedder"]
        ),
        .target(
            name: "Galley",
            dependencies: [
                "GitKit", .product(name: "Yams", package: "Yams"), .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for reading listing rows by column position (Index/StatementColumns.swift).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            plugins: ["EmbedResources"]
        ),
        // The web desk: HTML over Hummingbird, calling the same Newsroom as the CLI (never GitKit).
        .target(
            name: "GalleyDesk",
            dependencies: [
                "Galley", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"), .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(
            name: "galley",
            dependencies: [
                "Galley", .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "galley-desk", dependencies: ["Galley", "GalleyDesk"]),
        // galley(1) from the command definitions (scripts/install-manual); reads the built galley, links nothing of it.
        .executableTarget(name: "galley-manual", path: "Sources/GalleyManual"),
        .executableTarget(
            name: "galley-history",
            dependencies: ["Galley"],
            path: "Benchmarks/HistoryGenerator"
        ),
        .executableTarget(
            name: "galley-bench",
            dependencies: ["Galley", "GitKit"],
            path: "Benchmarks/Harness"
        ),
        // The one process runner of the test suites (run a program: arguments, environment, input, folder, timeout).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "GitKitTests", dependencies: ["GitKit", "TestSupport"]),
        // GRDB: SearchRankTests compares the rank with FTS5's bm25 on a database of its own.
        .testTarget(
            name: "GalleyTests",
            dependencies: ["Galley", "GitKit", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The end-to-end tests run the built galley: depending on it makes `swift test` build it first.
        .testTarget(name: "GalleyCLITests", dependencies: ["Galley", "GitKit", "galley", "galley-desk", "TestSupport"]),
        .testTarget(name: "GalleyDeskTests", dependencies: ["GalleyDesk", "Galley"]),
    ],
    swiftLanguageModes: [.v6]
)
