import Foundation
import Testing
import XueshiCheck
import XueshiCore
import XueshiPipeline

/// Files as real producers write them are not damaged and not edited; a later tool's change still is.
@Suite struct ProducerShapeTests {
    func iso(_ s: String) -> Date? { ISO8601DateFormatter().date(from: s) }

    func flags(_ data: Data) -> [String] { scanner().scan(data: data, name: "shape.pdf").report.flags.map(\.code) }

    /// qpdf --check passes (the shape is valid) and no repaired-file is reported.
    func expectIntact(_ data: Data, _ what: String) {
        if let q = ProducerPDF.qpdf(data, ["--check", "IN"]) { #expect(q.status == 0, "qpdf --check: \(what)") }
        #expect(PDFStructure.crossReferenceIntact(data), "\(what)")
        #expect(!flags(data).contains("repaired-file"), "\(what)")
    }

    @Test func tablesWithEveryLineEndAreIntact() {
        for end in [ProducerPDF.LineEnd.lf, .crlf, .cr] {
            expectIntact(ProducerPDF(lineEnd: end).data(), "\(end)")
        }
    }

    @Test func aTableOfThousandsOfObjectsIsReadWhole() {
        // 4,200 entries are 84 KB of table: more than a first look at 64 KB reaches.
        for end in [ProducerPDF.LineEnd.lf, .crlf] {
            expectIntact(ProducerPDF(lineEnd: end, fillerObjects: 4_200).data(), "4200 objects, \(end)")
        }
    }

    @Test func wordsHybridFileIsOneIntactSave() throws {
        let data = ProducerPDF(lineEnd: .crlf, hybrid: true).data()
        expectIntact(data, "hybrid")
        let doc = try #require(scanner().scan(data: data, name: "shape.pdf").document)
        #expect(doc.revisions == 1)
        #expect(!flags(data).contains("incremental-update"))
    }

    @Test func objectStreamsAndLinearisedFilesAreIntact() throws {
        let original = ProducerPDF(lineEnd: .crlf).data()
        for args in [["--object-streams=generate", "IN", "OUT"], ["--linearize", "IN", "OUT"],
                     ["--linearize", "--object-streams=generate", "IN", "OUT"]] {
            guard let made = ProducerPDF.qpdf(original, args) else { return }
            #expect(made.status == 0 && !made.output.isEmpty)
            expectIntact(made.output, args.joined(separator: " "))
            #expect(scanner().scan(data: made.output, name: "shape.pdf").document?.revisions == 1, "\(args)")
            let codes = flags(made.output)
            #expect(!codes.contains("incremental-update") && !codes.contains("edited-metadata"), "\(args): \(codes)")
        }
    }

    @Test func producersOwnSavesAreNotEdits() throws {
        let base = ProducerPDF(lineEnd: .crlf)
        let original = base.data()
        // Seconds after creating the file, the producer appends XMP and its info dictionary.
        let xmp = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/></x:xmpmeta>"
        let metadataOnly = ProducerPDF.appendingUpdate(to: original, objects: [
            1: "<< /Type /Catalog /Pages 2 0 R /Metadata 7 0 R >>",
            7: "<< /Type /Metadata /Subtype /XML /Length \(xmp.utf8.count) >>\nstream\n\(xmp)\nendstream",
        ], info: ProducerPDF.info(producer: base.producer, creator: base.creator, created: base.created,
                                  modified: "D:20240611093020+08'00'"))
        // A scanner app adds its text layer two minutes later, under its own name.
        let textLayer = ProducerPDF.appendingUpdate(to: original, objects: ProducerPDF.overlay("Ada Example", overlayNumber: 7),
                                                    info: ProducerPDF.info(producer: base.producer, creator: base.creator,
                                                                           created: base.created, modified: "D:20240611093200+08'00'"))
        // A design tool's file, saved by its author a year after they began it, then given XMP by the same tool.
        let designed = ProducerPDF(lineEnd: .crlf, producer: "Adobe PDF library 16.04", creator: "Adobe Illustrator 26.1 (Macintosh)",
                                   created: "D:20220328163353+05'30'", modified: "D:20230623143232+05'30'").data()
        let designedXMP = ProducerPDF.appendingUpdate(to: designed, objects: [
            1: "<< /Type /Catalog /Pages 2 0 R /Metadata 7 0 R >>",
            7: "<< /Type /Metadata /Subtype /XML /Length \(xmp.utf8.count) >>\nstream\n\(xmp)\nendstream",
        ], info: nil)
        for (name, data) in [("metadata", metadataOnly), ("text layer", textLayer), ("designed + XMP", designedXMP)] {
            expectIntact(data, name)
            let doc = try #require(scanner().scan(data: data, name: "shape.pdf").document)
            #expect(doc.revisions == 2)
            let codes = flags(data)
            #expect(!codes.contains("incremental-update") && !codes.contains("edited-metadata"), "\(name): \(codes)")
        }
    }

    @Test func aLaterEditIsSeen() {
        let base = ProducerPDF(lineEnd: .crlf, hybrid: true)
        let original = base.data()
        // Another tool, a year later, paints other hours over the page.
        let edited = ProducerPDF.appendingUpdate(to: original, objects: ProducerPDF.overlay("Duration: 48 hours", overlayNumber: 8),
                                                 info: ProducerPDF.info(producer: "PDF Tweak 3.2", creator: base.creator,
                                                                        created: base.created, modified: "D:20250702110000+08'00'"))
        expectIntact(edited, "edited")
        let codes = flags(edited)
        #expect(codes.contains("incremental-update") && codes.contains("edited-metadata"), "\(codes)")
        // The same producer, but three days later.
        let later = ProducerPDF.appendingUpdate(to: original, objects: ProducerPDF.overlay("Duration: 48 hours", overlayNumber: 8),
                                                info: ProducerPDF.info(producer: base.producer, creator: base.creator,
                                                                       created: base.created, modified: "D:20240614093000+08'00'"))
        #expect(flags(later).contains("incremental-update"))
        // A page change that names no program and no time.
        let silent = ProducerPDF.appendingUpdate(to: original, objects: ProducerPDF.overlay("Duration: 48 hours", overlayNumber: 8), info: nil)
        #expect(flags(silent).contains("incremental-update"))
    }

    @Test func revisionSectionsSayWhatEachSaveWrote() throws {
        let base = ProducerPDF(producer: "Scan Helper 2.1", creator: nil)
        let updated = ProducerPDF.appendingUpdate(to: base.data(), objects: ProducerPDF.overlay("x", overlayNumber: 7),
                                                  info: ProducerPDF.info(producer: "Other Tool", creator: nil, created: base.created,
                                                                         modified: "D:20240611100000+08'00'"))
        let sections = try #require(scanner().scan(data: updated, name: "shape.pdf").document).revisionSections
        #expect(sections.count == 2)
        #expect(sections[0].producer == "Scan Helper 2.1" && sections[0].writesInfo)
        #expect(sections[1].objects == 3 && sections[1].changesContent && sections[1].producer == "Other Tool")
        #expect(sections[1].modificationDate == iso("2024-06-11T10:00:00+08:00"))
        // Word's ® in UTF-16BE reads back as written.
        let word = try #require(scanner().scan(data: ProducerPDF().data(), name: "shape.pdf").document).revisionSections
        #expect(word.first?.producer == "Microsoft® Word 2019")
    }

    @Test func damageIsStillSeen() {
        var data = ProducerPDF(lineEnd: .crlf).data()
        // Objects shifted under the table: entries no longer point at "N G obj".
        data.insert(contentsOf: Data(String(repeating: " garbage", count: 40).utf8), at: 20)
        #expect(!PDFStructure.crossReferenceIntact(data))
        var cut = ProducerPDF(lineEnd: .cr).data()
        cut.removeLast(40)
        #expect(!PDFStructure.crossReferenceIntact(cut))
    }

    /// A design tool keeps a document's creation date through every save: its own later save of a single-save file
    /// is not an edit. A library that re-saved a file made elsewhere, or another tool, still is.
    @Test func anAuthoringToolsOwnLaterSaveIsNotEditedMetadata() throws {
        var m = DocumentMetadata()
        m.creator = "Adobe Illustrator 26.1 (Macintosh)"
        m.producer = "Adobe PDF library 16.04"
        m.creationDate = iso("2022-03-28T16:33:53+05:30")
        m.modificationDate = iso("2023-06-23T14:32:32+05:30")
        #expect(EditTraces.metadataTraces(m, savedOnce: true).isEmpty)
        #expect(!EditTraces.metadataTraces(m, savedOnce: false).isEmpty)
        m.creator = nil
        m.producer = "iTextSharp 5.1.2"
        #expect(!EditTraces.metadataTraces(m, savedOnce: true).isEmpty)
        let designed = ProducerPDF(producer: "Adobe PDF library 16.04", creator: "Adobe Illustrator 26.1 (Macintosh)",
                                   created: "D:20220328163353+05'30'", modified: "D:20230623143232+05'30'").data()
        #expect(!flags(designed).contains("edited-metadata"))
    }
}
