// API contract for the normalise stage. Implementation: see the other files of this module.
// Every function is pure, total (never traps) and works in Character offsets.
