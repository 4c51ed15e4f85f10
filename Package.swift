// swift-tools-version: 6.0
import PackageDescription

/// Layers only look down: galley → Galley → GitKit → CGit2.
let package = Package(
    name: "Galley",
    products: [
        .executable(name: "galley", targets: ["galley"]),
        .library(name: "Galley", targets: ["Galley"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGit2",
            pkgConfig: "libgit2",
            providers: [.apt(["libgit2-dev"])]
        ),
        // C, because it must define a C symbol the executable exports (see git_startup.h).
        .target(name: "CGitStartup", dependencies: ["CGit2"]),
        .target(name: "GitKit", dependencies: ["CGit2", "CGitStartup"]),
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
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ],
            plugins: ["EmbedResources"]
        ),
        .executableTarget(
            name: "galley",
            dependencies: ["Galley", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
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
        .testTarget(name: "GitKitTests", dependencies: ["GitKit"]),
        .testTarget(name: "GalleyTests", dependencies: ["Galley", "GitKit"]),
        .testTarget(name: "GalleyCLITests", dependencies: ["Galley", "GitKit"]),
    ],
    swiftLanguageModes: [.v6]
)
