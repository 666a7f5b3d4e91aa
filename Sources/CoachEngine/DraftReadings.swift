import OKRCore

/// The rules' readings of the objectives and key results saved while drafting, kept in a live
/// session so that the end-of-draft summary reads again only what changed
/// (`Checker.check(_:language:kept:)`) instead of every text of the set in one turn.
///
/// It is derived data: not stored (a session read back from storage reads its texts again at
/// the summary) and no part of a session's equality, since two sessions in the same state are
/// the same whatever either has kept. A reading that no longer fits its place (after an edit or
/// /back) is read again, so nothing here can change what the summary says.
struct DraftReadings: Sendable, Equatable {
    var kept = KeptReadings()

    static func == (lhs: Self, rhs: Self) -> Bool {
        true
    }
}
