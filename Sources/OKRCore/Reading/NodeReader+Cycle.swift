/// The check file keys of the OKR cycle: check-ins, retro notes, and the typed values
/// (numbers, days, choices) that key results, objectives and sets carry across it.
///
/// A null value (`target:` with nothing after it) reads as absent; a value of the
/// wrong form is an error that names the key, what it should be, and its line.
extension NodeReader {
    /// A check-in: a mapping with a `date`, and a `value`, `confidence`, `note` and `author` when known.
    mutating func readCheckIn(_ node: YAMLNode) throws(InputError) -> CheckIn {
        guard let mapping = node.members else {
            throw error(at: node, .checkInShape, found: node)
        }
        var day: Day?
        var number: Double?
        var confidence: Int?
        var note: String?
        var author: String?
        for (key, value) in mapping {
            switch key.keyName ?? "" {
            case "date": day = try self.day(value, "date")
            case "value": number = try self.number(value, "value")
            case "confidence": confidence = try wholeNumber(value, "confidence", in: 1...10)
            case "note": note = try text(value, "note")
            case "author": author = try text(value, "author")
            default: warnUnknown(key)
            }
        }
        guard let day else { throw error(at: node, .checkInNoDate) }
        return CheckIn(day: day, value: number, confidence: confidence, note: note, author: author)
    }

    /// A retro note: a `topic` (one of `retroTopics`, the retrospective flow's questions) with its `text`.
    mutating func readRetroNote(_ node: YAMLNode) throws(InputError) -> RetroNote {
        guard let mapping = node.members else {
            throw error(at: node, .retroNoteShape, found: node)
        }
        var topic: String?
        var note = ""
        for (key, value) in mapping {
            switch key.keyName ?? "" {
            case "topic":
                topic = try text(value, "topic")
                if let topic, !retroTopics.contains(topic) {
                    let topics = retroTopics.joined(separator: ", ")
                    throw error(at: value, .shouldBeOneOf, ["key": "topic", "names": topics], found: value)
                }
            case "text": note = try text(value, "text") ?? ""
            default: warnUnknown(key)
            }
        }
        guard let topic else { throw error(at: node, .retroNoteNoTopic) }
        return RetroNote(topic: topic, text: note)
    }

    // MARK: - Values

    /// A plain number (`NumberReader.file`) that `fits`; nil for a null value.
    func number(
        _ node: YAMLNode, _ key: String, _ expected: CLIText? = nil, fits: (Double) -> Bool = { _ in true }
    ) throws(InputError) -> Double? {
        guard let written = try text(node, key) else { return nil }
        switch NumberReader.file.read(written) {
        case .success(let number) where fits(number): return number
        case .failure(.outOfRange):
            throw error(at: node, expected ?? .shouldBeNumber, ["key": key, "limit": "1e15"], found: node)
        default: throw error(at: node, expected ?? .shouldBeANumber, ["key": key, "limit": "1e15"], found: node)
        }
    }

    /// A whole number in a range; nil for a null value.
    func wholeNumber(_ node: YAMLNode, _ key: String, in range: ClosedRange<Int>) throws(InputError) -> Int? {
        guard let written = try text(node, key) else { return nil }
        guard let number = Int(written), range.contains(number) else {
            throw error(
                at: node, .shouldBeWholeNumber,
                ["key": key, "low": "\(range.lowerBound)", "high": "\(range.upperBound)"], found: node)
        }
        return number
    }

    /// A day written "2026-11-21"; nil for a null value.
    func day(_ node: YAMLNode, _ key: String) throws(InputError) -> Day? {
        guard let written = try text(node, key) else { return nil }
        guard let day = Day(iso: written) else {
            throw error(
                at: node, .shouldBeDate,
                ["key": key, "from": "\(Day.years.lowerBound)", "to": "\(Day.years.upperBound)"],
                found: node)
        }
        return day
    }

    /// One of a fixed set of words, written as in the check file (`at_least`); nil for a null value.
    func choice<Choice: RawRepresentable & CaseIterable>(_ node: YAMLNode, _ key: String, _: Choice.Type)
        throws(InputError) -> Choice? where Choice.RawValue == String
    {
        guard let written = try text(node, key) else { return nil }
        guard let choice = Choice(rawValue: written) else {
            let names = Choice.allCases.map(\.rawValue).joined(separator: ", ")
            throw error(at: node, .shouldBeOneOf, ["key": key, "names": names], found: node)
        }
        return choice
    }
}
