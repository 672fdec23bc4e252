import Foundation
import Testing
import XueshiCore
@testable import XueshiRead

@Suite("Metadata, revisions, checksums")
struct MetadataTests {
    static func date(_ s: String) -> Date? { ISO8601.parse(s) }

    @Test func infoDictionaryOfASample() throws {
        let metadata = try Samples.read("附件1.pdf").metadata
        #expect(metadata.producer == "Adobe PDF Library 15.0")
        #expect(metadata.creator == "Adobe InDesign 16.0 (Windows)")
        #expect(metadata.creationDate == Self.date("2021-01-18T15:31:19+08:00"))
        #expect(metadata.title == nil)
    }

    @Test func xmpDatesOfASample() throws {
        let metadata = try Samples.read("附件11.pdf").metadata
        #expect(metadata.producer == "Microsoft® Word 2016")
        #expect(metadata.xmp?.contains("xmp:CreateDate") == true)
        #expect(metadata.xmpCreateDate == Self.date("2024-04-24T05:53:43Z"))
        #expect(metadata.xmpModifyDate == metadata.modificationDate)
    }

    @Test func editedSampleShowsLaterModification() throws {
        let document = try Samples.read("证明材料22.pdf")
        #expect(document.metadata.producer == "PDF-XChange Editor 9.5.368.0")
        #expect(document.metadata.modificationDate! > document.metadata.creationDate!)
        #expect(document.revisions == 3)
    }

    @Test func xmpWrittenAsAttributesOrElements() throws {
        let attributes = """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
              xmp:CreateDate="2024-03-01T09:30:00.25+08:00" xmp:ModifyDate="2024-03-02T01:00:00Z"/>
            </rdf:RDF></x:xmpmeta>
            <?xpacket end="w"?>
            """
        let a = XMPParser.dates(attributes)
        #expect(a.create == Date(timeIntervalSince1970: 1_709_256_600.25))
        #expect(a.modify == Self.date("2024-03-02T09:00:00+08:00"))

        let elements = """
            <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:x2="http://ns.adobe.com/xap/1.0/">
            <x2:CreateDate> 2023-08-10T11:28:24+08:00 </x2:CreateDate>
            <other:CreateDate xmlns:other="urn:not-xmp">1999-01-01</other:CreateDate>
            </rdf:Description></rdf:RDF></x:xmpmeta>
            """
        let e = XMPParser.dates(elements)
        #expect(e.create == Self.date("2023-08-10T03:28:24Z"))
        #expect(e.modify == nil)

        #expect(XMPParser.dates("<not xml").create == nil)
        #expect(XMPParser.dates("").create == nil)
        // No external entities or network: the parser must not fetch this.
        let hostile = "<!DOCTYPE x [<!ENTITY e SYSTEM \"http://127.0.0.1:9/x\">]><x xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"><xmp:CreateDate>&e;</xmp:CreateDate></x>"
        #expect(XMPParser.dates(hostile).create == nil)
    }

    @Test func xmpAndInfoOfABuiltFile() throws {
        let xmp = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmp:CreateDate=\"2020-05-06T07:08:09+08:00\" xmp:ModifyDate=\"2025-01-02T03:04:05+08:00\"/></rdf:RDF></x:xmpmeta>"
        let data = MiniPDF(pages: [.init(content: "BT /F1 12 Tf 72 700 Td (Hello) Tj ET")],
                           info: ["Title": "Fixture", "Author": "Tester", "Subject": "Reading", "Keywords": "a, b",
                                  "Creator": "Swift", "Producer": "MiniPDF", "CreationDate": "D:20200506070809+08'00'",
                                  "ModDate": "D:20250102030405Z"],
                           xmp: xmp).data()
        let m = try DocumentReader.read(data: data).get().metadata
        #expect(m.title == "Fixture" && m.author == "Tester" && m.subject == "Reading" && m.keywords == "a, b")
        #expect(m.creator == "Swift" && m.producer == "MiniPDF")
        #expect(m.creationDate == Self.date("2020-05-06T07:08:09+08:00"))
        #expect(m.modificationDate == Self.date("2025-01-02T03:04:05Z"))
        #expect(m.xmpCreateDate == m.creationDate)
        #expect(m.xmpModifyDate == Self.date("2025-01-02T03:04:05+08:00"))
    }

    @Test func iso8601Forms() {
        #expect(ISO8601.parse("1970-01-01T00:00:00Z") == Date(timeIntervalSince1970: 0))
        #expect(ISO8601.parse("2024-02-29") == Date(timeIntervalSince1970: 1_709_164_800))
        #expect(ISO8601.parse("2024-02-29T08:00+08:00") == Date(timeIntervalSince1970: 1_709_164_800))
        #expect(ISO8601.parse("2024-02-29T00:00:00-0130") == Date(timeIntervalSince1970: 1_709_164_800 + 5400))
        #expect(ISO8601.parse("2024") == ISO8601.parse("2024-01-01T00:00:00Z"))
        #expect(ISO8601.parse("2024-13-01") == nil)
        #expect(ISO8601.parse("yesterday") == nil)
        #expect(ISO8601.parse("2024-01-01T10:00:00+08:00 trailing") == nil)
    }

    @Test func revisionsCountIncrementalUpdates() throws {
        let original = MiniPDF.hello()
        #expect(RevisionCounter.count(original) == 1)
        let updated = MiniPDF.appendingUpdate(to: original, producer: "Editor")
        #expect(RevisionCounter.count(updated) == 2)
        let document = try DocumentReader.read(data: updated).get()
        #expect(document.revisions == 2)
        #expect(document.metadata.producer == "Editor")
        #expect(try DocumentReader.read(data: MiniPDF.appendingUpdate(to: updated, producer: "Again")).get().revisions == 3)
    }

    @Test func linearisedFileIsOneRevision() throws {
        let data = try Samples.fixture("linearized.pdf")
        #expect(data.range(of: Data("%%EOF".utf8)) != data.range(of: Data("%%EOF".utf8), options: .backwards))
        #expect(try DocumentReader.read(data: data).get().revisions == 1)
    }

    @Test func samplesAreSingleRevisions() throws {
        for name in ["附件1.pdf", "附件11.pdf", "继续教育材料-71.pdf", "扫描件6.pdf"] {
            #expect(try Samples.read(name).revisions == 1, "\(name)")
        }
    }

    @Test func sha256OfKnownBytes() {
        #expect(sha256Hex(Data("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(sha256Hex(Data()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let slice = Data("xxabcxx".utf8).dropFirst(2).dropLast(2)
        #expect(sha256Hex(slice) == sha256Hex(Data("abc".utf8)))
    }
}
