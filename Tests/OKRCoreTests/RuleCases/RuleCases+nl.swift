import OKRCore

extension RuleCase {
    static let dutch: [RuleCase] = []
}
