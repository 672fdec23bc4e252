import Foundation

/// At most `attempts` failed logins per account name in `window` seconds; after that, refused until the oldest
/// failure ages out, whether or not the password is right (so guessing cannot go on in the background).
actor LoginLimiter {
    let attempts: Int
    let window: Double
    var failures: [String: [Double]] = [:]

    init(attempts: Int = 5, window: Double = 900) { self.attempts = attempts; self.window = window }

    func allowed(_ key: String, now: Double) -> Bool {
        let recent = (failures[key] ?? []).filter { $0 > now - window }
        failures[key] = recent.isEmpty ? nil : recent
        return recent.count < attempts
    }

    func failed(_ key: String, now: Double) {
        failures[key, default: []].append(now)
        // Bounded however many names are tried: the oldest keys go first.
        if failures.count > 10_000 {
            for k in failures.filter({ ($0.value.last ?? 0) < now - window }).keys { failures[k] = nil }
        }
    }

    func succeeded(_ key: String) { failures[key] = nil }
}
