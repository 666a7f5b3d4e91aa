import OKRCore

extension RuleCase {
    /// English examples for the changes of version 2 of the rule contract, from how real teams write.
    static let englishVersion2: [RuleCase] = [
        // kr-milestone: a yes/no end state with nothing countable.
        .keyResult("en", .keyResultMilestone, fires: true, "The DHT is enabled by default in js-ipfs"),
        .keyResult("en", .keyResultMilestone, fires: true, "Gateway usage policy is published"),
        .keyResult("en", .keyResultMilestone, fires: true, "ISO 14001 certification achieved"),
        .keyResult("en", .keyResultMilestone, fires: true, "Launch the new wizard by 15 December"),
        .keyResult("en", .keyResultMilestone, fires: true, "js.ipfs.io is finished and published"),
        .keyResult("en", .keyResultMilestone, fires: true, "Publish the 2020 roadmap"),
        .keyResult("en", .keyResultMilestone, fires: true, "The new billing system is live before Q3"),
        .keyResult("en", .keyResultMilestone, fires: false, "Improve onboarding"),
        .keyResult("en", .keyResultMilestone, fires: false, "Better collaboration between teams"),
        .keyResult("en", .keyResultMilestone, fires: false, "Make the website faster"),
        .keyResult("en", .keyResultMilestone, fires: false, "Publish release notes weekly"),
        .keyResult("en", .keyResultMilestone, fires: false, "Hold a retro every sprint"),
        .keyResult("en", .keyResultMilestone, fires: false, "Launch 3 new integrations"),
        .keyResult("en", .keyResultNotMeasurable, fires: false, "The DHT is enabled by default in js-ipfs"),
        .keyResult("en", .keyResultNotMeasurable, fires: false, "Launch the new wizard by 15 December"),
        .keyResult("en", .keyResultNotMeasurable, fires: true, "Make the website faster"),
        .keyResult("en", .keyResultNotMeasurable, fires: true, "Work on performance"),
        .keyResult("en", .keyResultNotMeasurable, fires: true, "Publish release notes weekly"),

        // kr-no-baseline: a level to hold needs none; "68% to 75%" has one.
        .keyResult("en", .keyResultNoBaseline, fires: false, "99th percentile of time to first result is below 3s"),
        .keyResult("en", .keyResultNoBaseline, fires: false, "100% of monthly releases ship on time"),
        .keyResult("en", .keyResultNoBaseline, fires: false, "Uptime at least 99.5% every week"),
        .keyResult("en", .keyResultNoBaseline, fires: false, "No more than 2 P1 incidents per quarter"),
        .keyResult("en", .keyResultNoBaseline, fires: false, "Maintain 40 active partners"),
        .keyResult("en", .keyResultNoBaseline, fires: false, "Keep uptime at 99.9%"),
        .keyResult("en", .keyResultNoBaseline, fires: false, "Zero critical security incidents"),
        .keyResult("en", .keyResultNoBaseline, fires: false, "15%+ of new users invite a colleague"),
        .keyResult("en", .keyResultNoBaseline, fires: false, "Retention 68% to 75% by the end of Q1"),
        .keyResult("en", .keyResultNoBaseline, fires: false, "Cut lead time 4 hours to 45 minutes"),
        .keyResult("en", .keyResultNoBaseline, fires: false, "Bitswap refactor + improvements reduce latency by 75%"),
        .keyResult("en", .keyResultNoBaseline, fires: true, "Reduce errors to below 0.5%"),
        .keyResult("en", .keyResultNoBaseline, fires: true, "Reach 100% availability"),
        .keyResult("en", .keyResultNoBaseline, fires: true, "Hold 5 customer events"),
        .keyResult("en", .keyResultNoBaseline, fires: true, "Churn drops after 12 months to 65%"),
        .keyResult("en", .keyResultNoBaseline, fires: true, "Grow paid accounts by launching in two regions"),
        .keyResult("en", .keyResultNoBaseline, fires: true, "Calls answered within 2 minutes for 90 partners"),

        // objective-no-purpose: an objective linked to a parent objective has its reason.
        .set("en", .objectiveNoPurpose, fires: false, "an objective linked to a parent") { set in
            set.parents = [ParentObjective(id: "C1", title: "Become the first choice for small clinics")]
            set.objectives = [
                Objective(title: "Improve onboarding", parent: "C1", keyResults: [KeyResult("A"), KeyResult("B")])
            ]
        },
        .set("en", .objectiveNoPurpose, fires: true, "a parent that is not in parents") { set in
            set.parents = [ParentObjective(id: "C1")]
            set.objectives = [
                Objective(title: "Improve onboarding", parent: "C9", keyResults: [KeyResult("A"), KeyResult("B")])
            ]
        },

        // kr-vague: "about" hedges only before a number.
        .keyResult("en", .keyResultVague, fires: true, "Grow revenue by around $2 million"),
        .keyResult("en", .keyResultVague, fires: true, "Reach approximately 500 customers"),
        .keyResult("en", .keyResultVague, fires: false, "Publish a blog post about search performance"),
        .keyResult("en", .keyResultVague, fires: false, "Reduce questions about billing from 40 to 10 a week"),

        // Clarified: the main verb is no noun, no adjective, no modal.
        .keyResult("en", .keyResultIsActivity, fires: false, "Bitswap refactor + improvements reduce latency by 75%"),
        .keyResult("en", .keyResultIsActivity, fires: false, "All product work has a delivery plan"),
        .keyResult("en", .keyResultIsActivity, fires: false, "Testing is complete for every release"),
        .keyResult("en", .keyResultIsActivity, fires: false, "Hold uptime at 99.9% every week"),
        .keyResult("en", .keyResultIsActivity, fires: true, "We will launch the partner portal by June"),
        .keyResult("en", .keyResultIsActivity, fires: true, "Hold 5 customer events"),
        // kr-compound needs two measures.
        .keyResult("en", .keyResultCompound, fires: false, "js.ipfs.io is finished and published"),
        .keyResult("en", .keyResultCompound, fires: true, "Grow sign-ups from 200 to 300 and revenue from $5k to $8k"),
        // Names and years are no quantity; a decimal comma is a decimal.
        .objective("en", .objectiveHasMetric, fires: false, "Delight our tier-1 customers so that they renew"),
        .keyResult("en", .keyResultNotMeasurable, fires: false, "Publish the 2020 roadmap"),
        .keyResult("en", .keyResultNoDeadline, fires: true, "Publish the 2020 roadmap"),
        .keyResult("en", .keyResultNotMeasurable, fires: true, "Improve RFC 42 support in tier 1 services"),
        .keyResult("en", .keyResultNoDeadline, fires: true, "Close the deal before the board meeting"),
        .keyResult("en", .keyResultNoBaseline, fires: true, "Product validated with 3 new user groups"),
    ]
}
