/// Whether an objective must be met in full or is a stretch.
///
/// A committed objective below 1.0 gets a post-mortem; an aspirational one graded
/// 1.0 again and again may be too safe.
public enum Commitment: String, Sendable, Codable, CaseIterable {
    case committed
    case aspirational
}
