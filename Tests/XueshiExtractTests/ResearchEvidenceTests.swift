import Testing
import XueshiCore
@testable import XueshiExtract

/// Papers, acceptance notices, patents, software copyrights and project approvals, built from invented names.
@Suite struct ResearchEvidenceTests {
    /// A journal's running head set letter-spaced between the volume and the English volume, as Chinese journals print
    /// it; the received date typeset with minus signs.
    /// (Ideographic spaces are a character wide, so the view keeps them as the gaps of display type.)
    @Test(arguments: ["第12卷第3期　测　绘　科　学　通　报　Vol.12 No.3", "第12卷第3期测绘科学通报 Vol.12 No.3"])
    func letterSpacedRunningHeadNamesTheJournal(_ head: String) {
        let ex = extract([
            [Placed(text: head, x: 40, y: 30, size: 9),
             Placed(text: "2023年3月 Bulletin of Surveying Science Mar. 2023", x: 40, y: 42, size: 9)],
            [Placed(text: "城市地下管网三维建模方法研究", x: 150, y: 110, size: 20)],
            [Placed(text: "柯云舒，闫立群，宁远航", x: 220, y: 150, size: 11)],
            [Placed(text: "摘 要:针对城市地下管网数据分散的问题，提出一种三维建模方法。", x: 60, y: 200, size: 10),
             Placed(text: "关键词:地下管网;三维建模", x: 60, y: 216, size: 10),
             Placed(text: "中图分类号:P208 文献标志码:A", x: 60, y: 232, size: 10),
             Placed(text: "DOI: 10.12345/j.issn.1000−0001.2023.03.005", x: 60, y: 248, size: 10)],
            // A running head is told by a page full of text under it.
            (0..<24).map { Placed(text: "第\($0 + 1)行正文：管网数据按图幅分块存储，建模时逐块读取并拼接。", x: 60, y: 280 + Double($0) * 18, size: 10) },
            [Placed(text: "收稿日期:2022−11−05;修回日期:2023−01−10", x: 60, y: 760, size: 8)],
        ])
        #expect(ex.kind == "journal-paper")
        #expect(ex.fields["journal"]?.value.string == "测绘科学通报")
        #expect(ex.fields["issuer"]?.value.string == "测绘科学通报")
        #expect(ex.fields["publishedMonth"]?.value.string == "2023-03")
        #expect(ex.fields["receivedDate"]?.value.string == "2022-11-05")
    }

    /// The journal's name first in its head line, the DOI beside it; an author's running head on another page
    /// (张三等: title) is not a journal.
    @Test func authorRunningHeadIsNotTheJournal() {
        let ex = extract([
            [Placed(text: "第4期 柯云舒等: 城市地下管网三维建模方法研究 ·27·", x: 40, y: 30, size: 9)],
            [Placed(text: "城市地下管网三维建模方法研究", x: 150, y: 110, size: 20)],
            [Placed(text: "柯云舒，闫立群", x: 220, y: 150, size: 11)],
            [Placed(text: "摘 要:针对城市地下管网数据分散的问题，提出一种三维建模方法。", x: 60, y: 200, size: 10),
             Placed(text: "中图分类号:P208 文献标志码:A", x: 60, y: 232, size: 10),
             Placed(text: "引用格式:柯云舒，闫立群. 城市地下管网三维建模方法研究[J]. 测绘科学通报, 2023, 12(3): 33-40.", x: 60, y: 260, size: 9)],
        ])
        #expect(ex.kind == "journal-paper")
        #expect(ex.fields["journal"]?.value.string == "测绘科学通报")
    }

    /// A journal's template with its placeholders left in proves nothing was published.
    @Test func paperTemplateIsNotEvidence() {
        let ex = extract([
            [Placed(text: "第xx卷第xx期 测绘科学通报 Vol.xx No.xx", x: 40, y: 30, size: 9),
             Placed(text: "202X年X月", x: 40, y: 42, size: 9)],
            [Placed(text: "论文题目（二号黑体）", x: 150, y: 110, size: 20)],
            [Placed(text: "作者姓名1，作者姓名2", x: 220, y: 150, size: 11)],
            [Placed(text: "摘 要:（200字左右）", x: 60, y: 200, size: 10),
             Placed(text: "关键词:关键词1;关键词2", x: 60, y: 216, size: 10),
             Placed(text: "中图分类号:XXX 文献标志码:A", x: 60, y: 232, size: 10),
             Placed(text: "收稿日期:XXXX-XX-XX", x: 60, y: 760, size: 8)],
        ])
        #expect(!ex.isEvidence)
        #expect(ex.mode == .unknown)
    }

    @Test func journalAcceptanceIsResearchWithAcceptanceOnly() {
        let ex = extract([
            [Placed(text: "录用通知", x: 250, y: 80, size: 24)],
            [Placed(text: "柯云舒老师：", x: 70, y: 170, size: 14)],
            [Placed(text: "您投寄的稿件《城市地下管网三维建模方法研究》经专家审稿，已被本刊录用，拟于2024年第6期刊出。", x: 70, y: 205, size: 14)],
            [Placed(text: "《测绘科学通报》编辑部", x: 380, y: 420, size: 14), Placed(text: "2024年3月18日", x: 400, y: 445, size: 14)],
        ])
        #expect(ex.isEvidence)
        #expect(ex.mode == .research)
        #expect(ex.kind == "acceptance-notice")
        #expect(ex.fields["issueDate"]?.value.string == "2024-03-18")
        #expect(ex.fields["journal"]?.value.string == "测绘科学通报")
        #expect(ex.fields["title"]?.value.string == "城市地下管网三维建模方法研究")
        #expect(ex.raises.contains { $0.code == "acceptance-only" && $0.severity == .warning })
    }

    @Test func conferenceAcceptanceIsAcademic() {
        let ex = extract([
            [Placed(text: "论文录用通知", x: 230, y: 80, size: 24)],
            [Placed(text: "闫立群先生：", x: 70, y: 170, size: 14)],
            [Placed(text: "您提交的论文《山区公路边坡监测技术》已被第九届全国岩土工程学术大会录用，请于2024年9月20日前完成注册，", x: 70, y: 205, size: 14),
             Placed(text: "并在分会场作口头报告。大会将于2024年10月12日至14日在昆明召开。", x: 70, y: 227, size: 14)],
            [Placed(text: "第九届全国岩土工程学术大会组委会", x: 330, y: 420, size: 14), Placed(text: "2024年8月30日", x: 400, y: 445, size: 14)],
        ])
        #expect(ex.isEvidence)
        #expect(ex.mode == .academic)
        #expect(ex.kind == "acceptance-notice")
        #expect(ex.raises.contains { $0.code == "acceptance-only" })
    }

    /// A visa invitation letter that says the presentation was accepted: signed by the conference's chairs, with the
    /// holder's birth date above the dateline, and the dates with a weekday inside the span.
    @Test func englishConferenceAcceptanceLetter() {
        let ex = extract([
            [Placed(text: "GRAPHX 2024 Invitation Letter", x: 40, y: 40, size: 14)],
            [Placed(text: "Badge Name: Lin Haoyu Passport Name: Lin Haoyu", x: 40, y: 80, size: 10),
             Placed(text: "Birth Date: 1994-02-11", x: 40, y: 94, size: 10)],
            [Placed(text: "Apr 2, 2024", x: 40, y: 130, size: 10)],
            [Placed(text: "Dear Lin Haoyu,", x: 40, y: 160, size: 10)],
            [Placed(text: "You are invited to participate in the Fifth Conference on Graph Computing. The Conference will take place", x: 40, y: 190, size: 10),
             Placed(text: "Thu. May 9th through Mon the 13th, 2024 at the Harbour Centre. We are delighted to inform you that your", x: 40, y: 204, size: 10),
             Placed(text: "presentation has been accepted: Sparse Kernels for Streaming Graphs.", x: 40, y: 218, size: 10)],
            [Placed(text: "Sincerely,", x: 40, y: 300, size: 10),
             Placed(text: "Mira Stone Paul Okafor", x: 40, y: 314, size: 10),
             Placed(text: "General Chair, GRAPHX 2024 Senior Program Chair", x: 40, y: 328, size: 10)],
        ])
        #expect(ex.mode == .academic)
        #expect(ex.kind == "acceptance-notice")
        #expect(ex.fields["issuer"]?.value.string == "GRAPHX 2024")
        #expect(ex.fields["issueDate"]?.value.string == "2024-04-02")
        #expect(ex.fields["startDate"]?.value.string == "2024-05-09")
        #expect(ex.fields["endDate"]?.value.string == "2024-05-13")
        #expect(ex.raises.contains { $0.code == "acceptance-only" })
    }

    /// An invitation with nothing accepted stays not evidence.
    @Test func invitationToAttendStaysNotEvidence() {
        let ex = extract([
            [Placed(text: "邀请函", x: 260, y: 80, size: 24)],
            [Placed(text: "尊敬的闫立群老师：", x: 70, y: 170, size: 14)],
            [Placed(text: "我会定于2024年10月12日至14日在昆明召开第九届全国岩土工程学术大会，诚邀您拨冗出席。届时敬请光临。", x: 70, y: 205, size: 14)],
            [Placed(text: "中国岩土工程学会", x: 380, y: 420, size: 14), Placed(text: "2024年8月30日", x: 400, y: 445, size: 14)],
        ])
        #expect(!ex.isEvidence)
        #expect(ex.raises.isEmpty)
    }

    /// A filing receipt: the sentence above the table names 发明创造名称 too, without a colon.
    @Test func patentFilingReceiptIsResearchWithAcceptanceOnly() {
        let ex = extract([
            [Placed(text: "国家知识产权局", x: 60, y: 40, size: 20)],
            [Placed(text: "发文日: 2023年05月06日", x: 380, y: 90, size: 10),
             Placed(text: "申请号或专利号:202310123456.7 发文序号:2023050601234567", x: 60, y: 110, size: 10)],
            [Placed(text: "专利申请受理通知书", x: 200, y: 150, size: 20)],
            [Placed(text: "根据专利法第28条的规定，申请人提出的专利申请已由国家知识产权局受理。现将确定的申请号、申请日、申请人和发明创造名称通知如下:", x: 60, y: 190, size: 10),
             Placed(text: "申请号:202310123456.7", x: 60, y: 210, size: 10),
             Placed(text: "申请日:2023年05月06日", x: 60, y: 224, size: 10),
             Placed(text: "申请人:江川理工学院", x: 60, y: 238, size: 10),
             Placed(text: "发明创造名称:一种桥梁裂缝的图像检测方法", x: 60, y: 252, size: 10),
             Placed(text: "经核实，国家知识产权局确认收到文件如下:", x: 60, y: 266, size: 10),
             Placed(text: "发明专利请求书每份页数:5页文件份数:1份", x: 60, y: 280, size: 10)],
        ])
        #expect(ex.isEvidence)
        #expect(ex.mode == .research)
        #expect(ex.kind == "acceptance-notice")
        #expect(ex.fields["issuer"]?.value.string == "国家知识产权局")
        #expect(ex.fields["issueDate"]?.value.string == "2023-05-06")
        #expect(ex.fields["title"]?.value.string == "一种桥梁裂缝的图像检测方法")
        #expect(ex.fields["applicationNumber"]?.value.string == "202310123456.7")
        #expect(ex.raises.contains { $0.code == "acceptance-only" })
    }

    /// An invention application's publication (kind code A) is dated by its 申请公布日.
    @Test func patentApplicationPublicationIsDatedByItsPublication() {
        let ex = extract([
            [Placed(text: "(19)国家知识产权局", x: 60, y: 40, size: 18)],
            [Placed(text: "(12)发明专利申请", x: 300, y: 40, size: 18)],
            [Placed(text: "(21)申请号202310123456 .7", x: 60, y: 90, size: 10),
             Placed(text: "(22)申请日2023 .05 .06", x: 60, y: 104, size: 10),
             Placed(text: "(71)申请人江川理工学院", x: 60, y: 118, size: 10),
             Placed(text: "(10)申请公布号CN 116012345 A", x: 300, y: 90, size: 10),
             Placed(text: "(43)申请公布日2023.08.22", x: 300, y: 104, size: 10),
             Placed(text: "(72)发明人柯云舒 闫立群", x: 300, y: 118, size: 10),
             Placed(text: "(54)发明名称", x: 60, y: 150, size: 10),
             Placed(text: "一种桥梁裂缝的图像", x: 60, y: 164, size: 10),
             Placed(text: "检测方法", x: 60, y: 178, size: 10),
             Placed(text: "(57)摘要", x: 300, y: 150, size: 10),
             Placed(text: "本发明公开了一种桥梁裂缝的图像检测方法。", x: 300, y: 164, size: 10)],
        ])
        #expect(ex.kind == "patent")
        #expect(ex.mode == .research)
        #expect(ex.fields["issueDate"]?.value.string == "2023-08-22")
        #expect(ex.fields["issuer"]?.value.string == "国家知识产权局")
        #expect(ex.fields["patentType"]?.value.string == "invention")
        #expect(ex.fields["publicationNumber"]?.value.string == "CN 116012345 A")
        #expect(ex.fields["title"]?.value.string == "一种桥梁裂缝的图像检测方法")
    }

    /// The issuer of a software copyright certificate is the copyright office, even when only its number and the
    /// examining centre are in the text layer.
    @Test func softwareCopyrightCertificate() {
        let ex = extract([
            [Placed(text: "证书号:软著登字第10234567号", x: 60, y: 120, size: 12)],
            [Placed(text: "软件名称:桥梁巡检数据管理系统", x: 60, y: 170, size: 12),
             Placed(text: "V2.1", x: 60, y: 186, size: 12),
             Placed(text: "著作权人:江川理工学院", x: 60, y: 210, size: 12),
             Placed(text: "权利取得方式:原始取得", x: 60, y: 230, size: 12),
             Placed(text: "权利范围:全部权利", x: 60, y: 250, size: 12),
             Placed(text: "登 记 号: 2024SR0123456", x: 60, y: 270, size: 12),
             Placed(text: "根据《计算机软件保护条例》和《计算机软件著作权登记办法》的", x: 60, y: 310, size: 12),
             Placed(text: "规定，经中国版权保护中心审核，对以上事项予以登记。", x: 60, y: 326, size: 12)],
            [Placed(text: "2024年01月15日", x: 400, y: 700, size: 12)],
        ])
        #expect(ex.mode == .research)
        #expect(ex.kind == "software-copyright")
        #expect(ex.isEvidence)
        #expect(ex.fields["issuer"]?.value.string == "中华人民共和国国家版权局")
        #expect(ex.fields["certificateNumber"]?.value.string == "软著登字第10234567号")
        #expect(ex.fields["registrationNumber"]?.value.string == "2024SR0123456")
        #expect(ex.fields["issueDate"]?.value.string == "2024-01-15")
        #expect(ex.fields["title"]?.value.string == "桥梁巡检数据管理系统")
    }

    /// A conference paper is research, and a conference named among its references is not its issuer.
    @Test func conferencePaperIsResearchWithoutABorrowedIssuer() {
        let ex = extract([
            [Placed(text: "Sparse Kernels for Streaming Graphs", x: 120, y: 90, size: 18)],
            [Placed(text: "Lin Haoyu, Mira Stone, Paul Okafor", x: 160, y: 130, size: 11)],
            [Placed(text: "Abstract. We propose a method for streaming graphs that keeps sparse kernels up to date.", x: 60, y: 180, size: 10),
             Placed(text: "Keywords: graph streams, sparse kernels", x: 60, y: 196, size: 10)],
            [Placed(text: "1 Introduction", x: 60, y: 230, size: 12),
             Placed(text: "Streaming graphs arrive edge by edge; the proposed method updates each kernel in place.", x: 60, y: 250, size: 10)],
            [Placed(text: "2 Related Work", x: 60, y: 290, size: 12),
             Placed(text: "Earlier methods [1] recompute kernels; experiments on three dataset families compare them.", x: 60, y: 310, size: 10)],
            [Placed(text: "5 Conclusion", x: 60, y: 350, size: 12),
             Placed(text: "Sparse kernels keep streaming graphs tractable.", x: 60, y: 370, size: 10)],
            [Placed(text: "References", x: 60, y: 410, size: 12),
             Placed(text: "1. Rao, K., et al.: Kernel updates. In: IEEE International Conference on Data Engineering Workshops. pp. 1-8 (2015)", x: 60, y: 430, size: 9)],
        ])
        #expect(ex.mode == .research)
        #expect(ex.kind == "conference-paper")
        #expect(ex.fields["issuer"] == nil)
    }

    /// A project page read from a screenshot: label and value on separate lines, a platform footer naming the host
    /// office and then the company that built the site, and a sentence in which a teacher 凭借 something.
    @Test func projectApprovalPageNamesTheHostOffice() {
        let ex = extract([
            [Placed(text: "江川省大学生创新训练计划平台", x: 40, y: 20, size: 16)],
            [Placed(text: "项目名称:", x: 60, y: 80, size: 10), Placed(text: "山区桥梁健康监测小程序开发", x: 60, y: 94, size: 10),
             Placed(text: "项目编号(省级项目编号):", x: 60, y: 108, size: 10), Placed(text: "项目附件", x: 60, y: 122, size: 10),
             Placed(text: "202410777012", x: 60, y: 136, size: 10),
             Placed(text: "项目期限:", x: 60, y: 150, size: 10), Placed(text: "两年期(2024-06至2026-06)", x: 60, y: 164, size: 10),
             Placed(text: "指导教师对本项目的支持情况:", x: 60, y: 178, size: 10),
             Placed(text: "在技术指导层面，教师凭借在结构监测领域的科研成果，为项目实现提供专业技术方案。", x: 60, y: 192, size: 10),
             Placed(text: "项目级别:", x: 60, y: 206, size: 10), Placed(text: "国家级", x: 60, y: 220, size: 10),
             Placed(text: "立项时间:", x: 60, y: 234, size: 10), Placed(text: "2024-07-20", x: 60, y: 248, size: 10),
             Placed(text: "结题时间:", x: 60, y: 262, size: 10)],
            [Placed(text: "主办单位:江川省教育厅高等教育处技术支持:星桥软件科技有限公司", x: 300, y: 800, size: 9)],
        ])
        #expect(ex.kind == "research-project")
        #expect(ex.fields["issuer"]?.value.string == "江川省教育厅高等教育处")
        #expect(ex.fields["issueDate"]?.value.string == "2024-07-20")
        #expect(ex.fields["projectNumber"]?.value.string == "202410777012")
        #expect(ex.fields["projectLevel"]?.value.string == "national")
        #expect(ex.fields["holder"]?.value.string != "凭借")
        // The approval day is not a one-day activity.
        #expect(ex.fields["startDate"]?.value.string != "2024-07-20")
    }

    @Test func capturesJoinLetterSpacingAndWrappedLines() {
        #expect(CaptureText.value("北 京 邮 电 大 学 学 报") == "北京邮电大学学报")
        #expect(CaptureText.value("华南理工大学 计算机学院") == "华南理工大学 计算机学院")
        #expect(CaptureText.value("Vol 4") == "Vol 4")
        #expect(CaptureText.value("一种基于transformer的行人轨迹\n预测方法") == "一种基于transformer的行人轨迹预测方法")
        #expect(CaptureText.value("Sparse Kernels for\nStreaming Graphs") == "Sparse Kernels for Streaming Graphs")
    }
}
