import Foundation

/// An electronic seal (电子印章, GB/T 38540 / GM/T 0031 `SESeal`) as an OFD signature carries it, and where its
/// stamp is drawn. Dates are as the seal states them; `sealStatus` says whether the seal maker's own signature over
/// the seal checks (`valid`, `invalid`, `not-verified`, `decoding-error`), independently of the document signature.
public struct ElectronicSeal: Sendable, Codable, Hashable {
    /// 印章名称, e.g. "某某单位培训专用章".
    public var name: String?
    /// The seal's identifier (esID).
    public var esID: String?
    /// The seal type as an integer code (GB/T 38540: 1 official seal, 2 special-purpose seal…), as written.
    public var type: Int?
    /// Header version: 4 (GB/T 38540-2020) or 1 (GM/T 0031-2014).
    public var version: Int?
    public var createdAt: Date?
    public var validFrom: Date?
    public var validTo: Date?
    /// The seal maker's certificate (signs the seal): subject common name and organisation.
    public var maker: String?
    /// The seal owner's certificate (the first in the seal's certificate list): subject common name / organisation.
    public var owner: String?
    /// Picture format as written ("png", "jpg", "gif", "ofd", "svg", "bmp"…), lower-cased.
    public var pictureType: String?
    /// The picture's size as the seal states it, in millimetres.
    public var widthMM: Double?
    public var heightMM: Double?
    /// Where the stamp is drawn: 1-based page number and box in PDF points, origin top-left; nil when the signature
    /// has no StampAnnot or its page could not be resolved.
    public var page: Int?
    public var box: Box?
    public var sealStatus: String

    public init(name: String? = nil, esID: String? = nil, type: Int? = nil, version: Int? = nil,
                createdAt: Date? = nil, validFrom: Date? = nil, validTo: Date? = nil, maker: String? = nil,
                owner: String? = nil, pictureType: String? = nil, widthMM: Double? = nil, heightMM: Double? = nil,
                page: Int? = nil, box: Box? = nil, sealStatus: String = "not-verified") {
        self.name = name; self.esID = esID; self.type = type; self.version = version
        self.createdAt = createdAt; self.validFrom = validFrom; self.validTo = validTo
        self.maker = maker; self.owner = owner; self.pictureType = pictureType
        self.widthMM = widthMM; self.heightMM = heightMM; self.page = page; self.box = box
        self.sealStatus = sealStatus
    }
}
