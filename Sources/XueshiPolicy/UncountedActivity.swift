/// Activities a standard does not count (`notCounted:` in a policy file): volunteer service, language tests, a
/// student's activities. Their reports keep their mode, kind and printed hours, but get no proposal and the info
/// flag `not-counted-by-standard` — unless a rule of the standard names their kind in `when.kind`, which then
/// applies as usual (a rule for the mode alone, such as "other activities at their printed hours", does not).
public struct UncountedActivity: Sendable, Equatable {
    /// The report kinds it covers (the extractor specs' `kind`).
    public var kinds: [String]
    /// What the reviewer calls it, in the flag's message: 志愿服务.
    public var name: String
    /// Why, and on whose word.
    public var source: String?
}
