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
        inputError { try read(yaml) }
    }
}

/// The `InputError` a reading stops with; nil when it reads (or fails otherwise).
func inputError(_ reading: () throws -> Any) -> InputError? {
    do {
        _ = try reading()
        return nil
    } catch let error as InputError {
        return error
    } catch {
        return nil
    }
}
