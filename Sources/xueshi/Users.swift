import ArgumentParser
import Foundation
import XueshiServer
import XueshiStore

/// `xueshi users`: accounts for the web service.
struct Users: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "管理网页服务的账号 (accounts of the web service)",
        subcommands: [Add.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "创建账号；密码从标准输入读取第一行 (create an account; the password is the first line of standard input)",
            discussion: "退出码 / exit codes: 0 已创建 (created); 1 账号已存在 (exists); 2 用法错误 (usage); 3 材料库无法打开 (store).")

        @Argument(help: "用户名 (user name)")
        var name: String

        @Option(name: .long, help: "角色：learner 学员、reviewer 审核人员、admin 管理员 (role)")
        var role: String

        @Option(name: .long, help: "单位 (unit; required for learners and reviewers)")
        var unit: String?

        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            if isatty(0) == 1 { FileHandle.standardError.write(Data("密码 (password): ".utf8)) }
            guard let password = readLine(strippingNewline: true), !password.isEmpty else {
                throw UsageError(description: "请在标准输入中给出密码 (no password on standard input)")
            }
            let account: Account
            do {
                account = try Accounts.make(username: name, password: password, role: role, unit: unit, passwords: PasswordHash())
            } catch let e as APIError {
                throw UsageError(description: e.message)
            }
            let store = try storeOptions.openWeb()
            defer { _ = try? blocking { await store.close() } }
            do {
                try blocking { try await store.addAccount(account) }
            } catch {
                FileHandle.standardError.write(Data("账号已存在：\(name) (exists)\n".utf8))
                throw ExitCode(1)
            }
            FileHandle.standardError.write(Data("已创建账号 \(name)（\(role)）\n".utf8))
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出账号 (list accounts)")

        @OptionGroup var storeOptions: StoreOptions

        func run() throws {
            let store = try storeOptions.openWeb()
            defer { _ = try? blocking { await store.close() } }
            for a in try blocking({ try await store.accounts() }) {
                writeOut([a.username, a.role.rawValue, a.unit ?? "-"].joined(separator: "\t") + "\n")
            }
        }
    }
}
