import OKRCore

extension Coach {
    /// A session for a set read from a file (`okrcoach import`), to save beside the drafted ones.
    ///
    /// It is finished, so the coach does not offer to resume drafting it, and it speaks the
    /// set's language (its `lang`, else the one its text is written in), so `/open`, the
    /// check-ins and the review go on in that language.
    public func importedSession(_ set: OKRSet, id: String) -> Session {
        var session = Session(id: id, language: checker.language(of: set), languageChosen: true, step: finishedStep)
        session.set = set
        session.finished = true
        return session
    }

    /// The step a drafted set ends on: the drafting flow's end step.
    private var finishedStep: String {
        flow.endStep ?? flow.start
    }
}
