/// What a reviewer calls each field, for messages in reports, tables and pages.
public enum FieldNames {
    static let names: [String: String] = [
        "hours": "学时", "startDate": "开始日期", "endDate": "结束日期", "issueDate": "发证日期", "issuer": "发证单位",
        "holder": "持证人", "title": "名称", "certificateNumber": "证书编号", "days": "天数", "weeks": "周数",
        "months": "月数", "credits": "学分", "creditUnit": "学分单位", "journal": "期刊", "issn": "ISSN",
        "cn": "CN 刊号", "publishedMonth": "出版年月", "receivedDate": "收稿日期", "authorCount": "作者人数",
        "authorRank": "作者排序", "conferenceLevel": "会议级别", "role": "角色", "projectLevel": "项目级别",
        "projectNumber": "项目编号", "patentNumber": "专利号", "patentType": "专利类型", "applicationNumber": "申请号",
        "publicationNumber": "申请公布号", "registrationNumber": "登记号", "copyrightOwner": "著作权人",
        "applicationDate": "申请日", "examName": "考试名称", "result": "成绩", "awardLevel": "奖励级别",
        "awardRank": "获奖等次", "isbn": "ISBN", "wordCount": "字数", "documentNumber": "文号",
        "idNumber": "身份证号（已遮盖）", "signer": "电子签名者", "verificationCode": "验证码（二维码/条码）",
    ]

    public static func chinese(_ field: String) -> String { names[field] ?? field }
    public static var all: [String: String] { names }

    /// Fields whose values name a person: messages say that they differ, not what they are.
    public static func isPersonal(_ field: String) -> Bool { field == "holder" || field == "idNumber" || field == "signer" }
}
