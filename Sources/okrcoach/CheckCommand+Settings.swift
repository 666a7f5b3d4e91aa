import OKRCore

extension CheckCommand {
    /// What one file is checked with: the command line's options, else its `.okrcoach.yaml`'s,
    /// else the rule catalogue's defaults.
    struct Settings {
        let checker: Checker
        let language: LanguageCode?
        let strict: Bool
    }

    func settings(_ found: ConfigurationFiles.Found, language: LanguageCode?, languages: Languages) -> Settings {
        let team = found.configuration
        let defaults = CheckOptions()
        let options = CheckOptions(
            maxKeyResults: maxKeyResults ?? team.maxKeyResults ?? defaults.maxKeyResults,
            maxObjectives: maxObjectives ?? team.maxObjectives ?? defaults.maxObjectives,
            rules: team.rules)
        let teamLanguages =
            team.words.isEmpty ? languages : Languages(languages.catalogs.values.map { $0.adding(team.words) })
        return Settings(
            checker: Checker(languages: teamLanguages, options: options), language: language ?? team.lang,
            strict: strict ?? team.strict ?? false)
    }
}
