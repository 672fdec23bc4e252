import Foundation
import Testing
import XueshiCheck
import XueshiCore
import XueshiExtract
import XueshiPipeline
import XueshiRead

/// `hasSeal` of every document labelled in a pool's labels.json.
func sealLabels(_ pool: String) throws -> [(path: String, hasSeal: Bool)] {
    let data = try Data(contentsOf: URL(fileURLWithPath: repo(pool + "/labels.json")))
    let list = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    return list.compactMap { d in
        guard let f = d["file"] as? String, let s = d["hasSeal"] as? Bool else { return nil }
        return (repo(pool + "/" + f), s)
    }
}

struct SealScore: CustomStringConvertible {
    var tp = 0, fp = 0, fn = 0, tn = 0
    var recall: Double { tp + fn == 0 ? 1 : Double(tp) / Double(tp + fn) }
    var precision: Double { tp + fp == 0 ? 1 : Double(tp) / Double(tp + fp) }
    var description: String { "recall \(tp)/\(tp + fn) precision \(tp)/\(tp + fp) (tn \(tn))" }
}

/// Seal finding measured against the corpus labels (a document counts as found when any page has a seal).
@Suite(.serialized) struct SealCorpusTests {
    func score(_ pools: [String]) throws -> (SealScore, [String]) {
        var s = SealScore()
        var misses: [String] = []
        let p = scanner()
        for pool in pools {
            for (path, has) in try sealLabels(pool) {
                let r = p.scan(file: path)
                let found = !(r.document?.seals.isEmpty ?? true)
                switch (has, found) {
                case (true, true): s.tp += 1
                case (false, true): s.fp += 1; misses.append("false seal: \(path)")
                case (true, false): s.fn += 1; misses.append("missed seal: \(path)")
                case (false, false): s.tn += 1
                }
            }
        }
        return (s, misses)
    }

    @Test func sealRecallAndPrecisionOnTheTuningPools() throws {
        let (s, misses) = try score(["corpus/docs", "corpus/holdout"])
        print("seals docs+holdout: \(s)\n" + misses.joined(separator: "\n"))
        #expect(s.recall >= 0.9, "\(s) \(misses)")
        #expect(s.precision >= 0.95, "\(s) \(misses)")
    }

    @Test func sealRecallAndPrecisionOnUnseenPools() throws {
        let (s, misses) = try score(["corpus/fresh", "corpus/final", "corpus/samples"])
        print("seals fresh+final+samples: \(s)\n" + misses.joined(separator: "\n"))
        #expect(s.recall >= 0.85, "\(s) \(misses)")
        #expect(s.precision >= 0.9, "\(s) \(misses)")
    }
}

/// The committed cases of corpus/verify/make_seal_cases.py: real seals, real QR codes and a barcode.
@Suite struct SealAndCodeCaseTests {
    func scan(_ name: String) -> ScanResult { scanner().scan(file: repo("corpus/verify/" + name)) }
    func codes(_ r: ScanResult) -> Set<String> { Set(r.report.flags.map(\.code)) }

    @Test func sealedCertificatesAreQuiet() throws {
        for name in ["印章证书1.pdf", "印章证书2.pdf", "二维码证书1.pdf", "二维码证书2.pdf", "条形码证书.pdf"] {
            let r = scan(name)
            let doc = try #require(r.document)
            #expect(doc.seals.count == 1, "\(name): \(doc.seals)")
            #expect(!codes(r).contains("no-seal-found"), "\(name)")
            // The seal sits over the issuer's name, lower right of a landscape A4 page (842 × 595 pt).
            if let s = doc.seals.first {
                #expect(s.page == 1)
                #expect(abs((s.box.x0 + s.box.x1) / 2 - (842 - 220)) < 6, "\(name): \(s.box)")
                #expect(abs((s.box.y0 + s.box.y1) / 2 - (595 - 126)) < 6, "\(name): \(s.box)")
                #expect(s.confidence >= 0.5)
                #expect(s.text == nil)
            }
        }
        let oval = try #require(scan("印章证书2.pdf").document?.seals.first)
        #expect(oval.shape == "oval")
        #expect(abs(oval.box.width - 45 * 72 / 25.4) < 5 && abs(oval.box.height - 30 * 72 / 25.4) < 5, "\(oval.box)")
        let round = try #require(scan("印章证书1.pdf").document?.seals.first)
        #expect(round.shape == "round")
    }

    @Test func missingSealsAreFlagged() throws {
        // No seal; only red marks that are not seals (a solid red disk, a red rule); a seal copied in black and white.
        for name in ["无章证书1.pdf", "无章证书2.pdf", "黑白印章.pdf"] {
            let r = scan(name)
            #expect(r.document?.seals.isEmpty == true, "\(name): \(r.document?.seals ?? [])")
            let flag = try #require(r.report.flags.first { $0.code == "no-seal-found" }, "\(name)")
            #expect(flag.severity == .warning)
            #expect(flag.message.contains("印章"))
        }
    }

    @Test func codesAreReportedForVerification() throws {
        let cases = [("二维码证书1.pdf", "https://zs.ahjxjy.example.cn/verify?no="),
                     ("二维码证书2.pdf", "https://cert.example.org.cn/q/"),
                     ("条形码证书.pdf", "YZ2024")]
        for (name, prefix) in cases {
            let r = scan(name)
            let f = try #require(r.report.fields["verificationCode"], "\(name)")
            #expect(f.value.string?.hasPrefix(prefix) == true, "\(name): \(f.value)")
            #expect(f.page == 1)
            // Lower left of the page, where the code is drawn.
            let box = try #require(f.box)
            #expect(box[0] >= 60 && box[2] <= 260 && box[1] >= 400 && box[3] <= 540, "\(name): \(box)")
        }
        #expect(scan("印章证书1.pdf").report.fields["verificationCode"] == nil)
    }

    @Test func sealsAndCodesCaseLabelsPass() throws {
        let (e, _) = try evaluate(["corpus/verify"])
        #expect(e.flagRecall >= 0.95, "\(e.misses)")
        #expect(e.falseAlarmRate <= 0.05, "\(e.misses)")
        #expect(!e.misses.contains { $0.field == "verificationCode" }, "\(e.misses)")
    }
}

/// The seal finder on drawn pixels, and the check's rules on made-up documents.
@Suite struct SealRuleTests {
    /// A white RGB page at 72 dpi with red pixels where `red(x, y)` says.
    func page(_ w: Int, _ h: Int, red: (Int, Int) -> Bool) -> PixelImage {
        var px = [UInt8](repeating: 255, count: w * h * 3)
        for y in 0..<h { for x in 0..<w where red(x, y) { px[3 * (y * w + x) + 1] = 30; px[3 * (y * w + x) + 2] = 40 } }
        return PixelImage(width: w, height: h, channels: 3, pixels: px, scale: 1)
    }

    @Test func aRingIsASealADiskIsNot() {
        func dist(_ x: Int, _ y: Int) -> Double { let dx = Double(x - 200), dy = Double(y - 200); return (dx * dx + dy * dy).squareRoot() }
        let ring = SealFinder.find(in: page(400, 400) { x, y in abs(dist(x, y) - 55) < 2 || dist(x, y) < 12 }, page: 3)
        #expect(ring.count == 1)
        #expect(ring.first?.page == 3)
        #expect(ring.first.map { abs($0.box.x0 - 143) < 3 && abs($0.box.x1 - 257) < 3 } == true, "\(ring)")
        #expect(SealFinder.find(in: page(400, 400) { x, y in dist(x, y) < 55 }, page: 1).isEmpty)
        // Too small (a 10 mm red dot ring) and a red underline.
        #expect(SealFinder.find(in: page(400, 400) { x, y in abs(dist(x, y) - 14) < 1.5 }, page: 1).isEmpty)
        #expect(SealFinder.find(in: page(400, 400) { x, y in y > 100 && y < 104 && x > 20 && x < 380 }, page: 1).isEmpty)
        // Half a ring (a seal cut by the page edge, or a red arc) is not enough.
        #expect(SealFinder.find(in: page(400, 400) { x, y in abs(dist(x, y) - 55) < 2 && y < 200 }, page: 1).isEmpty)
    }

    /// The specs say which kinds carry a seal; the check takes their word.
    static let specs = try! SpecLibrary.load(directory: repoRoot.appendingPathComponent("extractors").path).specs

    func input(kind: String, specId: String? = nil, evidence: Bool = true, seals: [SealInfo] = [], scanned: Bool = true) -> CheckInput {
        var doc = Document(format: .pdf, pages: [Page(number: 1, width: 595, height: 842, blocks: [], textSource: .textLayer)],
                           byteCount: 1000)
        doc.seals = seals
        doc.sealScannedPages = scanned ? [1] : []
        var i = CheckInput(fields: [:], isEvidence: evidence, mode: .training, document: doc,
                           today: DayDate(year: 2026, month: 11, day: 26)!)
        i.kind = kind
        i.specId = specId
        let id = specId ?? (kind == "other" ? "other-evidence" : kind)
        i.carriesSeal = Self.specs.first { $0.id == id }?.carriesSeal ?? false
        return i
    }

    @Test func whichKindsMustCarryASeal() {
        let seal = SealInfo(page: 1, box: Box(x0: 400, y0: 600, x1: 516, y1: 716), confidence: 0.9, shape: "round")
        #expect(SealChecks.run(input(kind: "training-certificate")).map(\.code) == ["no-seal-found"])
        #expect(SealChecks.run(input(kind: "award")).map(\.code) == ["no-seal-found"])
        #expect(SealChecks.run(input(kind: "training-certificate", seals: [seal])).isEmpty)
        for kind in ["journal-paper", "monograph", "patent", "online-learning-record", "unknown"] {
            #expect(SealChecks.run(input(kind: kind)).isEmpty, "\(kind)")
        }
        #expect(SealChecks.run(input(kind: "conference-proof", specId: "english-conference")).isEmpty)
        #expect(SealChecks.run(input(kind: "training-certificate", evidence: false)).isEmpty)
        // A valid digital signature is an electronic seal.
        var signed = input(kind: "training-certificate")
        signed.document?.signatures = [SignatureInfo(signer: "某单位 电子印章", signingTime: nil, signatureStatus: "valid",
                                                     certificateStatus: "unknown-issuer", signedLength: 1000, coversWholeFile: true)]
        #expect(SealChecks.run(signed).isEmpty)
        signed.document?.signatures[0].signatureStatus = "digest-mismatch"
        #expect(SealChecks.run(signed).map(\.code) == ["no-seal-found"])
        // Pages that were not rendered are not judged.
        #expect(SealChecks.run(input(kind: "training-certificate", scanned: false)).isEmpty)
    }
}
