import ArgumentParser
import XueshiStore

/// Where the store is: a SQLite file (default xueshi.sqlite here) or a PostgreSQL URL ($XUESHI_STORE too).
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "材料库：SQLite 文件或 postgres://用户:密码@主机/库 (the store: a SQLite file or a PostgreSQL URL; default $XUESHI_STORE or xueshi.sqlite)")
    var store: String?

    var location: StoreLocation {
        StoreLocation(store ?? ProcessInfo.processInfo.environment["XUESHI_STORE"] ?? "xueshi.sqlite")
    }

    /// Opened and migrated; a failure is a StoreFailure (exit 3).
    func open() throws -> any EvidenceStore { try openWeb() }

    /// The same, typed with what the web service keeps (accounts, sessions, uploads).
    func openWeb() throws -> any WebStore {
        let location = self.location
        do { return try blocking { try await location.openWeb() } } catch {
            throw StoreFailure(error, store: location.description)
        }
    }
}

import Foundation
