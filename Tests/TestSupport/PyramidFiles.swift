/// The organisation files the pyramid's tests read, as their text: the reader's tests look at every
/// entry and line of them, the end-to-end tests check and import them with teams' files beside them.
public enum PyramidFiles {
    /// A clinic company's organisation file in English: its mission, two one-year objectives for
    /// 2027 (Y1 with two company objectives in 2027-Q1, Y2 with none) and, for 2027-Q1, the company
    /// objectives C1 and C2, one key result of C1 with an owner. Y1's title stands on line 8, C1's
    /// on line 22 and its key results on lines 24 and 25.
    public static let company = """
        organisation: Acme Clinics
        lang: en
        mission: Give every small clinic the calm of a well-run hospital
        years:
          - year: 2027
            objectives:
              - id: Y1
                title: Become the first choice for small clinics in Scandinavia
                key_results:
                  - Grow paying clinics from 120 to 400 by December 2027
                  - Raise the share of clinics that recommend us from 40% to 70% by December 2027
              - id: Y2
                title: Make our clinics the calmest place to work so that staff stay
                key_results:
                  - Reduce staff turnover at our clinics from 20% to 10% by December 2027
                  - Raise staff satisfaction from 3.4 to 4.2 by December 2027
        cycles:
          - cycle: 2027-Q1
            objectives:
              - id: C1
                parent: Y1
                title: Win the clinics of Oslo in order to prove the model
                key_results:
                  - Increase paying clinics in Oslo from 12 to 40
                  - text: Reduce time to first booking from 9 days to 2 days
                    owner: Kari
              - id: C2
                parent: Y1
                title: Make onboarding effortless so that new clinics stay with us
                key_results:
                  - Raise the share of clinics active after 30 days from 55% to 80%
                  - Reduce onboarding calls per clinic from 6 to 2

        """
}
