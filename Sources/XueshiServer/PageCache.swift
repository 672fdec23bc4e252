import Foundation

/// Pages drawn lately, so a reviewer going back and forth does not start a drawing process each time. Bounded
/// by bytes; the least recently used page goes first.
actor PageCache {
    let limit: Int
    var pages: [String: Data] = [:]
    var order: [String] = []
    var bytes = 0

    init(limit: Int = 64 << 20) { self.limit = limit }

    func get(_ key: String) -> Data? {
        guard let d = pages[key] else { return nil }
        order.removeAll { $0 == key }
        order.append(key)
        return d
    }

    func put(_ key: String, _ d: Data) {
        guard d.count < limit, pages[key] == nil else { return }
        pages[key] = d; order.append(key); bytes += d.count
        while bytes > limit, let old = order.first {
            order.removeFirst()
            bytes -= pages.removeValue(forKey: old)?.count ?? 0
        }
    }
}
