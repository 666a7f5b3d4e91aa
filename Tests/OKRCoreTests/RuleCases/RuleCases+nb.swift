import OKRCore

extension RuleCase {
    static let norwegian: [RuleCase] = []
}
