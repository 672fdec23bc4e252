import XueshiCore

/// Which way a page's text runs on the displayed page. A page saved with /Rotate, or text set sideways, is read
/// in a frame where it runs left to right, and its boxes are turned back to the page afterwards.
enum TextOrientation: Equatable {
    case rightward, downward, upward, leftward

    /// The direction most neighbouring glyphs of a source line advance in.
    static func detect(_ glyphs: [Glyph]) -> TextOrientation {
        var votes = [0, 0, 0, 0]
        for i in glyphs.indices.dropFirst() where glyphs[i].sourceLine == glyphs[i - 1].sourceLine {
            let dx = glyphs[i].box.midX - glyphs[i - 1].box.midX
            let dy = glyphs[i].box.midY - glyphs[i - 1].box.midY
            if abs(dx) >= abs(dy) { votes[dx >= 0 ? 0 : 3] += 1 } else { votes[dy > 0 ? 1 : 2] += 1 }
        }
        guard let best = votes.indices.max(by: { votes[$0] < votes[$1] }), votes[best] > votes[0] else { return .rightward }
        return [.rightward, .downward, .upward, .leftward][best]
    }

    /// The page direction (y down) that is down for text running this way: where the next line goes.
    var down: (dx: Double, dy: Double) {
        switch self {
        case .rightward: (0, 1)
        case .downward: (-1, 0)
        case .upward: (1, 0)
        case .leftward: (0, -1)
        }
    }

    /// Size of the reading frame for a page of this size.
    func frameSize(width: Double, height: Double) -> (Double, Double) {
        switch self {
        case .rightward, .leftward: (width, height)
        case .downward, .upward: (height, width)
        }
    }

    /// Page box → frame box, for a page `width` × `height`.
    func toFrame(_ b: Box, width w: Double, height h: Double) -> Box {
        switch self {
        case .rightward: b
        case .downward: Box(x0: b.y0, y0: w - b.x1, x1: b.y1, y1: w - b.x0)
        case .upward: Box(x0: h - b.y1, y0: b.x0, x1: h - b.y0, y1: b.x1)
        case .leftward: Box(x0: w - b.x1, y0: h - b.y1, x1: w - b.x0, y1: h - b.y0)
        }
    }

    /// Frame box → page box.
    func toPage(_ b: Box, width w: Double, height h: Double) -> Box {
        switch self {
        case .rightward: b
        case .downward: Box(x0: w - b.y1, y0: b.x0, x1: w - b.y0, y1: b.x1)
        case .upward: Box(x0: b.y0, y0: h - b.x1, x1: b.y1, y1: h - b.x0)
        case .leftward: Box(x0: w - b.x1, y0: h - b.y1, x1: w - b.x0, y1: h - b.y0)
        }
    }
}
