import OKRCore
import Testing

/// The check file keys of the OKR cycle: kinds, numbers, check-ins, grades, commitment,
/// post-mortems, the review day and the retrospective.
struct CheckFileCycleKeysTests: CheckFileReading {
    /// A check file with one objective whose only key result holds `lines`, indented under it.
    private func keyResult(_ lines: String) -> String {
        "objectives:\n  - title: Grow\n    key_results:\n      - text: Increase A from 1 to 2\n"
            + lines.split(separator: "\n").map { "        \($0)\n" }.joined()
    }

    @Test func readsEveryCycleKey() throws {
        let result = try read(
            """
            cycle: 2027-Q1
            reviewed: 2027-04-02
            objectives:
              - title: Make booking effortless so that clinics stay
                commitment: committed
                key_results:
                  - text: Increase weekly bookings from 700 to 900
                    owner: Kari
                    type: increase
                    baseline: 700
                    target: 900
                    weight: 2
                    check_ins:
                      - date: 2027-01-15
                        value: 720.5
                        confidence: 7
                        note: "Slow start: the “new” flow"
                        author: kari
                      - date: 2027-02-12
                    grade: 0.7
                  - Keep uptime at least 99.9 %
                post_mortem: The migration took the whole of February.
            retro:
              - topic: went_well
                text: We checked in every week.
              - topic: change
                text:
            """)
        #expect(result.warnings.isEmpty)
        let set = result.set
        #expect(set.reviewed == Day(year: 2027, month: 4, day: 2))
        #expect(
            set.retro == [
                RetroNote(topic: "went_well", text: "We checked in every week."), RetroNote(topic: "change", text: ""),
            ])
        let objective = set.objectives[0]
        #expect(objective.commitment == .committed)
        #expect(objective.postMortem == "The migration took the whole of February.")
        let first = objective.keyResults[0]
        #expect(first.line == 7)
        #expect(first.owner == "Kari")
        #expect(first.kind == .increase)
        #expect(first.baseline == 700)
        #expect(first.target == 900)
        #expect(first.weight == 2)
        #expect(first.grade == 0.7)
        #expect(
            first.checkIns == [
                CheckIn(
                    day: Day(year: 2027, month: 1, day: 15), value: 720.5, confidence: 7,
                    note: "Slow start: the “new” flow",
                    author: "kari"),
                CheckIn(day: Day(year: 2027, month: 2, day: 12), value: nil),
            ])
        #expect(objective.keyResults[1] == KeyResult("Keep uptime at least 99.9 %", line: 21))
    }

    @Test func everyKindAndCommitmentIsRead() throws {
        for kind in KeyResultKind.allCases {
            #expect(try read(keyResult("type: \(kind.rawValue)")).set.objectives[0].keyResults[0].kind == kind)
        }
        for commitment in Commitment.allCases {
            let yaml = "objectives:\n  - title: Grow\n    commitment: \(commitment.rawValue)\n"
            #expect(try read(yaml).set.objectives[0].commitment == commitment)
        }
    }

    @Test func emptyValuesAreAbsent() throws {
        let set = try read(
            "reviewed:\nretro:\nobjectives:\n  - title: Grow\n    commitment:\n    post_mortem:\n    key_results:\n"
                + "      - text: A\n        type:\n        baseline:\n        target:\n        weight:\n        grade:\n"
                + "        check_ins:\n"
        ).set
        #expect(set == OKRSet(objectives: [Objective(title: "Grow", keyResults: [KeyResult("A", line: 8)], line: 4)]))
    }

    @Test func numbersMayBeNegativeOrWritten() throws {
        let keyResult = try read(keyResult("baseline: -4.25\ntarget: 1e3\ngrade: 0\nweight: 0.5")).set.objectives[0]
            .keyResults[0]
        #expect(keyResult.baseline == -4.25)
        #expect(keyResult.target == 1000)
        #expect(keyResult.grade == 0)
        #expect(keyResult.weight == 0.5)
    }

    @Test func unknownKeysInCheckInsAndRetroNotesAreWarnedOf() throws {
        let warnings = try read(
            keyResult("check_ins:\n  - date: 2027-01-15\n    mood: fine")
                + "retro:\n  - topic: learned\n    who: Kari\n"
        ).warnings
        #expect(
            Set(warnings.map(\.said)) == [
                "okrs.yaml:7: unknown key 'mood' ignored", "okrs.yaml:10: unknown key 'who' ignored",
            ])
    }

    /// Each bad value is refused with the line it is on and what it should be.
    @Test(arguments: [
        (
            "type: grow", 5,
            "'type' should be one of increase, decrease, at_least, at_most, milestone, found the text 'grow'"
        ),
        ("type: [increase]", 5, "'type' should be text, found a list"),
        ("baseline: lots", 5, "'baseline' should be a number, found the text 'lots'"),
        ("target: 68%", 5, "'target' should be a number, found the text '68%'"),
        ("target: .nan", 5, "'target' should be a number, found the text '.nan'"),
        ("target: inf", 5, "'target' should be a number, found the text 'inf'"),
        ("weight: 0", 5, "'weight' should be a number above 0 and up to 1e15, found the text '0'"),
        ("weight: -1", 5, "'weight' should be a number above 0 and up to 1e15, found the text '-1'"),
        ("grade: 1.5", 5, "'grade' should be a number from 0.0 to 1.0, found the text '1.5'"),
        ("grade: 70%", 5, "'grade' should be a number from 0.0 to 1.0, found the text '70%'"),
        ("check_ins: weekly", 5, "'check_ins' should be a list, found the text 'weekly'"),
        (
            "check_ins:\n  - 2027-01-15", 6,
            "a check-in is a 'date' with a 'value', 'confidence' or 'note', found the text '2027-01-15'"
        ),
        ("check_ins:\n  - value: 3", 6, "this check-in has no 'date'"),
        (
            "check_ins:\n  - date: 15.01.2027", 6,
            "'date' should be a date written YYYY-MM-DD with a year from 1900 to 2200, found the text '15.01.2027'"
        ),
        (
            "check_ins:\n  - date: 2027-02-30", 6,
            "'date' should be a date written YYYY-MM-DD with a year from 1900 to 2200, found the text '2027-02-30'"
        ),
        (
            "check_ins:\n  - date: 0026-11-02", 6,
            "'date' should be a date written YYYY-MM-DD with a year from 1900 to 2200, found the text '0026-11-02'"
        ),
        (
            "check_ins:\n  - {date: 2026-11-02, value: 1e20}", 6,
            "'value' should be a number from -1e15 to 1e15, found the text '1e20'"
        ),
        (
            "check_ins:\n  - date: 2026-11-02\n    value: 20000000000000000000", 7,
            "'value' should be a number from -1e15 to 1e15, found the text '20000000000000000000'"
        ),
        ("check_ins:\n  - date: 2026-11-02\n    value: 0x10", 7, "'value' should be a number, found the text '0x10'"),
        ("check_ins:\n  - date: 2026-11-02\n    value: -.inf", 7, "'value' should be a number, found the text '-.inf'"),
        ("baseline: 1e309", 5, "'baseline' should be a number from -1e15 to 1e15, found the text '1e309'"),
        ("target: -1e16", 5, "'target' should be a number from -1e15 to 1e15, found the text '-1e16'"),
        ("target: 1_000", 5, "'target' should be a number, found the text '1_000'"),
        ("weight: 1e20", 5, "'weight' should be a number above 0 and up to 1e15, found the text '1e20'"),
        ("grade: 0x1", 5, "'grade' should be a number from 0.0 to 1.0, found the text '0x1'"),
        (
            "check_ins:\n  - date: 2026-11-02\n    confidence: 20000000000000000000", 7,
            "'confidence' should be a whole number from 1 to 10, found the text '20000000000000000000'"
        ),
        ("check_ins:\n  - date: 2027-01-15\n    value: high", 7, "'value' should be a number, found the text 'high'"),
        (
            "check_ins:\n  - date: 2027-01-15\n    confidence: 11", 7,
            "'confidence' should be a whole number from 1 to 10, found the text '11'"
        ),
        (
            "check_ins:\n  - date: 2027-01-15\n    confidence: 0", 7,
            "'confidence' should be a whole number from 1 to 10, found the text '0'"
        ),
        (
            "check_ins:\n  - date: 2027-01-15\n    confidence: 7.5", 7,
            "'confidence' should be a whole number from 1 to 10, found the text '7.5'"
        ),
        ("check_ins:\n  - date: 2027-01-15\n    note: [a, b]", 7, "'note' should be text, found a list"),
    ])
    func badKeyResultValuesNameTheirLine(_ lines: String, _ line: Int, _ message: String) {
        #expect(error(keyResult(lines))?.said == "okrs.yaml:\(line): \(message)")
    }

    @Test(arguments: [
        (
            "reviewed: soon\nobjectives: []\n", 1,
            "'reviewed' should be a date written YYYY-MM-DD with a year from 1900 to 2200, found the text 'soon'"
        ),
        (
            "reviewed: 2201-01-01\nobjectives: []\n", 1,
            "'reviewed' should be a date written YYYY-MM-DD with a year from 1900 to 2200, found the text '2201-01-01'"
        ),
        ("objectives: []\nretro: fine\n", 2, "'retro' should be a list, found the text 'fine'"),
        (
            "objectives: []\nretro:\n  - went well\n", 3,
            "a retro note is a 'topic' with a 'text', found the text 'went well'"
        ),
        ("objectives: []\nretro:\n  - text: ok\n", 3, "this retro note has no 'topic'"),
        (
            "objectives: []\nretro:\n  - text: ok\n    topic: mood\n", 4,
            "'topic' should be one of went_well, went_badly, learned, change, found the text 'mood'"
        ),
        (
            "objectives:\n  - title: Grow\n    commitment: maybe\n", 3,
            "'commitment' should be one of committed, aspirational, found the text 'maybe'"
        ),
        (
            "objectives:\n  - title: Grow\n    post_mortem: {why: late}\n", 3,
            "'post_mortem' should be text, found a mapping"
        ),
    ])
    func badSetAndObjectiveValuesNameTheirLine(_ yaml: String, _ line: Int, _ message: String) {
        #expect(error(yaml)?.said == "okrs.yaml:\(line): \(message)")
    }

    @Test func aFileOpeningWithTheReviewIsACheckFile() throws {
        let result = try SetReader.read(
            "reviewed: 2027-04-02\nobjectives:\n  - title: Grow\n", source: "<stdin>", format: nil,
            languages: TestLanguages.shared, retroTopics: TestLanguages.retroTopics)
        #expect(result.set.reviewed == Day(year: 2027, month: 4, day: 2))
    }
}
