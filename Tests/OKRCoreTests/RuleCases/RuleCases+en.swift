import OKRCore

extension RuleCase {
    /// English examples for every rule.
    static let english: [RuleCase] = [
        // objective-empty
        .objective("en", .objectiveEmpty, fires: true, ""),
        .objective("en", .objectiveEmpty, fires: true, "   "),
        .objective("en", .objectiveEmpty, fires: false, "Delight small clinics so that they stay with us"),

        // objective-has-metric
        .objective("en", .objectiveHasMetric, fires: true, "Reach 99.9% uptime so that clinics trust us"),
        .objective("en", .objectiveHasMetric, fires: true, "Grow revenue to $5M because we need to break even"),
        .objective("en", .objectiveHasMetric, fires: true, "Win 1,850 new clinics"),
        .objective("en", .objectiveHasMetric, fires: true, "Sign 40 partners in order to reach new markets"),
        .objective("en", .objectiveHasMetric, fires: false, "Become the #1 booking app for clinics by 2027"),
        .objective("en", .objectiveHasMetric, fires: false, "Be number one in Norway so that clinics choose us"),
        .objective(
            "en", .objectiveHasMetric, fires: false, "Get ISO 27001 certified so that hospitals can buy from us"),
        .objective("en", .objectiveHasMetric, fires: false, "Win the B2B market with our 4G kiosks"),
        .objective("en", .objectiveHasMetric, fires: false, "Make onboarding effortless in Q3 2027"),
        .objective("en", .objectiveHasMetric, fires: false, "Sign two big partners so that we reach new markets"),

        // objective-too-long
        .objective(
            "en", .objectiveTooLong, fires: true,
            "Make our booking experience so fast, friendly and reliable that every small clinic in the Nordics "
                + "recommends us to its neighbours"),
        .objective(
            "en", .objectiveTooLong, fires: false,
            "Make booking so fast and friendly that every small clinic recommends us to its neighbours"),
        .objective(
            "en", .objectiveTooLong, fires: false,
            "Make booking - fast - and friendly - so that every small clinic recommends us - to its neighbours - today"),

        // objective-business-as-usual
        .objective("en", .objectiveBusinessAsUsual, fires: true, "Maintain our high uptime"),
        .objective("en", .objectiveBusinessAsUsual, fires: true, "Keep customers happy"),
        .objective("en", .objectiveBusinessAsUsual, fires: true, "Continue to support our existing clinics"),
        .objective("en", .objectiveBusinessAsUsual, fires: true, "We sustained our growth"),
        .objective("en", .objectiveBusinessAsUsual, fires: false, "Delight clinics so that they keep using us"),
        .objective("en", .objectiveBusinessAsUsual, fires: false, "Grow recurring revenue in order to secure our lead"),

        // objective-no-purpose
        .objective("en", .objectiveNoPurpose, fires: true, "Improve onboarding"),
        .objective("en", .objectiveNoPurpose, fires: true, "Improve onboarding to delight customers"),
        .objective("en", .objectiveNoPurpose, fires: false, "Improve onboarding in order to keep new clinics"),
        .objective("en", .objectiveNoPurpose, fires: false, "Improve onboarding so that new clinics stay"),
        .objective("en", .objectiveNoPurpose, fires: false, "Improve onboarding so we can grow without hiring"),
        .objective("en", .objectiveNoPurpose, fires: false, "Improve onboarding because new clinics give up"),

        // objective-no-krs
        .set("en", .objectiveNoKeyResults, fires: true, "an objective with no key results") { set in
            set.objectives = [Objective(title: "Delight clinics so that they stay")]
        },
        .set("en", .objectiveNoKeyResults, fires: false, "an objective with a key result") { set in
            set.objectives = [
                Objective(title: "Delight clinics", keyResults: [KeyResult("Increase NPS from 30 to 45")])
            ]
        },
        .set("en", .objectiveNoKeyResults, fires: false, "an empty objective gets only objective-empty") { set in
            set.objectives = [Objective(title: "")]
        },

        // kr-empty
        .keyResult("en", .keyResultEmpty, fires: true, ""),
        .keyResult("en", .keyResultEmpty, fires: true, "  \t "),
        .keyResult("en", .keyResultEmpty, fires: false, "Increase NPS from 30 to 45 by June"),

        // kr-not-measurable
        .keyResult("en", .keyResultNotMeasurable, fires: true, "Improve the onboarding experience"),
        .keyResult("en", .keyResultMilestone, fires: true, "Launch the new app by 31 March 2027"),
        .keyResult("en", .keyResultMilestone, fires: true, "Ship the release in Q3 or week 40"),
        .keyResult("en", .keyResultNotMeasurable, fires: true, "Train all staff and every partner"),
        .keyResult("en", .keyResultNotMeasurable, fires: false, "Increase NPS from 30 to 45"),
        .keyResult("en", .keyResultNotMeasurable, fires: false, "Sign two new hospital partners"),
        .keyResult("en", .keyResultNotMeasurable, fires: false, "Double weekly active clinics"),
        .keyResult("en", .keyResultNotMeasurable, fires: false, "Raise conversion by 20 %"),

        // kr-no-baseline
        .keyResult("en", .keyResultNoBaseline, fires: true, "Reach 6000 paid subscriptions by March"),
        .keyResult("en", .keyResultNoBaseline, fires: true, "Hire 12 engineers"),
        .keyResult("en", .keyResultNoBaseline, fires: true, "Increase retention to 75% by the end of Q1"),
        .keyResult("en", .keyResultNoBaseline, fires: true, "Reduce the time from arrival to triage to 20 minutes"),
        .keyResult("en", .keyResultNoBaseline, fires: false, "Increase subscriptions from 3500 to 6000 by 31 March"),
        .keyResult("en", .keyResultNoBaseline, fires: false, "Increase retention from 68% to 75%"),
        .keyResult("en", .keyResultNoBaseline, fires: false, "Increase weekly sign-ups by 20%"),
        .keyResult("en", .keyResultNoBaseline, fires: false, "Grow revenue by 500 a month"),
        .keyResult("en", .keyResultNoBaseline, fires: false, "Double the number of active clinics"),
        .keyResult("en", .keyResultNoBaseline, fires: false, "Cut support tickets in half"),
        .keyResult("en", .keyResultNoBaseline, fires: false, "Raise NPS to 45 (today 32)"),
        .keyResult("en", .keyResultNoBaseline, fires: false, "Grow active users from 1500 to 2000"),
        .keyResult("en", .keyResultNoBaseline, fires: false, "Improve the onboarding experience"),

        // kr-no-deadline
        .keyResult("en", .keyResultNoDeadline, fires: true, "Increase NPS from 30 to 45"),
        .keyResult("en", .keyResultNoDeadline, fires: true, "Reduce response time from 4 hours to 1 hour"),
        .keyResult("en", .keyResultNoDeadline, fires: true, "Increase sign-ups per month from 200 to 300"),
        .keyResult("en", .keyResultNoDeadline, fires: true, "Reduce lead time from 14 days to 7 days"),
        .keyResult("en", .keyResultNoDeadline, fires: true, "Grow revenue by 500 a week"),
        .keyResult("en", .keyResultNoDeadline, fires: false, "Increase NPS from 30 to 45 by 31 March"),
        .keyResult("en", .keyResultNoDeadline, fires: false, "Increase NPS from 30 to 45 by the end of the quarter"),
        .keyResult("en", .keyResultNoDeadline, fires: false, "Increase NPS from 30 to 45 in Q3"),
        .keyResult("en", .keyResultNoDeadline, fires: false, "Increase NPS from 30 to 45 by week 12"),
        .keyResult("en", .keyResultNoDeadline, fires: false, "Increase NPS from 30 to 45 within 4 weeks"),
        .keyResult("en", .keyResultNoDeadline, fires: false, "Increase NPS from 30 to 45 by 2027-06-30"),
        .keyResult("en", .keyResultNoDeadline, fires: false, "Increase NPS from 30 to 45 in 2027"),
        .keyResult("en", .keyResultNoDeadline, fires: false, "Increase NPS from 30 to 45", cycle: "2027-Q1"),

        // kr-is-activity
        .keyResult("en", .keyResultIsActivity, fires: true, "Launch the new onboarding flow by March"),
        .keyResult("en", .keyResultIsActivity, fires: true, "Hold 4 customer workshops"),
        .keyResult("en", .keyResultIsActivity, fires: true, "Set up a referral programme in Q2"),
        .keyResult("en", .keyResultIsActivity, fires: true, "Write 10 blog posts"),
        .keyResult(
            "en", .keyResultIsActivity, fires: true, "Launch onboarding so that activation rises from 30% to 45%"),
        .keyResult(
            "en", .keyResultIsActivity, fires: false, "Increase activation from 30% to 45% by launching onboarding"),
        .keyResult("en", .keyResultIsActivity, fires: false, "Reduce churn from 5% to 3%"),
        .keyResult("en", .keyResultIsActivity, fires: false, "Completion rate from 40% to 60% by June"),

        // kr-vague
        .keyResult("en", .keyResultVague, fires: true, "Increase sign-ups by about 20%"),
        .keyResult("en", .keyResultVague, fires: true, "Significantly reduce churn"),
        .keyResult("en", .keyResultVague, fires: true, "Get several new partners"),
        .keyResult("en", .keyResultVague, fires: true, "Try to raise NPS from 30 to 45"),
        .keyResult("en", .keyResultVague, fires: true, "Onboard as many clinics as possible by June"),
        .keyResult("en", .keyResultVague, fires: true, "Better response times from 4 to 2 hours"),
        .keyResult("en", .keyResultVague, fires: false, "Increase sign-ups from 1000 to 1200 by June"),
        .keyResult("en", .keyResultVague, fires: false, "Get 20% more clinics to book online"),

        // kr-compound
        .keyResult("en", .keyResultCompound, fires: true, "Increase NPS from 30 to 40 and reduce churn from 5% to 3%"),
        .keyResult("en", .keyResultCompound, fires: true, "Increase sign-ups and activation by 20%"),
        .keyResult("en", .keyResultCompound, fires: true, "Grow revenue to 5M and customers to 300"),
        .keyResult("en", .keyResultCompound, fires: false, "Keep NPS between 40 and 50"),
        .keyResult(
            "en", .keyResultCompound, fires: false, "Reduce time between arrival and triage from 40 to 20 minutes"),
        .keyResult("en", .keyResultCompound, fires: false, "Increase NPS from 30 to 40 so that clinics stay and grow"),
        .keyResult("en", .keyResultCompound, fires: false, "Increase NPS from 30 to 40"),

        // too-many-krs
        .set("en", .tooManyKeyResults, fires: true, "four key results") { set in
            set.objectives = [
                Objective(
                    title: "Delight clinics", keyResults: (1...4).map { KeyResult("Increase metric \($0) from 1 to 2") }
                )
            ]
        },
        .set("en", .tooManyKeyResults, fires: false, "three key results") { set in
            set.objectives = [
                Objective(
                    title: "Delight clinics", keyResults: (1...3).map { KeyResult("Increase metric \($0) from 1 to 2") }
                )
            ]
        },
        .set("en", .tooManyKeyResults, fires: true, "four, one of them empty, still counts four") { set in
            set.objectives = [
                Objective(
                    title: "Delight clinics",
                    keyResults: (1...3).map { KeyResult("Increase metric \($0) from 1 to 2") } + [KeyResult("")])
            ]
        },

        // too-few-krs
        .set("en", .tooFewKeyResults, fires: true, "one key result") { set in
            set.objectives = [
                Objective(title: "Delight clinics", keyResults: [KeyResult("Increase NPS from 30 to 45")])
            ]
        },
        .set("en", .tooFewKeyResults, fires: true, "one empty key result") { set in
            set.objectives = [Objective(title: "Delight clinics", keyResults: [KeyResult(" ")])]
        },
        .set("en", .tooFewKeyResults, fires: false, "two key results") { set in
            set.objectives = [
                Objective(
                    title: "Delight clinics",
                    keyResults: [KeyResult("Increase NPS from 30 to 45"), KeyResult("Reduce churn from 5% to 3%")])
            ]
        },
        .set("en", .tooFewKeyResults, fires: false, "no key results is objective-no-krs instead") { set in
            set.objectives = [Objective(title: "Delight clinics")]
        },

        // too-many-objectives
        .set("en", .tooManyObjectives, fires: true, "six objectives", at: (nil, nil)) { set in
            set.objectives = (1...6).map {
                Objective(title: "Objective \($0)", keyResults: [KeyResult("A"), KeyResult("B")])
            }
        },
        .set("en", .tooManyObjectives, fires: false, "five objectives") { set in
            set.objectives = (1...5).map {
                Objective(title: "Objective \($0)", keyResults: [KeyResult("A"), KeyResult("B")])
            }
        },

        // duplicate-kr
        .set(
            "en", .duplicateKeyResult, fires: true, "a repeat in another objective, other case and spacing", at: (2, 2)
        ) {
            set in
            set.objectives = [
                Objective(title: "A", keyResults: [KeyResult("Increase NPS from 30 to 45"), KeyResult("Other")]),
                Objective(title: "B", keyResults: [KeyResult("Else"), KeyResult("increase  NPS from 30 to 45.")]),
            ]
        },
        .set("en", .duplicateKeyResult, fires: false, "different key results") { set in
            set.objectives = [
                Objective(
                    title: "A",
                    keyResults: [KeyResult("Increase NPS from 30 to 45"), KeyResult("Increase NPS from 30 to 50")])
            ]
        },
        .set("en", .duplicateKeyResult, fires: false, "two empty key results are no duplicates") { set in
            set.objectives = [Objective(title: "A", keyResults: [KeyResult(""), KeyResult(" ")])]
        },

        // objective-not-aligned
        .set("en", .objectiveNotAligned, fires: true, "a parent id that is not in parents") { set in
            set.parents = [ParentObjective(id: "C1", title: "Become the first choice for small clinics")]
            set.objectives = [
                Objective(title: "Delight clinics", parent: "C2", keyResults: [KeyResult("A"), KeyResult("B")])
            ]
        },
        .set("en", .objectiveNotAligned, fires: true, "no parent while the set names parents") { set in
            set.parents = [ParentObjective(id: "C1")]
            set.objectives = [Objective(title: "Delight clinics", keyResults: [KeyResult("A"), KeyResult("B")])]
        },
        .set("en", .objectiveNotAligned, fires: false, "a parent that matches exactly") { set in
            set.parents = [ParentObjective(id: "C1")]
            set.objectives = [
                Objective(title: "Delight clinics", parent: "C1", keyResults: [KeyResult("A"), KeyResult("B")])
            ]
        },
        .set("en", .objectiveNotAligned, fires: false, "a set without parents") { set in
            set.objectives = [Objective(title: "Delight clinics", keyResults: [KeyResult("A"), KeyResult("B")])]
        },

        // Found while writing the other languages' cases.
        .keyResult("en", .keyResultCompound, fires: false, "Train all staff and every partner"),
        .keyResult("en", .keyResultMilestone, fires: true, "Launch the app within four weeks"),
        .keyResult("en", .keyResultNoDeadline, fires: false, "Launch the app within four weeks"),
        .keyResult("en", .keyResultNoBaseline, fires: false, "Increase sign-ups by approx. 20%"),
        .keyResult("en", .keyResultNoDeadline, fires: false, "Increase NPS from 30 to 45 by 2027"),
        .objective("en", .objectiveHasMetric, fires: false, "Become the best booking app in Sweden 2027"),
    ]
}
