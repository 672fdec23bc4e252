import Foundation
import Testing
import XueshiCore
@testable import XueshiStore

@Suite struct ManifestTests {
    func write(_ text: String, encoding: String = "utf8") throws -> String {
        let dir = NSTemporaryDirectory() + "xueshi-manifest-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let path = dir + "/m.csv"
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func chineseHeadingsQuotesAndABOM() throws {
        let path = try write("\u{FEFF}学员编号,姓名,单位,年度,申报方式,申报学时,文件\r\nA1,张三,\"一院,内科\",2023年,培训,24学时,a/证书 1.pdf\r\nA2,李四,,2024,,,/abs/b.pdf\r\n")
        let m = try Manifest.csv(path: path)
        #expect(m.entries.count == 2)
        #expect(m.entries[0].learner == Learner(id: "A1", name: "张三", unit: "一院,内科"))
        #expect(m.entries[0].year == 2023 && m.entries[0].claimedHours == 24 && m.entries[0].claimedMode == "培训")
        #expect(m.entries[0].path.hasSuffix("/a/证书 1.pdf") && m.entries[0].name == "a/证书 1.pdf")
        #expect(m.entries[1].path == "/abs/b.pdf" && m.entries[1].claimedHours == nil && m.entries[1].learner.unit == nil)
        #expect(m.entries[0].row == 2 && m.entries[1].row == 3)
    }

    @Test func englishHeadingsInAnyOrder() throws {
        let m = try Manifest.csv(path: try write("file,hours,learner,year\nx.pdf,8,L1,2022\n"))
        #expect(m.entries.first?.learner.id == "L1" && m.entries.first?.claimedHours == 8 && m.entries.first?.year == 2022)
    }

    @Test func aGB18030ManifestAsExcelSavesIt() throws {
        // "学员编号,文件\nA1,证书.pdf\n" in GB18030.
        let bytes: [UInt8] = [0xD1, 0xA7, 0xD4, 0xB1, 0xB1, 0xE0, 0xBA, 0xC5, 0x2C, 0xCE, 0xC4, 0xBC, 0xFE, 0x0A,
                              0x41, 0x31, 0x2C, 0xD6, 0xA4, 0xCA, 0xE9, 0x2E, 0x70, 0x64, 0x66, 0x0A]
        let path = try write("")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let m = try Manifest.csv(path: path)
        #expect(m.entries.first?.name == "证书.pdf")
    }

    @Test func badRowsSayWhichRowAndWhy() throws {
        #expect(throws: Manifest.ManifestError.self) { try Manifest.csv(path: try write("姓名,文件\n张三,a.pdf\n")) }
        do {
            _ = try Manifest.csv(path: try write("学员编号,年度,文件\nA1,二三年,a.pdf\n"))
            Issue.record("a bad year was accepted")
        } catch {
            #expect("\(error)".contains("第 2 行") && "\(error)".contains("二三年"))
        }
    }

    @Test func aFolderIsOneLearnerPerSubFolderWithYearFolders() throws {
        let dir = NSTemporaryDirectory() + "xueshi-folder-\(UUID().uuidString)"
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir + "/A1_张三/2023", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: dir + "/B2", withIntermediateDirectories: true)
        fm.createFile(atPath: dir + "/A1_张三/2023/c.pdf", contents: Data("%PDF".utf8))
        fm.createFile(atPath: dir + "/B2/d.png", contents: Data("x".utf8))
        let m = try Manifest.folder(path: dir)
        #expect(m.entries.map(\.learner.id) == ["A1", "B2"])
        #expect(m.entries[0].learner.name == "张三" && m.entries[0].year == 2023 && m.entries[1].year == nil)
    }

    @Test func claimedModesInTheirUsualWords() {
        #expect(Manifest.mode("网络学习") == .online)
        #expect(Manifest.mode("参加学术会议") == .academic)
        #expect(Manifest.mode("research") == .research)
        #expect(Manifest.mode("") == nil)
    }

    @Test func csvCellsRoundTripAndFormulasStayText() {
        let line = CSV.line(["a,b", "say \"hi\"", "=SUM(A1)", "-3", "多行\n文字"])
        #expect(CSV.parse(line) == [["a,b", "say \"hi\"", "'=SUM(A1)", "-3", "多行\n文字"]])
        #expect(line.hasSuffix("\r\n"))
    }

    @Test func exportsMaskIDNumbers() {
        #expect(Masking.text("身份证 340121199001013935") == "身份证 340121********3935")
        #expect(Masking.learner(Learner(id: "340121199001013935")).id == "340121********3935")
        #expect(Masking.learner(Learner(id: "L0001")).id == "L0001")
    }

    @Test func aWorkerOfThisMachineWhosePidIsGoneIsDead() {
        let me = WorkerName()
        #expect(!WorkerName.isDeadHere(me.description))
        // pid 1 is alive and started before now: it may be the worker named so. A name that says it started in
        // 1970 is not pid 1, which started later: that worker is gone and its pid reused.
        #expect(!WorkerName.isDeadHere("\(me.host)/1/\(Int(Date().timeIntervalSince1970))"))
        #expect(WorkerName.isDeadHere("\(me.host)/1/1"))
        #expect(WorkerName.isDeadHere("\(me.host)/999999/1"))
        #expect(!WorkerName.isDeadHere("elsewhere/999999/1"))
    }
}
