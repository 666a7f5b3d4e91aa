import OKRCore

/// The rules' readings kept while drafting (`DraftReadings`): each objective and key result is
/// read as `check` reads it when it is saved, so the summary at the end reads only what changed.
extension Coach {
    /// The language a set is judged in: the one it is written in, else the one the coach speaks.
    func judgingLanguage(_ session: Session) -> LanguageCode {
        session.set.lang ?? language(of: session)
    }

    /// Keeps the reading of the objective just saved (the last one), reusing `reading` where it
    /// is of the same title in the same language and circumstance.
    func keepReadingOfLastObjective(_ reading: KeptReading?, _ session: inout Session) {
        guard let offset = session.set.objectives.indices.last else { return }
        let objective = session.set.objectives[offset]
        let linked = objective.parent.map { parent in session.set.parents.contains { $0.id == parent } } ?? false
        let language = judgingLanguage(session)
        let fitting = reading.flatMap { $0.fits(objective.title, language: language, setFact: linked) ? $0 : nil }
        session.readings.kept.keep(
            fitting ?? checker.reading(objective: objective.title, linkedToParent: linked, language: language),
            objective: offset, of: session.set)
    }

    /// Keeps the reading of the key result just saved (the last one of the last objective).
    func keepReadingOfLastKeyResult(_ session: inout Session) {
        guard let offset = session.set.objectives.indices.last,
            let keyResult = session.set.objectives[offset].keyResults.indices.last
        else { return }
        let reading = checker.reading(
            keyResult: session.set.objectives[offset].keyResults[keyResult].text, setHasCycle: session.set.hasCycle,
            language: judgingLanguage(session))
        session.readings.kept.keep(reading, objective: offset, keyResult: keyResult, of: session.set)
    }
}
