/// The quality score of a set, from 0 to 100.
///
/// Each finding costs points: an error 10, a warning 4, an info 1. The set can
/// lose at most 10 points for each objective and key result it holds, so a
/// large set is not punished for being large:
///
///     score = round(100 × max(0, 1 − (10·errors + 4·warnings + 1·infos) / (10 · entries)))
///
/// A set with nothing in it scores 100.
public enum Score {
    public static let errorCost = 10
    public static let warningCost = 4
    public static let infoCost = 1
    public static let costPerEntry = 10

    public static func of(errors: Int, warnings: Int, infos: Int, entries: Int) -> Int {
        let cost = errorCost * errors + warningCost * warnings + infoCost * infos
        let capacity = costPerEntry * max(entries, 1)
        let ratio = max(0, 1 - Double(cost) / Double(capacity))
        return Int((100 * ratio).rounded())
    }
}
