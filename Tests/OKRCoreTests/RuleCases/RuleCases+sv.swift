import OKRCore

extension RuleCase {
    static let swedish: [RuleCase] = []
}
