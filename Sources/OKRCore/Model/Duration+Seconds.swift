extension Duration {
    /// The duration in seconds, with its fraction: what rates, timeouts and the chat clock count in.
    public var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
