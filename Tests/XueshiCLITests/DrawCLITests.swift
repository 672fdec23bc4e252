import Foundation
import Testing

/// `xueshi draw`: a page as PNG, with the fields' boxes.
@Suite(.serialized) struct DrawCLITests {
    func temp(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("draw-\(UUID().uuidString)-\(name)").path
    }

    @Test func writesAPNGOfThePageWithAndWithoutFieldBoxes() throws {
        let boxed = temp("a.png"), plain = temp("b.png")
        defer { try? FileManager.default.removeItem(atPath: boxed); try? FileManager.default.removeItem(atPath: plain) }
        let r = try xueshi("draw", "--dpi", "50", "-o", boxed, "corpus/samples/继续教育材料-71.pdf")
        #expect(r.status == 0, "\(r.stderr)")
        let a = try #require(FileManager.default.contents(atPath: boxed))
        #expect(a.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let r2 = try xueshi("draw", "--dpi", "50", "--no-fields", "-o", plain, "corpus/samples/继续教育材料-71.pdf")
        #expect(r2.status == 0)
        let b = try #require(FileManager.default.contents(atPath: plain))
        // The boxes are drawn on the same page: same size of picture, different pixels.
        #expect(a.subdata(in: 16..<24) == b.subdata(in: 16..<24))
        #expect(a != b)
    }

    @Test func aPageThatIsNotThereExitsOne() throws {
        let out = temp("c.png")
        let r = try xueshi("draw", "--page", "40", "--no-fields", "-o", out, "corpus/samples/继续教育材料-71.pdf")
        #expect(r.status == 1)
        #expect(r.stderr.contains("no-such-page"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func badOptionsAreUsageErrors() throws {
        #expect(try xueshi("draw", "--page", "0", "-o", temp("d.png"), "corpus/samples/继续教育材料-71.pdf").status == 2)
        #expect(try xueshi("draw", "--dpi", "5000", "-o", temp("e.png"), "corpus/samples/继续教育材料-71.pdf").status == 2)
        #expect(try xueshi("draw", "-o", temp("f.png"), "no-such-file.pdf").status == 2)
    }
}
