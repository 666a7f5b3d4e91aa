/// How one language writes numbers, grades, percentages, changes and the labels of
/// objectives and key results: "1,850.5" or "1 850,5", "0,7 (grønn)", "75 %", "−2,5", "O1", "KR2", "1.2".
///
/// The one place the coach, `check` and the reports turn a value into text, so the three
/// never disagree; every sign and label comes from the `numbers:` and `format:` sections
/// of the locale file, none from code.
public struct LanguageFormatter: Sendable {
    /// The decimal separator: "." in English, "," in Norwegian, Swedish and Dutch.
    public let decimal: String
    /// The separator between groups of thousands: "," or " " or ".".
    public let grouping: String
    private let percentTemplate: Template
    private let plus: String
    private let minus: String
    private let unchanged: String
    private let objectiveTemplate: Template
    private let keyResultTemplate: Template
    private let keyResultInObjectiveTemplate: Template
    private let findingKeyResultTemplate: Template
    /// The words for no check-in yet ("no check-in yet", "ingen innsjekking ennå").
    public let noCheckIn: String
    private let bands: [Grade.Band: String]

    /// Reads the `format:` section of a locale file, with the separators of its `numbers:` section.
    public init(locale root: YAMLFields) throws(InputError) {
        try self.init(format: root.fields("format"), numbers: NumberFormat(root.fields("numbers")))
    }

    init(format fields: YAMLFields, numbers: NumberFormat) throws(InputError) {
        decimal = numbers.decimal
        grouping = numbers.grouping.first ?? ""
        percentTemplate = Template(try fields.string("percent"))
        plus = try fields.string("plus")
        minus = try fields.string("minus")
        unchanged = try fields.string("unchanged")
        objectiveTemplate = Template(try fields.string("objective"))
        keyResultTemplate = Template(try fields.string("key_result"))
        keyResultInObjectiveTemplate = Template(try fields.string("key_result_in_objective"))
        findingKeyResultTemplate = Template(try fields.string("finding_key_result"))
        noCheckIn = try fields.string("no_check_in")
        let bandFields = try fields.fields("bands")
        var bands: [Grade.Band: String] = [:]
        for band in Grade.Band.allCases {
            bands[band] = try bandFields.string(band.rawValue)
        }
        self.bands = bands
    }

    /// A value to two decimals at most, thousands grouped from 10,000 up: "860", "4,5", "12 400".
    /// A value beyond ±`NumberReader.limit` (stored before there was one) is written as Swift writes it: "1e+20".
    public func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < NumberReader.limit else {
            let written = value.description.replacingOccurrences(of: ".", with: decimal)
            return written.hasPrefix("-") ? minus + written.dropFirst() : written
        }
        let hundredths = Int((abs(value) * 100).rounded())
        var whole = String(hundredths / 100)
        if hundredths >= 1_000_000 {
            var grouped = ""
            for (offset, digit) in whole.reversed().enumerated() {
                if offset > 0, offset % 3 == 0 { grouped = grouping + grouped }
                grouped = String(digit) + grouped
            }
            whole = grouped
        }
        let rest = hundredths % 100
        let fraction =
            rest == 0 ? "" : decimal + (rest % 10 == 0 ? String(rest / 10) : (rest < 10 ? "0" : "") + String(rest))
        return (value < 0 && hundredths > 0 ? minus : "") + whole + fraction
    }

    /// A change with its sign: "+40", "−2,5", "±0".
    public func change(_ value: Double) -> String {
        let written = number(abs(value))
        if written == number(0) { return unchanged + written }
        return (value > 0 ? plus : minus) + written
    }

    /// A fraction as a whole percentage in the language's form: "75%", "75 %", "−20 %".
    public func percent(_ fraction: Double) -> String {
        let whole = (fraction * 100).wholeText
        return percentTemplate.render(["value": whole.hasPrefix("-") ? minus + whole.dropFirst() : whole])
    }

    /// A grade to two decimals at most, never fewer than one: "0.7", "0,65", "1,0".
    public func grade(_ grade: Double) -> String {
        Grade.written(grade).replacingOccurrences(of: ".", with: decimal)
    }

    /// The name of a grade's colour band: "green", "grønn", "groen".
    public func band(_ band: Grade.Band) -> String {
        // Every band is read by the initializer.
        bands[band]!
    }

    /// The label of an objective, counted from 0: "O1".
    public func objective(_ index: Int) -> String {
        objectiveTemplate.render(["number": String(index + 1)])
    }

    /// The label of a key result within its objective, counted from 0: "KR2".
    public func keyResult(_ index: Int) -> String {
        keyResultTemplate.render(["number": String(index + 1)])
    }

    /// A key result named with its objective, counted from 0, as the coach asks about it: "1.2".
    public func keyResult(_ index: Int, inObjective objective: Int) -> String {
        keyResultInObjectiveTemplate.render(["objective": String(objective + 1), "key_result": String(index + 1)])
    }

    /// Where a finding of `check` points, counted from 1 as findings count: "O2", "O2 KR3".
    public func findingLabel(objective: Int, keyResult: Int?) -> String {
        findingLabel(objectiveLabel: objectiveTemplate.render(["number": String(objective)]), keyResult: keyResult)
    }

    /// Where a finding points, its objective already labelled ("A2" for an id): "A2 KR3".
    public func findingLabel(objectiveLabel: String, keyResult: Int?) -> String {
        guard let keyResult else { return objectiveLabel }
        return findingKeyResultTemplate.render(
            ["objective": objectiveLabel, "key_result": keyResultTemplate.render(["number": String(keyResult)])])
    }
}
