import Foundation
import XueshiCore

/// Draws a page of an upload with the report's field boxes, as PNG.
public protocol PageDrawer: Sendable {
    func png(_ bytes: Data, name: String, page: Int, report: Report) async -> Result<Data, ReadError>
}
