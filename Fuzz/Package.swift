// swift-tools-version:6.0
import PackageDescription

// The fuzz targets, kept out of the root package so `swift build` and `swift test` never compile
// them: they only build with libFuzzer and AddressSanitizer turned on, which scripts/fuzz does
// (`swift build -c release --sanitize fuzzer --sanitize address`).
let package = Package(
    name: "lantoa-fuzz",
    dependencies: [
        .package(name: "lantoa", path: ".."),
    ],
    targets: [
        // One executable for every reader; LANTOA_FUZZ_TARGET picks which one a run feeds.
        .executableTarget(
            name: "lantoa-fuzz",
            dependencies: [.product(name: "Lantoa", package: "lantoa")],
            path: "Sources/LantoaFuzz"
        ),
    ]
)
