// swift-tools-version:6.1
import PackageDescription

let optimised: [SwiftSetting] = [.unsafeFlags(["-O"])]

let package = Package(
    name: "xueshi",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "xueshi", targets: ["xueshi"]),
        .library(name: "XueshiPipeline", targets: ["XueshiPipeline"]),
        .library(name: "XueshiWorker", targets: ["XueshiWorker"]),
        .library(name: "XueshiStore", targets: ["XueshiStore"]),
        .library(name: "XueshiServer", targets: ["XueshiServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // OFD containers are zip files.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // The store: SQLite (the default) and PostgreSQL (many machines).
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // The web service (`xueshi serve`).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // C libraries: module maps and shims only.
        .systemLibrary(
            name: "CPoppler", path: "Sources/CPoppler", pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]),
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "CTesseract", path: "Sources/CTesseract", pkgConfig: "tesseract",
            providers: [.apt(["libtesseract-dev", "libleptonica-dev"])]),
        // OpenSSL 3's libcrypto: SM3 / SHA-256 digests and SM2 / RSA / ECDSA signature values of OFD signatures.
        .systemLibrary(
            name: "COpenSSL", path: "Sources/COpenSSL", pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]),
        // prctl(2) for workers that die with their supervisor (a header-only shim: Swift cannot call variadic C).
        .systemLibrary(name: "CProcess", path: "Sources/CProcess"),
        .systemLibrary(
            name: "CZBar", path: "Sources/CZBar", pkgConfig: "zbar",
            providers: [.apt(["libzbar-dev"])]),

        // The value types every stage shares, and the JSON report.
        .target(name: "XueshiCore"),
        // Full-width, Chinese numerals, dates, durations: pure Swift.
        .target(name: "XueshiNormalize", dependencies: ["XueshiCore"]),
        // OCR engines behind one protocol (PP-OCR worker processes, tesseract's C API), page preparation, OCR text mending.
        // Pixel loops are compiled optimised even in debug builds: unoptimised they cost seconds a page, which
        // the test suite (run in debug) would pay on every scanned document.
        .target(name: "XueshiOCR", dependencies: ["XueshiCore", "CTesseract"], swiftSettings: optimised),
        // Bytes → Document behind one page-source protocol: PDF (poppler), OFD (ZIPFoundation + libxml2, drawn with
        // cairo), images; seals found and QR codes read (zbar) on any source's drawn pages.
        .target(name: "XueshiRead", dependencies: ["XueshiCore", "XueshiOCR", "CPoppler", "CLibXML2", "CZBar", "COpenSSL",
                                                   .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: optimised),
        // Extractor specs (YAML), field finders, classification, confidence.
        .target(name: "XueshiExtract", dependencies: ["XueshiCore", "XueshiNormalize", "Yams"]),
        // Flags.
        .target(name: "XueshiCheck", dependencies: ["XueshiCore", "XueshiNormalize", "Yams"]),
        // Conversion standards (policies/*.yaml): proposals, policy checks, the annual summary. Pure Swift.
        .target(name: "XueshiPolicy", dependencies: ["XueshiCore", "XueshiNormalize", "Yams"]),
        // read → normalise → extract → classify → check → report; evaluation against labels.
        .target(
            name: "XueshiPipeline",
            dependencies: ["XueshiCore", "XueshiNormalize", "XueshiRead", "XueshiExtract", "XueshiCheck", "XueshiPolicy"]),
        // Isolated worker processes with limits: the supervisor, its protocol, and the `xueshi worker` side.
        .target(name: "XueshiWorker", dependencies: ["XueshiPipeline", "XueshiCheck", "XueshiCore", "XueshiRead", "XueshiOCR", "CProcess"]),
        // The store behind one protocol (memory, SQLite through GRDB, PostgreSQL through postgres-nio), migrations,
        // the backfill queue with leases, store-wide duplicates, exports.
        .target(name: "XueshiStore", dependencies: [
            "XueshiCore", "XueshiCheck", "XueshiPolicy", "XueshiPipeline", "XueshiWorker",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
        ]),
        // The web service on Hummingbird: routes, accounts and sessions, uploads read by the isolated workers.
        .target(name: "XueshiServer", dependencies: [
            "XueshiCore", "XueshiCheck", "XueshiPolicy", "XueshiPipeline", "XueshiRead", "XueshiWorker", "XueshiStore", "COpenSSL",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
        .executableTarget(
            name: "xueshi",
            dependencies: [
                "XueshiPipeline", "XueshiWorker", "XueshiStore", "XueshiServer", "XueshiOCR",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The Swift runtime and Foundation linked in: every `scan` starts a supervisor and a worker a core, and
            // binding those libraries' symbols was a quarter of each process's start (perf, 2026-12-04). Release
            // only: the tests' debug builds link faster without it.
            // The flag on the compile too: the static Foundation's own libraries reach the link through these objects.
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]),

        .testTarget(name: "XueshiCoreTests", dependencies: ["XueshiCore"], exclude: ["Fixtures"]),
        .testTarget(name: "XueshiNormalizeTests", dependencies: ["XueshiNormalize"]),
        .testTarget(name: "XueshiOCRTests", dependencies: ["XueshiOCR", "XueshiRead"]),
        .testTarget(name: "XueshiReadTests", dependencies: ["XueshiRead", "XueshiOCR"], exclude: ["Fixtures"]),
        .testTarget(name: "XueshiExtractTests", dependencies: ["XueshiExtract", "XueshiNormalize"]),
        .testTarget(name: "XueshiCheckTests", dependencies: ["XueshiCheck", "XueshiCore", "XueshiExtract", "XueshiPipeline"]),
        .testTarget(name: "XueshiPolicyTests", dependencies: ["XueshiPolicy"]),
        .testTarget(name: "XueshiPipelineTests", dependencies: ["XueshiPipeline"]),
        .testTarget(name: "XueshiWorkerTests", dependencies: ["XueshiWorker", "XueshiPipeline", "XueshiOCR"]),
        .testTarget(name: "XueshiStoreTests", dependencies: ["XueshiStore", "XueshiPipeline", "XueshiWorker", "XueshiRead", "XueshiCheck"]),
        .testTarget(name: "XueshiServerTests", dependencies: [
            "XueshiServer", "XueshiStore", "XueshiPipeline", "XueshiWorker", "XueshiCore",
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
        .testTarget(name: "XueshiCLITests", dependencies: ["xueshi", "XueshiPipeline", "XueshiStore", "XueshiServer", "XueshiOCR"]),
    ]
)
