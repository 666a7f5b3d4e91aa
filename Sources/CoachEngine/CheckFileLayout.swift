import OKRCore

/// A set laid out as the check file lays it out: its keys in order, with lists, texts,
/// numbers and days, and only the fields the set has.
///
/// The YAML and the JSON export both write this one layout, so they carry the same
/// fields in the same order, and `CheckFileReader` reads every one of them back.
indirect enum CheckFileLayout {
    case text(String)
    case number(Double)
    case day(Day)
    case list([CheckFileLayout])
    case fields([(String, CheckFileLayout)])

    /// The whole set; `language` is written as its `lang`.
    init(_ set: OKRSet, language: LanguageCode) {
        var fields: [(String, CheckFileLayout)] = SetExport.header(set, language: language).map { ($0.0, .text($0.1)) }
        if let reviewed = set.reviewed { fields.append(("reviewed", .day(reviewed))) }
        if !set.parents.isEmpty {
            fields.append(
                ("parents", .list(set.parents.map { .fields([("id", .text($0.id)), ("title", .text($0.title))]) })))
        }
        fields.append(("objectives", .list(set.objectives.map(Self.init(objective:)))))
        if !set.retro.isEmpty {
            fields.append(
                ("retro", .list(set.retro.map { .fields([("topic", .text($0.topic)), ("text", .text($0.text))]) })))
        }
        self = .fields(fields)
    }

    private init(objective: Objective) {
        var fields: [(String, CheckFileLayout)] = [("title", .text(objective.title))]
        if let parent = objective.parent { fields.append(("parent", .text(parent))) }
        if let commitment = objective.commitment { fields.append(("commitment", .text(commitment.rawValue))) }
        fields.append(("key_results", .list(objective.keyResults.map(Self.init(keyResult:)))))
        if let postMortem = objective.postMortem { fields.append(("post_mortem", .text(postMortem))) }
        self = .fields(fields)
    }

    /// A key result with nothing but its text is that text, as people write it by hand.
    init(keyResult: KeyResult) {
        var fields: [(String, CheckFileLayout)] = []
        if let owner = keyResult.owner { fields.append(("owner", .text(owner))) }
        if let kind = keyResult.kind { fields.append(("type", .text(kind.rawValue))) }
        if let baseline = keyResult.baseline { fields.append(("baseline", .number(baseline))) }
        if let target = keyResult.target { fields.append(("target", .number(target))) }
        if let weight = keyResult.weight { fields.append(("weight", .number(weight))) }
        if !keyResult.checkIns.isEmpty {
            fields.append(("check_ins", .list(keyResult.checkIns.map(Self.init(checkIn:)))))
        }
        if let grade = keyResult.grade { fields.append(("grade", .number(grade))) }
        self = fields.isEmpty ? .text(keyResult.text) : .fields([("text", .text(keyResult.text))] + fields)
    }

    private init(checkIn: CheckIn) {
        var fields: [(String, CheckFileLayout)] = [("date", .day(checkIn.day))]
        if let value = checkIn.value { fields.append(("value", .number(value))) }
        if let confidence = checkIn.confidence { fields.append(("confidence", .number(Double(confidence)))) }
        if let note = checkIn.note { fields.append(("note", .text(note))) }
        if let author = checkIn.author { fields.append(("author", .text(author))) }
        self = .fields(fields)
    }
}
