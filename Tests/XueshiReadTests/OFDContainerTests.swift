import Foundation
import Testing
import ZIPFoundation
@testable import XueshiRead

/// Hostile and broken containers: each refused with its own error code, none read past its limits.
@Suite struct OFDContainerTests {
    static let page = MiniOFD.page("<ofd:TextObject ID=\"1\" Boundary=\"10 10 50 10\" Font=\"1\" Size=\"5\"><ofd:TextCode X=\"0\" Y=\"5\" DeltaX=\"5\">测试</ofd:TextCode></ofd:TextObject>")

    static var good: MiniOFD {
        var o = MiniOFD()
        o.pages = [("Pages/Page_0/Content.xml", page)]
        return o
    }

    @Test func theGoodOneReads() throws {
        let p = try OFDTest.package(Self.good.data)
        #expect(p.pages.count == 1)
    }

    @Test func dataDescriptorsAndDirectoryEntriesRead() throws {
        var z = Self.good.zip
        for i in z.entries.indices { z.entries[i].flags |= 8 }
        z.entries.insert(MiniZip.Entry(name: "Doc_0/", data: Data()), at: 1)
        let p = try OFDTest.package(z.data)
        #expect(p.pages.first?.objects.count == 1)
        #expect(!p.container.names.contains { $0.hasSuffix("/") })
    }

    @Test func rootRelativeReferencesAreFound() throws {
        var o = Self.good
        o.pages = [("Pages/Page_0/Content.xml", Self.page)]
        var z = MiniZip()
        let doc = o.documentXML.replacingOccurrences(of: "BaseLoc=\"Pages/Page_0/Content.xml\"",
                                                     with: "BaseLoc=\"Doc_0/Pages/Page_0/Content.xml\"")
        for e in o.zip.entries { z.add(e.name, e.name.hasSuffix("Document.xml") ? Data(doc.utf8) : e.data) }
        #expect(try OFDTest.package(z.data).pages.count == 1)
    }

    @Test func notAZip() {
        #expect(OFDTest.error(Data("PK\u{3}\u{4} but nothing else at all, no directory".utf8)) == "corrupt")
        #expect(OFDTest.error(Data(repeating: 7, count: 10)) == "corrupt")
    }

    @Test func zipWithoutOFDXML() {
        var z = MiniZip()
        z.add("word/document.xml", "<w/>")
        #expect(OFDTest.error(z.data) == "not-a-document")
    }

    @Test func ofdXMLNamingNoDocument() {
        var z = MiniZip()
        z.add("OFD.xml", "<ofd:OFD \(MiniOFD.ns)><ofd:DocBody><ofd:DocInfo/></ofd:DocBody></ofd:OFD>")
        #expect(OFDTest.error(z.data) == "not-a-document")
        var y = MiniZip()
        y.add("OFD.xml", "<ofd:OFD \(MiniOFD.ns)></ofd:OFD>")
        #expect(OFDTest.error(y.data) == "not-a-document")
    }

    @Test func badXML() {
        var z = MiniZip()
        z.add("OFD.xml", "<ofd:OFD><ofd:DocBody>")
        #expect(OFDTest.error(z.data) == "corrupt")
    }

    @Test func entityBombIsRefusedUnexpanded() {
        var bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        bomb += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
        for i in 2...9 { bomb += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i - 1);", count: 10) + "\">" }
        bomb += "]><ofd:OFD \(MiniOFD.ns)><ofd:DocBody><ofd:DocRoot>&lol9;</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
        var z = MiniZip()
        z.add("OFD.xml", bomb)
        let start = Date()
        #expect(OFDTest.error(z.data) == "corrupt")
        #expect(Date().timeIntervalSince(start) < 2)
    }

    @Test func missingDocumentXML() {
        var z = MiniZip()
        z.add("OFD.xml", Self.good.ofdXML)
        guard case .failure(let e) = OFDReader.open(data: z.data, options: .textOnly) else { Issue.record("read"); return }
        #expect(e.code == "corrupt")
        #expect(e.message.contains("Doc_0/Document.xml"))
    }

    @Test func missingPagePart() {
        var o = Self.good
        o.pages = []
        var z = o.zip
        z.entries.removeAll { $0.name.hasSuffix("Document.xml") }
        var withPage = MiniOFD()
        withPage.pages = [("Pages/Page_0/Content.xml", Self.page)]
        z.add("Doc_0/Document.xml", withPage.documentXML)
        guard case .failure(let e) = OFDReader.open(data: z.data, options: .textOnly) else { Issue.record("read"); return }
        #expect(e.code == "corrupt")
        #expect(e.message.contains("Pages/Page_0/Content.xml"))
    }

    @Test func traversalAbsoluteBackslashAndNULNames() {
        for name in ["../../etc/x", "Doc_0/../../x", "/etc/x", "C:/x", "a\\b.xml", "a\u{0}b"] {
            var z = Self.good.zip
            z.add(name, "x")
            #expect(OFDTest.error(z.data) == "corrupt", "\(name)")
        }
    }

    @Test func duplicateEntries() {
        var z = Self.good.zip
        z.add("Doc_0/Document.xml", "<x/>")
        #expect(OFDTest.error(z.data) == "corrupt")
        var y = Self.good.zip
        y.add("./OFD.xml", "<x/>")
        #expect(OFDTest.error(y.data) == "corrupt")
    }

    @Test func encryptedEntry() {
        var z = Self.good.zip
        z.entries[1].flags |= 1
        #expect(OFDTest.error(z.data) == "encrypted")
    }

    @Test func tooManyEntries() {
        var z = Self.good.zip
        for i in 0..<20 { z.add("Doc_0/Res/x\(i).bin", "x") }
        var limits = OFDLimits()
        limits.maxEntries = 10
        #expect(OFDTest.error(z.data, limits: limits) == "too-large")
    }

    @Test func declaredSizeOverTheLimit() {
        var limits = OFDLimits()
        limits.maxPartBytes = 1000
        var z = Self.good.zip
        z.add("Doc_0/Res/big.bin", Data(repeating: 1, count: 2000))
        #expect(OFDTest.error(z.data, limits: limits) == "too-large")
        // Over the whole file's decompressed-bytes limit (ReadOptions.maxDecompressedBytes) in all.
        limits.maxPartBytes = 1 << 20
        limits.maxTotalBytes = 1500
        #expect(OFDTest.error(z.data, limits: limits) == "decompression-limit")
    }

    /// A deflated run of zeros: a small file expanding past the limits, refused from its declared sizes and ratio.
    @Test func zipBomb() throws {
        let archive = try Archive(accessMode: .create)
        for (name, text) in [("OFD.xml", Self.good.ofdXML), ("Doc_0/Document.xml", Self.good.documentXML),
                             ("Doc_0/PublicRes.xml", Self.good.resourcesXML), ("Doc_0/Pages/Page_0/Content.xml", Self.page)] {
            let d = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(d.count), compressionMethod: .deflate) { pos, size in
                d.subdata(in: Int(pos)..<Int(pos) + size)
            }
        }
        let zeros = 8 << 20
        try archive.addEntry(with: "Doc_0/Res/zeros.bin", type: .file, uncompressedSize: Int64(zeros),
                             compressionMethod: .deflate) { _, size in Data(count: size) }
        let data = try #require(archive.data)
        #expect(data.count < 100_000)
        var limits = OFDLimits()
        limits.maxPartBytes = 4 << 20
        #expect(OFDTest.error(data, limits: limits) == "too-large")
        var ratio = OFDLimits()
        ratio.ratioFloor = 1 << 20
        ratio.maxRatio = 100
        #expect(OFDTest.error(data, limits: ratio) == "too-large")
        // The default limits refuse it by its ratio; with the ratio allowed, the container reads (the part is
        // never extracted: no page uses it).
        #expect(OFDTest.error(data) == "too-large")
        var lax = OFDLimits()
        lax.maxRatio = 1e6
        #expect(OFDTest.error(data, limits: lax) == nil)
    }

    /// Headers that understate the size pass the declared checks; the streaming cap still stops the extraction.
    @Test func lyingSizesAreStillCapped() throws {
        let archive = try Archive(accessMode: .create)
        try archive.addEntry(with: "x.bin", type: .file, uncompressedSize: Int64(4 << 20),
                             compressionMethod: .deflate) { _, size in Data(count: size) }
        var data = try #require(archive.data)
        // Declare 1000 bytes in the local header (offset 22) and the central header (offset 24).
        func patch(_ at: Int) { data[at] = 0xE8; data[at + 1] = 0x03; data[at + 2] = 0; data[at + 3] = 0 }
        patch(22)
        let central = try #require(data.range(of: Data([0x50, 0x4B, 0x01, 0x02])))
        patch(central.lowerBound + 24)
        var limits = OFDLimits()
        limits.maxPartBytes = 1 << 20
        let container = try OFDContainer(data: data, limits: limits)
        #expect(throws: OFDError.self) { _ = try container.part("x.bin") }
    }

    @Test func centralDirectoryOutsideTheFile() {
        var d = Self.good.data
        // The end record's directory offset (bytes 16…19 of the last 22) pointed past the end.
        let at = d.count - 22 + 16
        d[at] = 0xFF; d[at + 1] = 0xFF; d[at + 2] = 0xFF; d[at + 3] = 0x7F
        #expect(OFDTest.error(d) == "corrupt")
    }

    @Test func zip64IsRefusedCleanly() {
        var d = Self.good.data
        let at = d.count - 22 + 8
        d[at] = 0xFF; d[at + 1] = 0xFF; d[at + 2] = 0xFF; d[at + 3] = 0xFF
        #expect(OFDTest.error(d) == "corrupt")
    }

    @Test func truncatedFile() throws {
        let d = try OFDTest.fixture("发票示例.ofd")
        for cut in [10, 100, d.count / 2, d.count - 30, d.count - 1] {
            #expect(OFDTest.error(d.prefix(cut)) == "corrupt", "cut \(cut)")
        }
    }
}
