import Dispatch
import Foundation
import XueshiCore
import XueshiPipeline

/// Draws in this process (the router tests, over documents they made themselves). On a dispatch thread: poppler
/// and cairo block, and must not hold Swift's cooperative pool.
public struct InProcessDrawer: PageDrawer {
    public var dpi: Double

    public init(dpi: Double = 72) { self.dpi = dpi }

    public func png(_ bytes: Data, name: String, page: Int, report: Report) async -> Result<Data, ReadError> {
        let dpi = self.dpi
        return await withCheckedContinuation { c in
            DispatchQueue.global().async { c.resume(returning: PagePicture.png(data: bytes, page: page, dpi: dpi, report: report)) }
        }
    }
}
