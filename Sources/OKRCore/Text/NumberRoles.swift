/// Decides what each number in a text stands for, from the words around it.
///
/// "Q3", "31 March", "1. mars", "week 12", "within 4 weeks" and a year next to
/// a time word name a time; "#1", "nr. 1" and "top 10" are ranks; "ISO 27001"
/// and "B2B" are names; everything else written in digits is a quantity.
enum NumberRoles {
    typealias Role = TextAnalysis.NumberRole

    static func assign(tokens: [Token], classes: [WordClass], phraseClasses: [WordClass], lexicon: Lexicon) -> [Role?] {
        let context = Context(tokens: tokens, classes: classes, phraseClasses: phraseClasses, lexicon: lexicon)
        var roles = [Role?](repeating: nil, count: tokens.count)
        // Codes and dates first: a year reads its neighbours' roles ("Q1 2027").
        for index in tokens.indices {
            switch tokens[index].kind {
            case .date: roles[index] = .time
            case .code: roles[index] = context.codeRole(tokens[index])
            default: break
            }
        }
        for index in tokens.indices where tokens[index].kind == .number {
            roles[index] = context.numberRole(at: index, roles: roles)
        }
        // "binnen zes weken", "within two months": a duration in words that ends in a deadline.
        for index in tokens.indices where classes[index].contains(.numberWord) && context.isDeadlineDuration(at: index)
        {
            roles[index] = .time
        }
        return roles
    }

    private struct Context {
        let tokens: [Token]
        let classes: [WordClass]
        let phraseClasses: [WordClass]
        let lexicon: Lexicon

        /// "q3", "k3", "w12", "uke12", "h1" name periods; other codes ("b2b", "4g") are names.
        func codeRole(_ token: Token) -> Role {
            guard token.suffix.isEmpty, let value = token.value else { return .name }
            if lexicon.quarterPrefixes.contains(token.prefix), (1...4).contains(value) { return .time }
            if lexicon.weekPrefixes.contains(token.prefix), (1...53).contains(value) { return .time }
            if lexicon.halfPrefixes.contains(token.prefix), (1...2).contains(value) { return .time }
            return .name
        }

        func numberRole(at index: Int, roles: [Role?]) -> Role {
            let token = tokens[index]
            if !token.suffix.isEmpty {
                if lexicon.ordinalSuffixes.contains(token.suffix) {
                    return namesPeriod(after: index) ? .time : .ordinal
                }
                return lexicon.magnitudeSuffixes.contains(token.suffix) || token.suffix == "×" ? .quantity : .name
            }
            if let previous = previousSkippingDot(index) {
                if tokens[previous].text == "#" || classes[previous].contains(.rankWord) { return .rank }
                if classes[previous].contains(.nameWord) { return .name }
                // "WCAG 2.1", "versjon 2.0" where the dot is no decimal mark: the name goes on.
                if previous == index - 2, !token.spaceBefore, !tokens[index - 1].spaceBefore,
                    roles[previous] == .name
                {
                    return .name
                }
            }
            if index > 0, names(token, pointInTimeAfter: index - 1, roles: roles) { return .time }
            if namesPeriod(after: index) { return .time }
            if isDottedOrdinal(index) { return .ordinal }
            if index + 1 < tokens.count, isPeriod(index + 1) {
                return deadlineBefore(index) ? .time : .quantity
            }
            if isYear(at: index, roles: roles) { return .time }
            if isNamingYear(at: index) { return .name }
            return .quantity
        }

        /// A number followed by a period after "within", "innen", "binnen": "within 4 weeks".
        func isDeadlineDuration(at index: Int) -> Bool {
            index + 1 < tokens.count && isPeriod(index + 1) && deadlineBefore(index)
        }

        private func isPeriod(_ index: Int) -> Bool {
            classes[index].contains(.durationUnit) || classes[index].contains(.timeNoun)
        }

        /// The token before, passing over the dot of "nr. 1" and the hyphen of "tier-1".
        private func previousSkippingDot(_ index: Int) -> Int? {
            guard index > 0 else { return nil }
            let previous = tokens[index - 1]
            if previous.text == ".", index > 1 { return index - 2 }
            if previous.text == "-", index > 1, !previous.spaceBefore, !tokens[index].spaceBefore { return index - 2 }
            return index - 1
        }

        /// A year that names which one of a thing: "the 2020 roadmap", "vår 2027-strategi".
        private func isNamingYear(at index: Int) -> Bool {
            let token = tokens[index]
            guard token.isYearShaped, let value = token.value, (1900...2199).contains(value), index > 0,
                classes[index - 1].contains(.determiner)
            else { return false }
            var next = index + 1
            if next < tokens.count, tokens[next].text == "-", !tokens[next].spaceBefore { next += 1 }
            return next < tokens.count && tokens[next].kind == .word && classes[next].isDisjoint(with: .timeWord)
        }

        /// A number that completes the time before it: "March 31", "mars 2027", "week 12",
        /// "kvartal 3", "Q1 2027". "In K3 500 nieuwe klinieken" is a count after a time.
        private func names(_ number: Token, pointInTimeAfter index: Int, roles: [Role?]) -> Bool {
            guard let value = number.value, number.suffix.isEmpty else { return false }
            let isYear = number.isYearShaped && (1900...2199).contains(value)
            if classes[index].contains(.month) { return isYear || (1...31).contains(value) }
            if classes[index].contains(.timeNoun), !isRate(index) { return isYear || (1...53).contains(value) }
            return roles[index] == .time && tokens[index].kind != .number && isYear
        }

        /// "31 March", "1. mars", "3. kvartal", "3rd quarter": the number is part of a date.
        private func namesPeriod(after index: Int) -> Bool {
            var next = index + 1
            if next < tokens.count, tokens[next].text == "." { next += 1 }
            guard next < tokens.count else { return false }
            if classes[next].contains(.month) { return true }
            let dotted = next == index + 2
            let ordinal = dotted || !tokens[index].suffix.isEmpty
            return ordinal && classes[next].contains(.timeNoun)
        }

        /// "2. generasjon", "1. plass": where the language writes ordinals with a dot (its
        /// ordinal suffixes hold "."), a number with a dot and then a word is an ordinal.
        private func isDottedOrdinal(_ index: Int) -> Bool {
            guard lexicon.ordinalSuffixes.contains("."), index + 2 < tokens.count, tokens[index + 1].text == ".",
                !tokens[index + 1].spaceBefore, tokens[index + 2].kind == .word
            else { return false }
            return true
        }

        /// "within 4 weeks", "innen 6 uker", "i løpet av de neste 4 ukene": a duration that ends in a deadline.
        /// "from 14 days to 7 days" is the measure itself.
        private func deadlineBefore(_ index: Int) -> Bool {
            var position = index - 1
            var looked = 0
            while position >= 0, looked < 4 {
                let wordClass = classes[position]
                if wordClass.contains(.durationPreposition) || wordClass.contains(.deadlineWord) { return true }
                // "fra 14 dager til 7 dager": the duration is the measure's start or target.
                if tokens[position].kind != .word
                    || !wordClass.isDisjoint(with: [.baselinePreposition, .targetPreposition])
                {
                    return false
                }
                position -= 1
                looked += 1
            }
            return false
        }

        /// A four-digit number from 1900 to 2199 with time around it: "by 2027", "Q1 2027",
        /// "2027-Q1", "(2027)". "from 1500 to 2000" is a target, not a year.
        private func isYear(at index: Int, roles: [Role?]) -> Bool {
            let token = tokens[index]
            guard token.isYearShaped, let value = token.value, (1900...2199).contains(value) else { return false }
            let previous = index > 0 ? index - 1 : nil
            let next = index + 1 < tokens.count ? index + 1 : nil
            if let previous {
                let wordClass = classes[previous]
                if wordClass.contains(.deadlineWord) { return true }
                if wordClass.contains(.deadlinePreposition) { return !isRangeTarget(index) }
                if roles[previous] == .time { return true }
            }
            if let next {
                if roles[next] == .time { return true }
                if tokens[next].text == "-" || tokens[next].text == "/", next + 1 < tokens.count,
                    roles[next + 1] == .time
                {
                    return true
                }
            }
            // Closing a sentence: "Bli Sveriges bästa bokningsapp 2027", "(2027)".
            let closes = next.map { tokens[$0].kind == .symbol && tokens[$0].text != "%" } ?? true
            let alonePrevious = previous.map { tokens[$0].kind == .symbol } ?? true
            if closes, alonePrevious, previous != nil || next != nil { return true }
            return closes && (2020...2099).contains(value) && !isRangeTarget(index)
                && !(previous.map { classes[$0].contains(.targetPreposition) } ?? false)
        }

        /// The "2000" of "från 1500 till 2000", where "till" also means "by": the target of a from-to.
        /// In "från 30 till 45 till 2027" the from-to ended at 45, and 2027 is a year.
        private func isRangeTarget(_ index: Int) -> Bool {
            guard index >= 2, classes[index - 1].contains(.targetPreposition) else { return false }
            // The start value stands right before "till", perhaps with its unit: "1 500 kr till".
            let start = max(index - 3, 0)
            guard let number = (start..<(index - 1)).last(where: { tokens[$0].kind == .number }) else { return false }
            let lookBack = max(number - 3, 0)
            return (lookBack..<number).contains {
                !classes[$0].isDisjoint(with: [.baselinePreposition, .pairedBaselinePreposition])
            }
                && !(lookBack..<number).contains { classes[$0].contains(.targetPreposition) }
        }

        private func isRate(_ index: Int) -> Bool {
            phraseClasses[index].contains(.rateWord) || (index > 0 && classes[index - 1].contains(.rateWord))
        }
    }
}
