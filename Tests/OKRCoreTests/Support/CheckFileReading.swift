import OKRCore

/// Reading a check file in a test: the result, or the error it stops with.
protocol CheckFileReading {}

extension CheckFileReading {
    func read(_ yaml: String) throws -> ReadResult {
        try CheckFileReader.read(
            yaml, source: "okrs.yaml", languages: Set(TestLanguages.codes), retroTopics: TestLanguages.retroTopics)
    }

    /// The error reading stops with; nil when it reads.
    func error(_ yaml: String) -> InputError? {
        do {
            _ = try read(yaml)
            return nil
        } catch let error as InputError {
            return error
        } catch {
            return nil
        }
    }
}
