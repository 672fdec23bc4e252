/// A rectangle in PDF points on a page, origin top-left (the schema's `box`).
public struct Box: Codable, Sendable, Hashable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = x0; self.y0 = y0; self.x1 = x1; self.y1 = y1
    }

    public static let zero = Box(x0: 0, y0: 0, x1: 0, y1: 0)

    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }
    public var midX: Double { (x0 + x1) / 2 }
    public var midY: Double { (y0 + y1) / 2 }

    public func union(_ o: Box) -> Box {
        Box(x0: min(x0, o.x0), y0: min(y0, o.y0), x1: max(x1, o.x1), y1: max(y1, o.y1))
    }

    public static func union(_ boxes: some Sequence<Box>) -> Box? {
        var it = boxes.makeIterator()
        guard var b = it.next() else { return nil }
        while let n = it.next() { b = b.union(n) }
        return b
    }

    /// The area shared with `o` over the smaller box's area (0 when apart).
    public func overlapRatio(_ o: Box) -> Double {
        let w = min(x1, o.x1) - max(x0, o.x0), h = min(y1, o.y1) - max(y0, o.y0)
        guard w > 0, h > 0 else { return 0 }
        let smaller = min(width * height, o.width * o.height)
        return smaller > 0 ? w * h / smaller : 0
    }

    /// The schema's four-number form.
    public var array: [Double] { [x0, y0, x1, y1] }
}
