import XueshiCore

/// One flag per code on a report: findings of one kind are one thing for a reviewer to look at, so their reasons
/// are joined into one message, at the gravest severity among them and on the first page named.
public enum FlagMerge {
    public static func onePerCode(_ flags: [Flag]) -> [Flag] {
        var order: [String] = []
        var byCode: [String: Flag] = [:]
        for f in flags {
            guard var seen = byCode[f.code] else { order.append(f.code); byCode[f.code] = f; continue }
            if !seen.message.contains(f.message) { seen.message += "；" + f.message }
            seen.severity = max(seen.severity, f.severity)
            seen.page = seen.page ?? f.page
            byCode[f.code] = seen
        }
        return order.compactMap { byCode[$0] }
    }
}
