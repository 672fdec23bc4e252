import Foundation
import FuzzSupport
import XueshiPipeline
import XueshiCheck   // IssuerRegistry: not re-exported by the XueshiPipeline product (see fuzz/README.md)

/// A folder holding the real lexicon and base spec, and the input as one more spec.
nonisolated(unsafe) let specDir: String = {
    let dir = NSTemporaryDirectory() + "xueshi-fuzz-specs-\(getpid())"
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    for name in ["lexicon.yaml", "base.yaml"] {
        try? FileManager.default.removeItem(atPath: dir + "/" + name)
        try? FileManager.default.copyItem(atPath: Fuzz.root + "/extractors/" + name, toPath: dir + "/" + name)
    }
    return dir
}()

/// First byte picks the loader: 0 a policy (PolicySet.parse), 1 an extractor spec (SpecLibrary.load),
/// 2 the known-issuers list (IssuerRegistry.load(yaml:)). The rest is the YAML.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSpecs(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let b = Fuzz.bytes(data, size)
    guard let first = b.first, b.count <= 64 << 10 else { return 0 }
    let yaml = Fuzz.string(Array(b.dropFirst()))
    switch first % 3 {
    case 0:
        if let p = try? PolicySet.parse(yaml: yaml) {
            // A parsed policy is used: propose for a plain training certificate under it.
            let set = PolicySet(policies: [p], region: p.region)
            let fields: [String: Field] = ["hours": Field(value: .number(24), confidence: 0.9),
                                           "startDate": Field(value: .string("2024-03-01"), confidence: 0.9),
                                           "endDate": Field(value: .string("2024-03-03"), confidence: 0.9)]
            _ = set.propose(EvidenceFacts(mode: .training, kind: "training-certificate", fields: fields,
                                          text: "共计24学时"), policyId: p.id)
        }
    case 1:
        let path = specDir + "/zz-fuzz.yaml"
        FileManager.default.createFile(atPath: path, contents: Data(yaml.utf8))
        if let lib = try? SpecLibrary.load(directory: specDir) {
            let ex = Extractor(library: lib)
            _ = ex.extract(TextView(document: Fuzz.document(text: "培训证明\n张伟同志参加培训，共计24学时。\n2024年3月5日")))
        }
    default:
        _ = try? IssuerRegistry.load(yaml: yaml)
    }
    return 0
}
