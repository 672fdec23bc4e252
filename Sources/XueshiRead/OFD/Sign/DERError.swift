/// Why DER bytes could not be read: truncated, a length that overruns, a form DER does not allow, or a shape the
/// structure being read does not have. The message is Chinese: it ends up in a signature's `reason`.
struct DERError: Error, Equatable {
    var message: String
    init(_ message: String) { self.message = message }
}
