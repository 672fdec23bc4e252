import Foundation

/// A logistic model over named features: P = σ(intercept + Σ weight·feature). Features a model has no weight for
/// count nothing, so a model fitted before a feature existed still applies.
public struct LogisticModel: Codable, Sendable, Equatable {
    public var intercept: Double
    public var weights: [String: Double]

    public init(intercept: Double, weights: [String: Double]) {
        self.intercept = intercept; self.weights = weights
    }

    public func probability(_ x: [String: Double]) -> Double {
        var z = intercept
        for (k, v) in x { z += (weights[k] ?? 0) * v }
        return 1 / (1 + exp(-max(-30, min(30, z))))
    }

    /// Fits by Newton's method (iteratively reweighted least squares) with an L2 penalty `ridge` on the weights
    /// (not the intercept): with few labelled documents, a feature seen on three of them must not get a weight of 40.
    /// Features are standardised for the fit, so the penalty weighs a feature by what it tells, not by its scale
    /// (an OCR deficit of 0.05 is as telling as a count of 2); the weights are given back in the features' units.
    public static func fit(_ rows: [(features: [String: Double], right: Bool)], ridge: Double = 1,
                           iterations: Int = 50) -> LogisticModel {
        let names = Array(Set(rows.flatMap(\.features.keys))).sorted()
        let n = names.count + 1
        let raw: [[Double]] = rows.map { r in names.map { r.features[$0] ?? 0 } }
        let count = Double(max(rows.count, 1))
        let means = names.indices.map { j in raw.map { $0[j] }.reduce(0, +) / count }
        let scales = names.indices.map { j -> Double in
            let v = raw.map { ($0[j] - means[j]) * ($0[j] - means[j]) }.reduce(0, +) / count
            return v > 1e-12 ? v.squareRoot() : 1
        }
        let xs: [[Double]] = raw.map { r in [1] + names.indices.map { (r[$0] - means[$0]) / scales[$0] } }
        let ys = rows.map { $0.right ? 1.0 : 0.0 }
        var beta = [Double](repeating: 0, count: n)
        for _ in 0..<iterations {
            var grad = [Double](repeating: 0, count: n)
            var hess = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
            for (x, y) in zip(xs, ys) {
                var z = 0.0
                for j in 0..<n { z += beta[j] * x[j] }
                let p = 1 / (1 + exp(-max(-30, min(30, z))))
                let w = max(p * (1 - p), 1e-9)
                for j in 0..<n where x[j] != 0 {
                    grad[j] += (y - p) * x[j]
                    for k in 0..<n where x[k] != 0 { hess[j][k] += w * x[j] * x[k] }
                }
            }
            for j in 1..<n { grad[j] -= ridge * beta[j]; hess[j][j] += ridge }
            hess[0][0] += 1e-6
            guard let step = solve(hess, grad) else { break }
            var change = 0.0
            for j in 0..<n { beta[j] += step[j]; change = max(change, abs(step[j])) }
            if change < 1e-8 { break }
        }
        var weights: [String: Double] = [:]
        var intercept = beta[0]
        for (j, name) in names.enumerated() {
            let w = beta[j + 1] / scales[j]
            weights[name] = (w * 1e4).rounded() / 1e4
            intercept -= w * means[j]
        }
        return LogisticModel(intercept: (intercept * 1e4).rounded() / 1e4, weights: weights)
    }

    /// Solves A·x = b by Gaussian elimination with partial pivoting; nil when A is singular.
    static func solve(_ a0: [[Double]], _ b0: [Double]) -> [Double]? {
        var a = a0, b = b0
        let n = b.count
        for col in 0..<n {
            let pivot = (col..<n).max { abs(a[$0][col]) < abs(a[$1][col]) }!
            guard abs(a[pivot][col]) > 1e-12 else { return nil }
            a.swapAt(col, pivot); b.swapAt(col, pivot)
            for r in (col + 1)..<max(col + 1, n) {
                let f = a[r][col] / a[col][col]
                if f == 0 { continue }
                for c in col..<n { a[r][c] -= f * a[col][c] }
                b[r] -= f * b[col]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for r in stride(from: n - 1, through: 0, by: -1) {
            var s = b[r]
            for c in (r + 1)..<max(r + 1, n) { s -= a[r][c] * x[c] }
            x[r] = s / a[r][r]
        }
        return x
    }
}
