/// How a value was read, in the words a reviewer reads in `explain`: the finder kinds of the extractor specs
/// (`find:` in `extractors/*.yaml`) and the sources outside the page's text (a seal's data, a QR code, the file's
/// own data). The one table of these names: the account asks here, so a new finder kind gets its name in one place.
package enum ReadingMethods {
    static let names: [String: String] = [
        // Finder kinds (FinderKind raw values).
        "quantity": "数字和单位", "after": "标签后的文字", "before": "标签前的文字", "date": "日期",
        "span": "起止日期", "column": "表格栏目", "startEnd": "开始、结束标签", "org": "单位名称",
        "title": "标题大字", "authors": "作者署名", "count": "作者人数", "regex": "固定格式", "keyword": "关键词",
        "copy": "取自其他项",
        // Where the text stood or came from.
        "seal": "印章文字", "ocr": "文字识别 OCR", "textLayer": "文字层",
        "embedded": "文件内嵌数据", "electronicSeal": "电子印章数据", "signerCertificate": "签名证书",
        "signature": "电子签名", "qr": "二维码", "barcode": "条形码", "derived": "由起止日期推算",
        "idNumber": "文中的身份证号",
    ]

    /// A name for a finder kind or a source; an unknown one (a finder added later) keeps its code, still readable.
    package static func chinese(_ method: String) -> String { names[method] ?? method }
}
