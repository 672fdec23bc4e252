import Foundation
import XueshiCore
import XueshiRead

/// A page drawn as a PNG with the boxes of the fields read on it: what a reviewer checks a report against, and how
/// a developer checks a reader by eye.
public enum PagePicture {
    /// Page `page` (1-based) at `dpi`, with the report's fields on that page outlined in red and named.
    public static func png(data: Data, page: Int, dpi: Double, report: Report? = nil) -> Result<Data, ReadError> {
        switch PageDrawing.draw(data: data, page: page - 1, dpi: dpi) {
        case .failure(let e):
            return .failure(e)
        case .success(let image):
            let marks = (report?.fields ?? [:]).sorted { $0.key < $1.key }.compactMap { name, field -> PNGWriter.Mark? in
                guard field.page == page, let box = field.box else { return nil }
                guard box.count == 4 else { return nil }
                return PNGWriter.Mark(box: Box(x0: box[0], y0: box[1], x1: box[2], y1: box[3]), label: name)
            }
            guard let png = PNGWriter.png(image, marks: marks) else {
                return .failure(ReadError(code: "not-drawn", message: "页面图像无法编码为 PNG"))
            }
            return .success(png)
        }
    }
}
