import Foundation

/// One save of a PDF as its bytes show it: the original body, or an incremental update appended after it.
/// What a section defines tells a producer's own save (an info dictionary, XMP, a hybrid file's cross-reference
/// stream) from a change to what the pages show.
public struct RevisionSection: Sendable, Codable, Hashable {
    /// Where the section's bytes start and how many there are (through its `%%EOF`).
    public var offset: Int
    public var length: Int
    /// Objects the section defines ("N G obj").
    public var objects: Int
    /// Defines something a reader draws or fills (pages, content streams, fonts, images, annotations, form fields),
    /// or packs objects in an object stream, whose contents are not told apart here.
    public var changesContent: Bool
    /// Whether the section writes an info dictionary in the clear, and what it says.
    public var writesInfo: Bool
    public var producer: String?
    public var creationDate: Date?
    public var modificationDate: Date?

    public init(offset: Int, length: Int, objects: Int, changesContent: Bool, writesInfo: Bool = false,
                producer: String? = nil, creationDate: Date? = nil, modificationDate: Date? = nil) {
        self.offset = offset; self.length = length; self.objects = objects; self.changesContent = changesContent
        self.writesInfo = writesInfo; self.producer = producer
        self.creationDate = creationDate; self.modificationDate = modificationDate
    }
}
