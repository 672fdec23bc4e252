import Testing
@testable import XueshiOCR

@Suite struct OCRTextTests {
    @Test func removesSpacesBetweenCJKOnly() {
        #expect(OCRText.clean("培 训 证 书").text == "培训证书")
        #expect(OCRText.clean("共计 32 学时").text == "共计32学时")
        #expect(OCRText.clean("Certificate of Completion").text == "Certificate of Completion")
    }

    @Test func mendsDigitConfusionsNextToDigits() {
        #expect(OCRText.clean("2O25年7月1曰").text == "2025年7月1日")
        #expect(OCRText.clean("共计3l学时").text == "共计31学时")
        // Without a digit beside them, letters stay letters.
        #expect(OCRText.clean("Online Course").text == "Online Course")
    }

    @Test func mendsUnitMisreadings() {
        #expect(OCRText.clean("认定学吋：24").text == "认定学时：24")
    }

    @Test func sourceMapFollowsRemovedSpaces() {
        let (text, source) = OCRText.clean("培 训")
        #expect(text == "培训")
        #expect(source == [0, 2])
    }
}

@Suite struct OCRDateMendingTests {
    @Test func closingMonthAfterDayBecomesDay() {
        #expect(OCRText.clean("2019年04月20月").text == "2019年04月20日")
        #expect(OCRText.clean("3.o学时").text == "3.0学时")
        #expect(OCRText.clean("二6二五年七月十六日").text == "二〇二五年七月十六日")
        #expect(OCRText.clean("共6课时").text == "共6课时")
        // A month followed by a month range stays as printed.
        #expect(OCRText.clean("6个月").text == "6个月")
    }
}
