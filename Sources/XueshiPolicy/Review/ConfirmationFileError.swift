/// Why a confirmation file was refused: the file, the line and the reason, in Chinese and English. The CLI prints
/// it as a usage error (exit 2), so a reviewer's typo never silently counts or drops an item.
public struct ConfirmationFileError: Error, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int?
    public var chinese: String
    public var english: String

    public var description: String {
        let at = line.map { "\(file) 第 \($0) 行" } ?? file
        let atEnglish = line.map { "\(file) line \($0)" } ?? file
        return "确认文件 \(at)：\(chinese) (confirm file \(atEnglish): \(english))"
    }
}
