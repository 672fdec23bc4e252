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

@Suite struct FillInAndFragmentTests {
    @Test func fillInRulesReadAsUnderscoresGo() {
        #expect(OCRText.clean("同学于2025年_7月1日至_2025_年_8月").text == "同学于2025年7月1日至2025年8月")
        #expect(OCRText.clean("兹有__某某大学__学校").text == "兹有某某大学学校")
        // Beside letters an underscore is part of a name.
        #expect(OCRText.clean("file_name.pdf").text == "file_name.pdf")
    }

    @Test func brokenLatinWordsAreJoined() {
        #expect(OCRText.clean("approximately 300 ho u rs of").text == "approximately 300 hours of")
        #expect(OCRText.clean("fro m 2021 to 2022").text == "from 2021 to 2022")
        #expect(OCRText.clean("C E R T I F I C AT E").text == "CERTIFICATE")
        // Real short words stay.
        #expect(OCRText.clean("This is to be a test, I think").text == "This is to be a test, I think")
        let (text, source) = OCRText.clean("ho u rs")
        #expect(text == "hours" && source == [0, 1, 3, 5, 6])
    }
}
