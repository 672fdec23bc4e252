import XueshiCore

extension PolicySet {
    /// The catalogue with the rules of every standard loaded, so tables and pages name a proposal's rule.
    /// Two standards may use one rule id under different names: the names are joined only for the catalogue's
    /// flat list; `ruleName(of:)` picks the proposal's own standard.
    public var catalogue: Catalogue {
        var rules: [String: String] = [:]
        for p in policies { for r in p.rules where rules[r.id] == nil { rules[r.id] = r.name } }
        return Catalogue(rules: rules)
    }

    /// The Chinese name of the rule a proposal applied, from the standard it names.
    public func ruleName(of proposal: Proposal) -> String { ruleName(policy: proposal.policy, rule: proposal.rule) }

    public func ruleName(policy: String?, rule: String) -> String {
        let own = policies.first { $0.id == policy }?.rules.first { $0.id == rule }
        return (own ?? policies.lazy.flatMap(\.rules).first { $0.id == rule })?.name ?? rule
    }
}
