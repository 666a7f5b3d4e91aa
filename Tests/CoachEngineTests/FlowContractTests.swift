import CoachEngine
import Foundation
import OKRCore
import Testing

/// The flow contract: every shipped flow and locale passes it, and a flow or locale that breaks
/// it is refused when it is read, naming the file and line, instead of a conversation that stops.
struct FlowContractTests {
    /// The error reading the copies stops with; nil when they read.
    private func refusal(_ copy: FlowCopy) -> InputError? {
        do {
            _ = try copy.coach()
            return nil
        } catch {
            return error
        }
    }

    @Test func everyShippedFlowAndLocalePassesTheContract() throws {
        let prompts = TestCoach.root.appendingPathComponent("prompts")
        let names = try FileManager.default.contentsOfDirectory(atPath: prompts.path).filter { $0.hasSuffix(".yaml") }
        #expect(names.count == DraftLevel.allCases.count + Activity.Kind.allCases.count)
        for name in names {
            let path = "prompts/\(name)"
            #expect(throws: Never.self, "\(path)") { try Flow(yaml: FlowCopy.read(path), source: path) }
        }
        let locales = try FileManager.default.contentsOfDirectory(
            atPath: TestCoach.root.appendingPathComponent("locales").path)
        #expect(Set(locales) == Set(TestCoach.codes.map { "\($0).yaml" }))
        #expect(refusal(FlowCopy()) == nil)
    }

    @Test func everyRegisteredActionIsUsedByAShippedFlow() throws {
        let copy = FlowCopy()
        var used: Set<String> = []
        for name in copy.flows.keys.sorted() {
            used.formUnion(try copy.flow(name).steps.values.compactMap { $0.action?.name })
        }
        #expect(used == Set(CoachAction.all.map(\.name)))
    }

    @Test func aTypoInARouteIsRefusedWithItsFileAndLine() throws {
        var copy = FlowCopy()
        copy.edit(
            "checkin", "routes: {recorded: confidence, unclear: value}", "routes: {recordd: confidence, unclear: value}"
        )
        let line = try #require(copy.line(of: "recordd:", in: "checkin"))
        let error = try #require(refusal(copy))
        #expect(error.source == "prompts/checkin.yaml")
        #expect(error.line == line)
        #expect(error.englishLine.contains("steps.value.routes.recordd: 'recordd' is no outcome of record_value"))
    }

    @Test func anUnknownActionIsRefused() throws {
        var copy = FlowCopy()
        copy.edit(
            "retro", "    action: record_retro\n    routes: {recorded: went_badly}",
            "    action: record_retr\n    routes: {recorded: went_badly}")
        let error = try #require(refusal(copy))
        #expect(error.line == copy.line(of: "action: record_retr", in: "retro"))
        #expect(error.englishLine.hasPrefix("prompts/retro.yaml:"))
        #expect(error.englishLine.contains("steps.went_well.action: there is no 'record_retr'; choose from "))
    }

    @Test func anOutcomeWithoutARouteIsRefused() throws {
        var copy = FlowCopy()
        copy.edit("checkin", "routes: {recorded: confidence, unclear: value}", "routes: {recorded: confidence}")
        let error = try #require(refusal(copy))
        #expect(error.source == "prompts/checkin.yaml")
        #expect(error.line == copy.line(of: "routes: {recorded: confidence}", in: "checkin"))
        #expect(error.message.contains("no route for the outcome 'unclear' of record_value"))
    }

    @Test func aStepNothingLeadsToIsRefused() throws {
        var copy = FlowCopy()
        copy.edit(
            "retro", "  finish:\n",
            "  forgotten:\n    ask: ask_change\n    action: record_retro\n    routes: {recorded: finish}\n\n  finish:\n"
        )
        let error = try #require(refusal(copy))
        #expect(error.line == copy.line(of: "  forgotten:", in: "retro"))
        #expect(error.message == "steps.forgotten: no step leads here from the start 'went_well'")
    }

    @Test func aStepThatGoesNowhereIsRefused() throws {
        var copy = FlowCopy()
        copy.edit("checkin", "    action: finish_checkin\n    end: true", "    action: finish_checkin")
        let error = try #require(refusal(copy))
        #expect(error.line == copy.line(of: "action: finish_checkin", in: "checkin"))
        #expect(error.message.contains("no route for the outcome 'finished' of finish_checkin"))
    }

    @Test func anEndStepAsksNothing() throws {
        var copy = FlowCopy()
        copy.edit("retro", "    action: record_retro\n    routes: {recorded: finish}", "    end: true")
        let error = try #require(refusal(copy))
        #expect(error.line == copy.line(of: "ask: ask_change", in: "retro"))
        #expect(error.message == "steps.change.ask: the conversation ends at this step: it asks nothing")
    }

    @Test func aMisspeltStepKeyIsRefused() throws {
        var copy = FlowCopy()
        copy.edit("retro", "    action: finish_retro", "    acton: finish_retro")
        let error = try #require(refusal(copy))
        #expect(error.line == copy.line(of: "acton:", in: "retro"))
        #expect(error.message.hasPrefix("unknown key 'steps.finish.acton'; the keys are action, ask, "))
    }

    @Test func aSettingAnActionNeedsIsRequired() throws {
        var copy = FlowCopy()
        copy.edit("draft", "leading_lagging_from: 2\n", "")
        let error = try #require(refusal(copy))
        #expect(error.line == copy.line(of: "action: leading_lagging", in: "draft"))
        #expect(error.message.contains("leading_lagging needs the flow's 'leading_lagging_from'"))
    }

    @Test(arguments: ["enter_in_chat", "chat_quit", "help_file", "help_eof", "enter_key"])
    func aLocaleMissingAMediumsMessageIsRefused(key: String) throws {
        var copy = FlowCopy()
        copy.remove(message: key, from: "nb")
        let error = try #require(refusal(copy))
        #expect(error.source == "locales/nb.yaml")
        #expect(error.message.hasPrefix("the key 'coach.messages.\(key)' is missing"))
    }

    @Test func aLocaleMissingAFlowsQuestionIsRefusedAtTheLineThatAsksIt() throws {
        var copy = FlowCopy()
        copy.remove(message: "ask_learned", from: "sv")
        let error = try #require(refusal(copy))
        #expect(error.source == "prompts/retro.yaml:\(copy.line(of: "ask: ask_learned", in: "retro") ?? 0)")
        #expect(error.message.contains("'ask_learned' is missing in locales/sv.yaml"))
    }

    @Test func aLocaleMissingAnActionsMessageIsRefused() throws {
        var copy = FlowCopy()
        copy.remove(message: "reprompt_confidence", from: "nl")
        let error = try #require(refusal(copy))
        #expect(
            error.englishLine
                == "locales/nl.yaml: the key 'coach.messages.reprompt_confidence' is missing; the action record_confidence needs it"
        )
    }

    @Test(arguments: [
        ("focus_after: 3", "focus_after: 99999999999999999999"), ("focus_after: 3", "focus_after: -2"),
        ("focus_after: 3", "focus_after: 0"), ("focus_after: 3", "focus_after: [1]"),
        ("start: team", "start: \"te\\u0000am\""), ("start: team", "start: \"\\u001b[31m\""),
        ("steps:", "steps: 7\nsteps2:"),
        ("refine: [milestone", "refine: [mile\u{7}stone"), ("start: team", "start: te\u{0}am"),
    ])
    func hostileFlowValuesAreRefused(_ old: String, _ new: String) {
        var copy = FlowCopy()
        copy.edit("draft", old, new)
        #expect(throws: InputError.self) { try copy.flow("draft") }
    }

    @Test(arguments: ["1e400", "nan", "-0.5", "1.5", "inf", "0x1p0"])
    func aGradeSettingMustBeAGrade(_ value: String) throws {
        var copy = FlowCopy()
        copy.edit("review", "post_mortem_below: 1.0", "post_mortem_below: \(value)")
        let error = try #require(refusal(copy))
        #expect(error.line == copy.line(of: "post_mortem_below", in: "review"))
        #expect(error.message == "'post_mortem_below' should be a number from 0.0 to 1.0")
    }

    @Test(arguments: ["", "   \n", "- a\n- b\n", "start: a\n"])
    func aFlowThatIsNoFlowIsRefused(_ yaml: String) {
        #expect(throws: InputError.self) { try Flow(yaml: yaml, source: "prompts/x.yaml") }
    }

    @Test func aHugeFlowIsReadOrRefusedWithoutCrashing() {
        let steps = (0..<5000).map { "  s\($0):\n    say: greeting\n    next: s\($0 + 1)\n" }.joined()
        let yaml = "start: s0\nsteps:\n" + steps + "  s5000:\n    say: greeting\n    end: true\n"
        #expect(throws: Never.self) { try Flow(yaml: yaml, source: "prompts/long.yaml") }
    }
}
