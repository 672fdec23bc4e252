// API contract for the normalise stage. Implementation: see the other files of this module.
// Every function is pure, total (never traps) and works in Character offsets.

/// Text normalisation for evidence: width folding, whitespace cleaning, numerals, dates and quantities.
///
/// Offsets are Character offsets into `Array(text)` of the string passed in. Finders fold width themselves, so
/// they accept raw or cleaned text alike.
public enum Normalize {}
