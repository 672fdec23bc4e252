extension MemoryStore: DeclarationStore {
    public func addDeclaration(_ d: Declaration) async throws {
        guard !declarationRows.values.contains(where: { $0.account == d.account && $0.year == d.year }) else {
            throw DeclarationError(.exists, DeclarationStores.existsMessage(d.year))
        }
        declarationRows[d.id] = d
    }

    public func declaration(id: String) async throws -> Declaration? { declarationRows[id] }

    public func declarations(_ f: DeclarationFilter) async throws -> [Declaration] {
        declarationRows.values.filter(f.keeps).sorted(by: DeclarationFilter.ordered)
    }

    public func saveDeclaration(_ d: Declaration, by: String, now: Double) async throws {
        guard let old = declarationRows[d.id] else { throw StoreError.notFound("没有这份申报：\(d.id)") }
        if let refusal = DeclarationFlow.refusal(replacing: old, with: d) {
            declarationRows[d.id]?.audit.append(DeclarationStores.refused(refusal, by: by, now: now))
            throw refusal
        }
        declarationRows[d.id] = d
    }
}
