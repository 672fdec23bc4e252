// swift-tools-version:6.1
// libFuzzer targets for xueshi, in their own package so the main package's build is untouched.
//
//   bash fuzz/run.sh normalize 60            # build (release, -sanitize=fuzzer,address) and fuzz for 60 s
//   swift build -c release --package-path fuzz -Xswiftc -sanitize=fuzzer,address
//
// Each target has `@_cdecl("LLVMFuzzerTestOneInput")` in one file and a main.swift that runs libFuzzer's driver on it.
import PackageDescription

let pipeline: Target.Dependency = .product(name: "XueshiPipeline", package: "xueshi")

let package = Package(
    name: "xueshi-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "xueshi", path: "..")],
    targets: [
        // Loading the extractor specs and standards once; text → Document; a stored zip writer for OFD parts.
        .target(name: "FuzzSupport", dependencies: [pipeline]),
        // Declares libFuzzer's LLVMFuzzerRunDriver: SwiftPM links each executable with its own main (it renames
        // the module's entry point and points `main` at it), so libFuzzer's main is never used; each target's
        // main.swift hands its LLVMFuzzerTestOneInput to the driver instead.
        .target(name: "CFuzz"),
        // Normalize: clean, width folding, numbers, quantities, dates (Chinese, numeric, English), year hints.
        .executableTarget(name: "normalize", dependencies: ["FuzzSupport", "CFuzz", pipeline]),
        // The extract stage on text: a one-page Document from the input's lines → TextView → Extractor →
        // the standards' proposal (PolicySet.propose).
        .executableTarget(name: "extract", dependencies: ["FuzzSupport", "CFuzz", pipeline]),
        // The YAML loaders: a policy (PolicySet.parse), an extractor spec (SpecLibrary.load on a folder holding
        // the real lexicon and base spec plus the input), the known-issuers list (IssuerRegistry.load).
        .executableTarget(name: "specs", dependencies: ["FuzzSupport", "CFuzz", pipeline]),
        // The OFD container reader through Pipeline.scan(data:name:): the input is either a whole zip (when it
        // starts with PK) or one XML part of a minimal valid package, zipped here with correct CRCs.
        .executableTarget(name: "ofd", dependencies: ["FuzzSupport", "CFuzz", pipeline]),
    ]
)
