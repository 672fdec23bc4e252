import Testing
import XueshiCore
@testable import XueshiExtract

/// A line whose glyphs are placed word by word: `words` with the gap before each (in points), letters `advance`
/// wide and `tracking` apart inside a word; `split` marks words whose letters the text layer separates by spaces
/// (each letter its own glyph run) rather than carrying the tracking in the glyph boxes.
private func trackedLine(_ words: [(text: String, gapBefore: Double, spaced: Bool)], y: Double, size: Double = 16,
                         advance: Double = 8, tracking: Double = 2.5) -> Line {
    var text = "", glyphs: [Box] = []
    var x = 100.0
    for (k, w) in words.enumerated() {
        if k > 0 {
            text.append(" ")
            glyphs.append(Box(x0: x, y0: y, x1: x + w.gapBefore, y1: y + size))
            x += w.gapBefore
        }
        for (i, c) in w.text.enumerated() {
            if i > 0 {
                if w.spaced {
                    // A letter of its own: a space in the text, the tracking as the gap.
                    text.append(" ")
                    glyphs.append(Box(x0: x, y0: y, x1: x + tracking, y1: y + size))
                    x += tracking
                }
            }
            text.append(c)
            // Tracking carried in the box: the boxes touch.
            let width = w.spaced ? advance : advance + tracking
            glyphs.append(Box(x0: x, y0: y, x1: x + width, y1: y + size))
            x += width
        }
    }
    return Line(text: text, glyphs: glyphs, box: Box(x0: 100, y0: y, x1: x, y1: y + size), fontSize: size)
}

private func view(_ lines: [[Line]], width: Double = 842, height: Double = 595) -> TextView {
    let blocks = lines.map { Block(lines: $0, box: Box.union($0.map(\.box))!) }
    let page = Page(number: 1, width: width, height: height, blocks: blocks, textSource: .textLayer)
    return TextView(document: Document(format: .pdf, pages: [page], byteCount: 1000))
}

@Suite struct EnglishCertificateTests {
    /// "H A S B E E N AWA R D E D T O": letters the layer spaced apart, words a space wider.
    @Test func letterSpacedHeadingIsMended() {
        let line = trackedLine([("HAS", 0, true), ("BEEN", 9, true), ("AWARDED", 9.5, true), ("TO", 9, true)], y: 100)
        #expect(line.text.hasPrefix("H A S B E E N"))
        let v = view([[line]])
        #expect(v.string == "HAS BEEN AWARDED TO")
        // Every character keeps its own box.
        #expect(v.boxes.count == v.chars.count)
        #expect(v.boxes[0]?.x0 == 100)
    }

    /// "COM PLETED ON": the tracking sits in the glyph boxes; a run break is far narrower than a word break.
    @Test func runBreakInsideATrackedWordIsMended() {
        let line = trackedLine([("COM", 0, false), ("PLETED", 2.6, false), ("ON", 7.4, false)], y: 100, size: 13.6)
        #expect(view([[line]]).string == "COMPLETED ON")
    }

    /// Ordinary text with one wider gap keeps its words.
    @Test func ordinaryTextKeepsItsSpaces() {
        let a = trackedLine([("Jonathan", 0, false), ("Smith", 3, false), ("Director", 9, false)], y: 100, size: 13,
                            tracking: 0)
        #expect(view([[a]]).string == "Jonathan Smith Director")
        let b = trackedLine([("Grade", 0, false), ("A", 3.5, false), ("B", 3.5, false), ("C", 3.5, false)], y: 100,
                            size: 13, tracking: 0)
        #expect(view([[b]]).string == "Grade A B C")
        // A formula's letters stand apart too; it is no tracked word.
        let f = trackedLine([("e", 0, false), ("j", 2, false), ("=", 6, false), ("−k", 6, false), ("pi", 6, false),
                             ("j", 2, false), ("ln", 6, false), ("pi", 6, false), ("j", 2, false)], y: 100, size: 13,
                            tracking: 0)
        #expect(view([[f]]).string == "e j = −k pi j ln pi j")
    }

    /// A word set one letter a line, down a banner: one line.
    @Test func oneLetterALineIsJoined() {
        let letters = Array("INTERNSHIP").enumerated().map { i, c in
            Placed(text: String(c), x: 40, y: 100 + Double(i) * 14, size: 12).line()
        }
        let v = view(letters.map { [$0] } + [[Placed(text: "has worked with us", x: 200, y: 300).line()]])
        #expect(v.string.hasPrefix("INTERNSHIP\n"))
        #expect(v.lines.count == 2)
    }

    /// A platform's statement of accomplishment (Chromium layout): letter-spaced labels, the length under LENGTH,
    /// the number alone at the top, the body named only in the signer's line.
    @Test func platformStatementOfAccomplishment() {
        let ex = Extractor(library: library).extract(view([
            [Placed(text: "#12,345,678", x: 257, y: 72).line()],
            [trackedLine([("HAS", 0, true), ("BEEN", 9, true), ("AWARDED", 9.5, true), ("TO", 9, true)], y: 105)],
            [Placed(text: "MARA QUILLON", x: 257, y: 132, size: 34).line()],
            [trackedLine([("FOR", 0, true), ("SUCCESSFULLY", 9, true), ("COMPLETING", 9, true)], y: 196)],
            [Placed(text: "Cleaning Ledgers with Tables", x: 257, y: 223, size: 34).line()],
            [Placed(text: "LENGTH", x: 257, y: 295).line(), Placed(text: "4 HOURS", x: 257, y: 324, size: 20).line()],
            [trackedLine([("COM", 0, false), ("PLETED", 2.6, false), ("ON", 7.4, false)], y: 375, size: 13.6),
             Placed(text: "MAR 3, 2024", x: 257, y: 404, size: 20).line()],
            [Placed(text: "Pat Oberlin", x: 712, y: 462).line(), Placed(text: "CEO, Lumora", x: 712, y: 474).line()],
        ]))
        #expect(ex.mode == .online)
        #expect(ex.kind == "online-learning-record")
        #expect(ex.fields["hours"]?.value.number == 4)
        #expect(ex.fields["endDate"]?.value.string == "2024-03-03")
        #expect(ex.fields["issueDate"]?.value.string == "2024-03-03")
        #expect(ex.fields["startDate"] == nil)
        #expect(ex.fields["issuer"]?.value.string == "Lumora")
        #expect(ex.fields["certificateNumber"]?.value.string == "#12,345,678")
    }

    /// A course record with the completion stamp and the duration on one line.
    @Test func completionStampWithMinutes() {
        let ex = extract([
            [Placed(text: "Certificate of Completion", x: 60, y: 40, size: 14)],
            [Placed(text: "Spreadsheet Auditing Essentials", x: 60, y: 120, size: 30)],
            [Placed(text: "Course completed by Mara Quillon", x: 60, y: 200)],
            [Placed(text: "Nov 06, 2023 at 11:03PM UTC • 1 hour 55 minutes", x: 60, y: 220)],
            [Placed(text: "Top skills covered", x: 60, y: 300)],
            [Placed(text: "Certificate ID: 4f1c0a9e77d2", x: 60, y: 500)],
            [Placed(text: "Verify at coursera.org/verify/4f1c0a9e77d2", x: 60, y: 520)],
        ], width: 842, height: 595)
        #expect(ex.mode == .online)
        #expect(abs((ex.fields["hours"]?.value.number ?? 0) - 115.0 / 60) < 1e-9)
        #expect(ex.fields["endDate"]?.value.string == "2023-11-06")
        #expect(ex.fields["holder"]?.value.string == "Mara Quillon")
        #expect(ex.fields["issuer"]?.value.string == "Coursera")
    }

    /// A vendor certification: the certification date alone under the name, the expiry labelled; the body is
    /// named in the verification address.
    @Test func certificationExpiryIsNotTheIssueDate() {
        let ex = extract([
            [Placed(text: "Mara Quillon", x: 300, y: 120, size: 30)],
            [Placed(text: "CAND00123456789", x: 300, y: 180)],
            [Placed(text: "February 16, 2025", x: 300, y: 200)],
            [Placed(text: "EXP DATE: 02/16/2028", x: 300, y: 220)],
            [Placed(text: "Code: 7QX2K91ZB4", x: 300, y: 240)],
            [Placed(text: "Criteria: passed the Network+ certification exam", x: 300, y: 260)],
            [Placed(text: "Verify at: http://verify.CompTIA.org", x: 300, y: 280)],
        ], width: 842, height: 595)
        #expect(ex.mode == .exam)
        #expect(ex.kind == "exam-certificate")
        #expect(ex.fields["issueDate"]?.value.string == "2025-02-16")
        #expect(ex.fields["startDate"] == nil)
        #expect(ex.fields["certificateNumber"]?.value.string == "7QX2K91ZB4")
        #expect(ex.fields["issuer"]?.value.string == "CompTIA")
    }

    /// 8/5/2023 with nothing to settle it: read month first, scored lower, and the field says why.
    @Test func ambiguousCertificationDateCarriesANote() {
        let ex = extract([
            [Placed(text: "CERTIFIED OFFICE SUITE PRO", x: 200, y: 80, size: 26)],
            [Placed(text: "By passing the Office Suite Pro Certification exam, you have demonstrated skills.", x: 60, y: 160)],
            [Placed(text: "Certification Date: 8/5/2023", x: 60, y: 200)],
            [Placed(text: "Certification ID: 6-2C6-V4QRST", x: 60, y: 220)],
        ], width: 842, height: 595)
        #expect(ex.mode == .exam)
        #expect(ex.fields["issueDate"]?.value.string == "2023-08-05")
        #expect(ex.fields["issueDate"]?.note?.contains("month first") == true)
        #expect((ex.fields["issueDate"]?.confidence ?? 1) < 0.9)
    }

    /// An internship certificate with day-first dates is practice.
    @Test func internshipIsPractice() {
        let ex = extract([
            [Placed(text: "CERTIFICATE OF INTERNSHIP", x: 200, y: 80, size: 26)],
            [Placed(text: "This certificate is proudly presented to", x: 200, y: 140)],
            [Placed(text: "Mara Quillon", x: 250, y: 170, size: 22)],
            [Placed(text: "Has successfully completed Internship on Data Analytics from 1/9/2021 to 31/10/2021.", x: 60, y: 220)],
            [Placed(text: "27-11-2021", x: 600, y: 480), Placed(text: "DATE", x: 600, y: 495)],
        ], width: 842, height: 595)
        #expect(ex.mode == .practice)
        #expect(ex.fields["startDate"]?.value.string == "2021-09-01")
        #expect(ex.fields["endDate"]?.value.string == "2021-10-31")
        #expect(ex.fields["issueDate"]?.value.string == "2021-11-27")
    }

    /// A course's certificate of attendance laid out as a form is training, and the school line names the holder's
    /// university, not a holder.
    @Test func attendanceFormIsTraining() {
        let ex = extract([
            [Placed(text: "CERTIFICATE OF ATTENDANCE", x: 200, y: 60, size: 30)],
            [Placed(text: "Mara Quillon", x: 300, y: 200)], [Placed(text: "NAME", x: 300, y: 215, size: 8)],
            [Placed(text: "Westbrook University, Lakeside", x: 300, y: 250)],
            [Placed(text: "SCHOOL/UNIVERSITY", x: 300, y: 265, size: 8)],
            [Placed(text: "Linux Systems Basics (LX101)", x: 300, y: 300)], [Placed(text: "COURSE", x: 300, y: 315, size: 8)],
            [Placed(text: "May 22, 2022", x: 300, y: 350)], [Placed(text: "DATE", x: 300, y: 365, size: 8)],
        ], width: 842, height: 595)
        #expect(ex.mode == .training)
        #expect(ex.fields["holder"]?.value.string != "Westbrook University")
        #expect(ex.fields["issueDate"]?.value.string == "2022-05-22")
    }

    /// A coding platform's certification page printed from a browser: hours of coursework, the platform in the
    /// header's address.
    @Test func courseworkCertificationIsOnline() {
        let ex = extract([
            [Placed(text: "4/11/23, 5:42 PM Settings | freeCodeCamp.org", x: 20, y: 10, size: 8)],
            [Placed(text: "Responsive Layout", x: 200, y: 120, size: 28)],
            [Placed(text: "Developer Certification", x: 200, y: 150, size: 28)],
            [Placed(text: "This certifies that Mara Quillon successfully completed the Responsive Layout Developer", x: 60, y: 220),
             Placed(text: "Certification on April 11, 2023, representing approximately 300 hours of coursework.", x: 60, y: 236)],
        ], width: 842, height: 595)
        #expect(ex.mode == .online)
        #expect(ex.fields["hours"]?.value.number == 300)
        #expect(ex.fields["issuer"]?.value.string == "freeCodeCamp")
        // Completed on a day: that day ends the learning; the page says no day of issue.
        #expect(ex.fields["endDate"]?.value.string == "2023-04-11")
        #expect(ex.fields["issueDate"] == nil)
    }

    /// The issuer after "Offered by", though its name ends in no word that marks a body.
    @Test func issuerAfterOfferedBy() {
        let ex = extract([
            [Placed(text: "Certificate of Completion", x: 250, y: 60, size: 26)],
            [Placed(text: "This is to certify that", x: 250, y: 130)],
            [Placed(text: "Mara Quillon", x: 250, y: 150, size: 22)],
            [Placed(text: "has successfully completed the online course Tidy Ledgers, offered by Lumora Learnhouse.", x: 60, y: 200)],
            [Placed(text: "Completed on 3 March 2024", x: 60, y: 230)],
        ], width: 842, height: 595)
        #expect(ex.mode == .online)
        #expect(ex.fields["issuer"]?.value.string == "Lumora Learnhouse")
        #expect(ex.fields["endDate"]?.value.string == "2024-03-03")
    }

    /// With no name printed, the verification address's host names the issuer.
    @Test func issuerFromAVerificationHost() {
        let ex = extract([
            [Placed(text: "Certificate of Completion", x: 250, y: 60, size: 26)],
            [Placed(text: "This is to certify that", x: 250, y: 130)],
            [Placed(text: "Mara Quillon", x: 250, y: 150, size: 22)],
            [Placed(text: "has successfully completed the online course Tidy Ledgers on March 3, 2024.", x: 60, y: 200)],
            [Placed(text: "Verify at https://verify.lumoralearn.io/c/8812", x: 60, y: 400)],
        ], width: 842, height: 595)
        #expect(ex.fields["issuer"]?.value.string == "lumoralearn")
    }

    /// A CPD record's credits keep their unit; a MOOC's length in weeks is read.
    @Test func creditsWithTheirUnitAndWeeks() {
        let cpd = extract([
            [Placed(text: "Certificate of Attendance", x: 250, y: 60, size: 26)],
            [Placed(text: "This is to certify that", x: 250, y: 130)],
            [Placed(text: "Mara Quillon", x: 250, y: 150, size: 22)],
            [Placed(text: "attended the live seminar Audit Sampling in Practice and is awarded 3 CPE credits.", x: 60, y: 200)],
            [Placed(text: "Lumora Institute of Accountants", x: 500, y: 480), Placed(text: "12 March 2024", x: 500, y: 500)],
        ], width: 842, height: 595)
        #expect(cpd.mode == .training)
        #expect(cpd.fields["credits"]?.value.number == 3)
        #expect(cpd.fields["creditUnit"]?.value.string == "CPE")

        let mooc = extract([
            [Placed(text: "Certificate of Achievement", x: 250, y: 60, size: 26)],
            [Placed(text: "This certificate is awarded to", x: 250, y: 130)],
            [Placed(text: "Mara Quillon", x: 250, y: 150, size: 22)],
            [Placed(text: "for successfully completing the online course Soil Mechanics (12 week course), Jul-Oct 2023.", x: 60, y: 200)],
        ], width: 842, height: 595)
        #expect(mooc.mode == .online)
        #expect(mooc.fields["weeks"]?.value.number == 12)
    }
}
