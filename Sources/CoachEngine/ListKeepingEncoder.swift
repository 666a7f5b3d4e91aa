/// An encoder that keeps the JSON of a list it wrote, so that writing the list again after
/// elements were added writes only those: the store's (`JSONStreamWriter`), for a session's
/// /back history, which grows by one state a turn and was the most of what a turn wrote.
///
/// What is kept is reused only for the leading elements equal to those it was written from, so
/// a list that changed anywhere is written right, only not as fast.
public protocol ListKeepingEncoder: Encoder {
    /// Writes `elements` as a JSON array whose element `i` is what `item(i)` encodes, reusing the
    /// JSON kept of the elements it starts with. `item(i)` may depend on the elements up to `i`.
    func encodeList<Element: Equatable, Item: Encodable>(_ elements: [Element], item: (Int) -> Item) throws
}
