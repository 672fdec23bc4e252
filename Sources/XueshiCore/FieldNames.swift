/// What a reviewer calls each field, for messages in reports.
public enum FieldNames {
    static let names: [String: String] = [
        "hours": "学时", "startDate": "开始日期", "endDate": "结束日期", "issueDate": "发证日期", "issuer": "发证单位",
        "holder": "持证人", "title": "名称", "certificateNumber": "证书编号", "credits": "学分",
    ]

    public static func chinese(_ field: String) -> String { names[field] ?? field }

    /// Fields whose values name a person: messages say that they differ, not what they are.
    public static func isPersonal(_ field: String) -> Bool { field == "holder" || field == "idNumber" || field == "signer" }
}
