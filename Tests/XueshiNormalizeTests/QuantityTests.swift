import Testing
import XueshiNormalize

@Suite struct QuantityTests {
    @Test(arguments: [
        ("共计32学时", ["32 xueshi"]),
        ("累计 40 学时", ["40 xueshi"]),
        ("三十二学时", ["32 xueshi"]),
        ("十二点五学时", ["12.5 xueshi"]),
        ("１２学时", ["12 xueshi"]),
        ("24课时", ["24 keshi"]),
        ("6小时", ["6 xiaoshi"]),
        ("6个小时", ["6 xiaoshi"]),
        ("一个半小时", ["1.5 xiaoshi"]),
        ("2学分", ["2 credit"]),
        ("为期3天", ["3 day"]),
        ("3天", ["3 day"]),
        ("两天半", ["2.5 day"]),
        ("共5日", ["5 day"]),
        ("为期5个工作日", ["5 day"]),
        ("3日", []),
        ("3个半天", ["3 halfDay"]),
        ("培训半天", ["1 halfDay"]),
        ("2周", ["2 week"]),
        ("为期两周", ["2 week"]),
        ("3个星期", ["3 week"]),
        ("3周岁", []),
        ("建校30周年", []),
        ("6个月", ["6 month"]),
        ("时长满三个月", ["3 month"]),
        ("满6月", ["6 month"]),
        ("7月", []),
        ("3个多月", ["3 month ~"]),
        ("半个月", ["0.5 month"]),
        ("为期2年", ["2 year"]),
        ("满2年", ["2 year"]),
        ("期限为二十年", []),
        ("2025年", []),
        ("为期半年", ["0.5 year"]),
        ("5000字", ["5000 character"]),
        ("印张11.6字数：268千字", ["268 thousandCharacters"]),
        ("8千字", ["8 thousandCharacters"]),
        ("1.5万字", ["1.5 tenThousandCharacters"]),
        ("三万字", ["3 tenThousandCharacters"]),
        ("约40学时", ["40 xueshi ~"]),
        ("不少于90学时", ["90 xueshi ~"]),
        ("40学时以上", ["40 xueshi ~"]),
        ("40余学时", ["40 xueshi ~"]),
        ("40多学时", ["40 xueshi ~"]),
        ("40学时左右", ["40 xueshi ~"]),
        ("3-5天", ["5 day ~"]),
        ("第3天", []),
        ("统一学时认定", []),
        ("一学时", ["1 xueshi"]),
        ("6 hours", ["6 hour"]),
        ("6.5 CPD hours", ["6.5 hour"]),
        ("6 CME credit hours", ["6 hour"]),
        ("12 CPE credits", ["12 credit"]),
        ("1.5 contact hours", ["1.5 hour"]),
        ("a 6-hour course", ["6 hour"]),
        ("3 days", ["3 day"]),
        ("2 months", ["2 month"]),
        ("4 weeks", ["4 week"]),
        ("2 half-days", ["2 halfDay"]),
        ("about 6 hours", ["6 hour ~"]),
        ("approximately 6 hours", ["6 hour ~"]),
        ("at least 12 CPE credits", ["12 credit ~"]),
        ("more than 20 hours", ["20 hour ~"]),
        ("over 20 hours", ["20 hour ~"]),
        ("40+ hours", ["40 hour ~"]),
        ("20 hours or more", ["20 hour ~"]),
        ("6 AMA PRA Category 1 Credits", []),
        ("6 hourglass", []),
        ("100%", []),
        ("KC64647 乡村振兴战略解读 100% 82 2", []),
    ])
    func finds(text: String, expected: [String]) {
        #expect(quantities(text) == expected)
    }

    @Test(arguments: [
        "2025年7月1日", "2025年7月1日至3日", "2024年6月5日至9日", "学习日期9月5日—9月9日", "7月1日", "自2023年5月4日起至2023年8月3日止",
        "2025年度", "第43卷 第7期", "ISSN 1000-0860", "2024-289-4205", "WH202573662",
    ])
    func datesYieldNoQuantities(text: String) {
        #expect(quantities(text) == [])
    }

    @Test func documentText() {
        let text = "学习日期2024年6月5日至9日，累计学时80，为期5天共40学时，另有网络课程6个半天；每年累计应不少于90学时，其中专业科目……"
        let found = Normalize.findQuantities(in: text)
        #expect(found.map(describe) == ["5 day", "40 xueshi", "6 halfDay", "90 xueshi ~"])
        #expect(found.map(\.text) == ["5天", "40学时", "6个半天", "不少于90学时"])
        for q in found { #expect(slice(text, q.range) == q.text) }
    }

    @Test func offsetsSurviveOddCharacters() {
        let text = "👍🏽e\u{301}，共计３２学时 🇨🇳 about 6 CPD hours"
        let found = Normalize.findQuantities(in: text)
        #expect(found.map(describe) == ["32 xueshi", "6 hour ~"])
        for q in found { #expect(slice(text, q.range) == q.text) }
    }
}

/// A number that ends a table cell is not the amount of a unit on the next line.
@Test func quantityDoesNotReachAcrossALineBreak() {
    let q = Normalize.findQuantities(in: "印张 20.0\n字数 320千字")
    #expect(q.map(\.value) == [320])
    #expect(q.first?.unit == .thousandCharacters)
}
