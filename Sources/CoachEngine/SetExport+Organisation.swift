import OKRCore
import Yams

extension SetExport {
    /// An organisation as its YAML file, with every level and every key result's check-ins and
    /// grades: `okrcoach import` and `okrcoach check` read it back as the same organisation.
    public static func render(_ organisation: Organisation, language: LanguageCode) -> String {
        // Serializing texts, numbers and lists cannot fail.
        (try? Yams.serialize(
            node: yaml(CheckFileLayout(organisation: organisation, language: language)), allowUnicode: true)) ?? ""
    }
}
