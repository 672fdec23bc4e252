import Foundation

/// OFD's path arc `A rx ry rotation large sweep x y` is SVG's endpoint arc (GB/T 33190 §9.3.5). Cairo only draws
/// circular arcs around a centre, so the arc is converted to its centre form (SVG 1.1 implementation notes F.6.5,
/// radii scaled up when too small to reach the end, F.6.6) and then to cubic béziers of at most 90° each, which
/// cairo draws exactly through any transform.
enum OFDEndpointArc {
    typealias Cubic = (c1x: Double, c1y: Double, c2x: Double, c2y: Double, x: Double, y: Double)

    /// The béziers from (x0, y0) to (x1, y1). Empty when the end is the start (the arc is omitted); nil when a
    /// radius is zero (the arc is a straight line to the end).
    static func cubics(fromX x0: Double, y y0: Double, rx rxIn: Double, ry ryIn: Double, rotation: Double,
                       large: Bool, sweep: Bool, toX x1: Double, y y1: Double) -> [Cubic]? {
        if x0 == x1 && y0 == y1 { return [] }
        var rx = abs(rxIn), ry = abs(ryIn)
        guard rx > 0, ry > 0, rx.isFinite, ry.isFinite, rotation.isFinite else { return nil }
        let phi = rotation.truncatingRemainder(dividingBy: 360) * .pi / 180
        let cosP = cos(phi), sinP = sin(phi)
        // Step 1: the start in the ellipse's axes, relative to the chord's midpoint.
        let dx2 = (x0 - x1) / 2, dy2 = (y0 - y1) / 2
        let xp = cosP * dx2 + sinP * dy2
        let yp = -sinP * dx2 + cosP * dy2
        // Radii too small to span the chord grow until the ellipse just reaches (F.6.6).
        let lambda = (xp * xp) / (rx * rx) + (yp * yp) / (ry * ry)
        if lambda > 1 { let s = lambda.squareRoot(); rx *= s; ry *= s }
        // Step 2: the centre in the ellipse's axes; the flags choose one of the two candidate centres.
        let rx2 = rx * rx, ry2 = ry * ry
        let num = rx2 * ry2 - rx2 * yp * yp - ry2 * xp * xp
        let den = rx2 * yp * yp + ry2 * xp * xp
        var coef = den > 0 ? max(0, num / den).squareRoot() : 0
        if large == sweep { coef = -coef }
        let cxp = coef * rx * yp / ry
        let cyp = -coef * ry * xp / rx
        // Step 3: the centre on the page.
        let cx = cosP * cxp - sinP * cyp + (x0 + x1) / 2
        let cy = sinP * cxp + cosP * cyp + (y0 + y1) / 2
        // Step 4: start angle and sweep on the unit circle. Sweep 1 is the direction of increasing angle, which in
        // OFD's y-down frame is clockwise, as the standard says.
        let ux = (xp - cxp) / rx, uy = (yp - cyp) / ry
        let vx = (-xp - cxp) / rx, vy = (-yp - cyp) / ry
        let theta1 = atan2(uy, ux)
        var delta = atan2(vy, vx) - theta1
        if sweep && delta < 0 { delta += 2 * .pi }
        if !sweep && delta > 0 { delta -= 2 * .pi }
        guard cx.isFinite, cy.isFinite, delta.isFinite else { return nil }

        // Quarter turns at most (a hair of slack so an exact 90° stays one segment).
        let n = max(1, Int((abs(delta) / (.pi / 2) - 1e-9).rounded(.up)))
        let step = delta / Double(n)
        let k = 4.0 / 3.0 * tan(step / 4)
        // Unit circle → ellipse on the page.
        func map(_ x: Double, _ y: Double) -> (Double, Double) {
            (cx + rx * cosP * x - ry * sinP * y, cy + rx * sinP * x + ry * cosP * y)
        }
        var out: [Cubic] = []
        out.reserveCapacity(n)
        for i in 0..<n {
            let a = theta1 + Double(i) * step, b = a + step
            let (ca, sa, cb, sb) = (cos(a), sin(a), cos(b), sin(b))
            let c1 = map(ca - k * sa, sa + k * ca)
            let c2 = map(cb + k * sb, sb - k * cb)
            let end = i == n - 1 ? (x1, y1) : map(cb, sb)
            out.append((c1.0, c1.1, c2.0, c2.1, end.0, end.1))
        }
        return out
    }
}
