import Foundation

/// One clipping area of an object (OFD's `Clips` → `Clip` → `Area` → `Path`, GB/T 33190 §8.4): the object is
/// drawn only inside it. An object with several clips is drawn inside all of them (their intersection, as OFD
/// intersects its `Clip` elements); the `Area`s of one `Clip` are a union, which one value can hold when they share
/// a transform (most producers write one Area a Clip; text areas are not modelled). Added to
/// the model for the renderer: e-licences clip their background pictures and emblems, and a shape drawn
/// unclipped can cover the page (a black square where an emblem should be).
struct OFDClipPath: Sendable, Hashable {
    /// The area's own space → page (mm): the Area's CTM, the object's CTM too when `TransFlag` is true, then the
    /// object's Boundary origin.
    var transform: OFDMatrix
    var commands: [OFDPathCommand]
    var evenOdd = false
}
