import OKRCore

extension InputError {
    /// What a flow or locale error says: the flow contract writes its errors in English, as text.
    var message: String { values["text"] ?? key.rawValue }
}
