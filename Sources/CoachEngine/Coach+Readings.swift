import OKRCore

/// The rules' readings kept while drafting (`DraftReadings`): each objective and key result is
/// read as `check` reads it, so the summary at the end reads only what changed.
///
/// An objective keeps the reading its review made as it is saved. Everything not yet read as it
/// stands (a key result just saved, an edit, a set after /back) is read on the next turn that
/// answers a yes/no question: every save is followed by one ("Add another key result?"), and
/// they are the lightest turns, while the turns that save a key result already compose and read
/// one.
extension Coach {
    /// The language a set is judged in: the one it is written in, else the one the coach speaks.
    func judgingLanguage(_ session: Session) -> LanguageCode {
        session.set.lang ?? language(of: session)
    }

    /// Keeps the reading of the objective just saved (the last one) that its review made.
    func keepReadingOfLastObjective(_ reading: KeptReading?, _ session: inout Session) {
        guard let reading, let offset = session.set.objectives.indices.last else { return }
        session.readings.kept.keep(reading, objective: offset, of: session.set)
    }

    /// Reads each objective and key result of the set being drafted that has no reading of what it says now.
    func keepReadings(_ session: inout Session) {
        guard session.activity == nil, !session.set.objectives.isEmpty else { return }
        checker.keepReadings(of: session.set, language: judgingLanguage(session), in: &session.readings.kept)
    }
}
