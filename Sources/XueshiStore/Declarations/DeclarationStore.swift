/// Where declarations are kept (memory, SQLite, PostgreSQL), each store enforcing the two rules that must hold
/// whatever route calls it: one declaration a learner a year, and a filed one's evidence and subjects unchanged.
public protocol DeclarationStore: Sendable {
    /// Adds a draft; `DeclarationError(.exists)` when the learner already has one for that year.
    func addDeclaration(_ declaration: Declaration) async throws
    func declaration(id: String) async throws -> Declaration?
    /// The declarations the filter keeps, by year, unit and learner.
    func declarations(_ filter: DeclarationFilter) async throws -> [Declaration]
    /// Replaces a declaration. A change `DeclarationFlow.refusal` refuses (a filed one's evidence or subjects, its
    /// learner or year, its trail rewritten) is not made: the attempt is written to the stored declaration's
    /// trail and `DeclarationError(.frozen)` thrown.
    func saveDeclaration(_ declaration: Declaration, by: String, now: Double) async throws
}
