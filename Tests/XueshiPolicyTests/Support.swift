import Foundation
import XueshiCore
import XueshiNormalize
@testable import XueshiPolicy

let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The shipped standards, as a deployment loads them.
let shipped: PolicySet = { try! PolicySet.load(directory: repoRoot.appendingPathComponent("policies").path) }()
