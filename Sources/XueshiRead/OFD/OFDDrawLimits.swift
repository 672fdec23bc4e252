import Foundation

/// Bounds on the work one page render may do. A hostile page can hold millions of path commands, or pile edges
/// into a small area where each costs a scan line per pixel row: counts alone do not bound the time, so there is
/// also a clock. What is cut is reported (`OFDDrawReport.commandsCut`, `glyphsCut`, `objectsCut`).
struct OFDDrawLimits: Sendable {
    /// Path commands drawn per render (nested seal pages included), and per path object.
    var maxCommands = 2_000_000
    var maxCommandsPerPath = 250_000
    var maxGlyphs = 500_000
    /// Decoded image pixels per render, all images and seal pictures together (each is held as 4 bytes a pixel
    /// while the page is drawn; one picture alone may have up to `maxPicturePixels`).
    var maxImagePixels = 120_000_000
    /// Pixels of one picture, from its header before it is decoded (`ReadOptions.maxImagePixels`).
    var maxPicturePixels = ReadOptions().maxImagePixels
    /// Pixels of the drawn page (`ReadOptions.maxPagePixels`).
    var maxPagePixels = ReadOptions().maxPagePixels
    /// Drawing stops at the first object after this many seconds (seal pictures are still drawn: they are cheap,
    /// and the seal finder needs them).
    var maxSeconds = 10.0

    init() {}

    /// The draw limits of a read with these options.
    init(_ options: ReadOptions) {
        maxPicturePixels = options.maxImagePixels
        maxPagePixels = options.maxPagePixels
    }
}
