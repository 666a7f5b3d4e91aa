import CoachEngine
import Foundation
import OKRCore

/// Builds the coach from the data folders: the locale files and the flows of drafting (a team's
/// set and the organisation's levels), the check-in, the review and the retrospective.
struct CoachLoader {
    let folders: DataDirectories

    init(dataDirectory: String?) {
        folders = DataDirectories(override: dataDirectory)
    }

    /// The coach: it keeps no day; each call is given the clock's (`CoachClock.program()`).
    ///
    /// - Throws: `InputError` naming the data file that is missing or wrong.
    func coach() throws(InputError) -> Coach {
        // Each locale file is read once, into one catalogue for its rules and its coach's texts alike.
        let catalogues = try folders.catalogues()
        let languages = Languages(catalogues.map(\.rules))
        let texts = catalogues.map(\.coach)
        let flow = try folders.flow("prompts/draft.yaml")
        var cycleFlows: [Activity.Kind: Flow] = [:]
        for kind in Activity.Kind.allCases {
            cycleFlows[kind] = try folders.flow("prompts/\(kind.rawValue).yaml")
        }
        var levelFlows: [DraftLevel: Flow] = [:]
        for level in DraftLevel.organisationLevels {
            levelFlows[level] = try folders.flow("prompts/\(level.flowName).yaml")
        }
        return try Coach(
            languages: languages, texts: texts, flow: flow, cycleFlows: cycleFlows, levelFlows: levelFlows)
    }
}
