// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "lantoa",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "lantoa", targets: ["lantoa"]),
        .library(name: "Lantoa", targets: ["Lantoa"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        // TOML front matter (`+++`), as Hugo sites write it: toml++ through its Swift wrapper.
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // C libraries, found through pkg-config: libcmark for Markdown.
        .systemLibrary(
            name: "CMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // Precompressed output (`.gz`, `.br` beside each text file): libdeflate and the Brotli
        // encoder; libdeflate deflates the PNG pictures too. zlib's CRC-32 seals their chunks, and
        // zlib writes the open data's ZIP.
        .systemLibrary(name: "CDeflate", pkgConfig: "libdeflate", providers: [.apt(["libdeflate-dev"]), .brew(["libdeflate"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
        .systemLibrary(name: "CBrotli", pkgConfig: "libbrotlienc", providers: [.apt(["libbrotli-dev"]), .brew(["brotli"])]),
        // XXH3-128, the hash that tells whether a page's bytes changed since the last build.
        .systemLibrary(name: "CXXHash", pkgConfig: "libxxhash", providers: [.apt(["libxxhash-dev"]), .brew(["xxhash"])]),
        // The program's memory allocator on Linux: jemalloc in place of glibc's malloc, linked into
        // the `lantoa` program only (a build makes millions of small strings and arrays on every
        // core; 5 % of a clean build, BENCHMARKS.md, stop 57). macOS keeps its own.
        .systemLibrary(name: "CJemalloc", pkgConfig: "jemalloc", providers: [.apt(["libjemalloc-dev"]), .brew(["jemalloc"])]),
        // The commit a binary was built from (scripts/build and scripts/package stamp it).
        .target(name: "LantoaBuildInfo"),
        // System calls Swift does not reach: starting a program with none of this process's other
        // files open in it (the rasteriser), reading a folder's entries straight from the kernel.
        .target(name: "LantoaSystem"),
        // A picture's pixels made into PNG's rows, optimised in debug builds too (the tests draw many).
        .target(name: "LantoaPixels", cSettings: [.unsafeFlags(["-O2"])]),
        .target(
            name: "Lantoa",
            dependencies: [
                "CMark",
                "CDeflate",
                "CZlib",
                "CBrotli",
                "CXXHash",
                "LantoaBuildInfo",
                "LantoaSystem",
                "LantoaPixels",
                .product(name: "Yams", package: "Yams"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // The preview server: kept apart so the library needs no HTTP stack.
        .target(
            name: "LantoaPreview",
            dependencies: [
                "Lantoa",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "FlyingSocks", package: "FlyingFox"),
            ]
        ),
        .executableTarget(
            name: "lantoa",
            dependencies: [
                "Lantoa",
                "LantoaPreview",
                .target(name: "CJemalloc", condition: .when(platforms: [.linux])),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "LantoaTesting", dependencies: ["Lantoa"]),
        // CZlib and Yams are imported by tests too (PictureTests, FrontMatterTests): named for the same reason as below.
        .testTarget(name: "LantoaTests", dependencies: ["Lantoa", "LantoaTesting", "CZlib", .product(name: "Yams", package: "Yams")],
                    exclude: ["Fixtures"]),
        .testTarget(name: "lantoaTests", dependencies: ["LantoaTesting"]),
        // Lantoa named too: a test target that imports a module it only reaches through another is not
        // compiled again when that module changes, and reads its types as they were.
        .testTarget(name: "LantoaPreviewTests", dependencies: ["Lantoa", "LantoaPreview", "LantoaTesting"]),
    ]
)
