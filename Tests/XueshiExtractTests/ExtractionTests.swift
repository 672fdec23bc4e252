import Testing
import XueshiCore
@testable import XueshiExtract

@Suite struct ExtractionTests {
    /// A landscape training certificate: title, a wrapped paragraph, a right-aligned signature block.
    @Test func trainingCertificate() {
        let ex = extract([
            [Placed(text: "培训合格证书", x: 330, y: 80, size: 28)],
            [Placed(text: "编号：AH2024-0158", x: 600, y: 130)],
            [Placed(text: "兹证明王晓明（身份证号略）参加了安徽省专业技术人员继续教育中心举办的“2024年", x: 80, y: 200),
             Placed(text: "水利工程质量管理研修班”，培训时间2024年6月3日至7日，共计40学时，经考核合格。", x: 80, y: 222)],
            [Placed(text: "安徽省专业技术人员继续教育中心", x: 520, y: 420),
             Placed(text: "2024年6月8日", x: 560, y: 445)],
        ], width: 842, height: 595)
        #expect(ex.mode == .training)
        #expect(ex.kind == "training-certificate")
        #expect(ex.fields["hours"]?.value.number == 40)
        #expect(ex.fields["startDate"]?.value.string == "2024-06-03")
        #expect(ex.fields["endDate"]?.value.string == "2024-06-07")
        #expect(ex.fields["issueDate"]?.value.string == "2024-06-08")
        #expect(ex.fields["issuer"]?.value.string == "安徽省专业技术人员继续教育中心")
        #expect(ex.fields["holder"]?.value.string == "王晓明")
        #expect(ex.fields["certificateNumber"]?.value.string == "AH2024-0158")
        #expect(ex.fields["days"]?.value.number == 5)
        // Found by anchors and agreeing: confident.
        #expect((ex.fields["hours"]?.confidence ?? 0) >= 0.8)
        #expect(ex.classificationConfidence >= 0.6)
        #expect(ex.missing.isEmpty)
    }

    @Test func perDayHoursAreNotTheTotal() {
        let ex = extract([
            [Placed(text: "结业证书", x: 250, y: 80, size: 26)],
            [Placed(text: "学员李娜参加2023年度会计人员继续教育培训班，每天8学时，为期3天，累计24学时。", x: 60, y: 200)],
            [Placed(text: "合肥市会计学会", x: 380, y: 500), Placed(text: "二〇二三年九月十二日", x: 380, y: 525)],
        ])
        #expect(ex.fields["hours"]?.value.number == 24)
        #expect(ex.fields["issueDate"]?.value.string == "2023-09-12")
        #expect(ex.fields["holder"]?.value.string == "李娜")
    }

    @Test func noticeIsNotEvidenceAndCarriesNoHours() {
        let ex = extract([
            [Placed(text: "关于做好2025年度专业技术人员继续教育工作的通知", x: 80, y: 80, size: 20)],
            [Placed(text: "皖人社秘〔2025〕88号", x: 230, y: 120)],
            [Placed(text: "各有关单位：现就做好继续教育工作通知如下。专业技术人员每年参加继续教育不少于90学时，", x: 60, y: 180),
             Placed(text: "其中专业科目不少于60学时。请遵照执行。", x: 60, y: 200)],
            [Placed(text: "安徽省人力资源和社会保障厅", x: 350, y: 500), Placed(text: "2025年3月2日", x: 380, y: 525)],
        ])
        #expect(ex.mode == .unknown)
        #expect(!ex.isEvidence)
        #expect(ex.fields["hours"] == nil)
        #expect(ex.fields["documentNumber"]?.value.string == "皖人社秘〔2025〕88号")
        #expect(ex.fields["issuer"]?.value.string == "安徽省人力资源和社会保障厅")
    }

    @Test func conferenceProofNamesTheSigningBodyNotTheEvent() {
        let ex = extract([
            [Placed(text: "参会证明", x: 250, y: 80, size: 26)],
            [Placed(text: "兹证明合肥市第一人民医院张伟同志于2025年7月10日至12日参加了由中华医学会主办、安徽医科大学", x: 50, y: 200),
             Placed(text: "承办的“第十届全国心血管病学术年会”。", x: 50, y: 222)],
            [Placed(text: "中华医学会", x: 420, y: 500), Placed(text: "2025年7月12日", x: 410, y: 525)],
        ])
        #expect(ex.mode == .academic)
        #expect(ex.kind == "conference-proof")
        #expect(ex.fields["holder"]?.value.string == "张伟")
        #expect(ex.fields["issuer"]?.value.string == "中华医学会")
        #expect(ex.fields["startDate"]?.value.string == "2025-07-10")
        #expect(ex.fields["endDate"]?.value.string == "2025-07-12")
        #expect(ex.fields["conferenceLevel"]?.value.string == "national")
        #expect(ex.fields["hours"] == nil)
    }

    @Test func blankDocumentIsUnknown() {
        let ex = Extractor(library: library).extract(TextView(document: document([])))
        #expect(ex.mode == .unknown)
        #expect(ex.specId == nil)
        #expect(ex.fields.isEmpty)
    }

    @Test func wrappedParagraphJoinsButSignatureLinesStayApart() {
        let view = TextView(document: document([
            [Placed(text: "兹证明王晓明参加了培训，学习日期2024年6月", x: 60, y: 200),
             Placed(text: "5日至9日，累计学时40。", x: 60, y: 220)],
            [Placed(text: "铜陵市人力资源和社会保障局", x: 380, y: 500), Placed(text: "2024年6月9日", x: 400, y: 525)],
        ]))
        #expect(view.string.contains("2024年6月5日至9日"))
        #expect(view.string.contains("社会保障局\n2024年6月9日"))
        let zones = view.lines.map(\.zone)
        #expect(zones.suffix(2) == [.signature, .signature])
    }

    @Test func letterSpacedLabelsMatchAnchors() {
        let ex = extract([
            [Placed(text: "发明专利证书", x: 220, y: 80, size: 26)],
            [Placed(text: "发 明 人： 周敏；吴刚", x: 60, y: 200)],
            [Placed(text: "专 利 号： ZL 2023 1 0456789.1", x: 60, y: 230)],
            [Placed(text: "授权公告日： 2024年05月10日", x: 60, y: 260)],
            [Placed(text: "国家知识产权局依照中华人民共和国专利法进行审查，决定授予专利权。", x: 60, y: 300)],
        ])
        #expect(ex.kind == "patent")
        #expect(ex.fields["holder"]?.value.string == "周敏")
        #expect(ex.fields["patentNumber"]?.value.string == "ZL202310456789.1")
        #expect(ex.fields["issueDate"]?.value.string == "2024-05-10")
        #expect(ex.fields["issuer"]?.value.string == "国家知识产权局")
    }
}
