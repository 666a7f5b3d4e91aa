import Foundation

/// One of the chat desk's lanes: a thread that answers the lines routed to it in batches.
///
/// Lines that arrive while a batch is answered and stored wait, and make the next batch, so a
/// busy lane stores many answers in one transaction and an idle one answers a line at once.
/// A batch takes at most `perSpeaker` lines of one person (the rest of theirs wait, in order,
/// for the next), so someone who floods never holds up the others for long.
final class DeskLane: @unchecked Sendable {
    /// The most lines in one batch.
    static let batchLimit = 512
    /// The most lines of one person in one batch.
    static let perSpeaker = 4

    private let condition = NSCondition()
    private var waiting: [DeskLine] = []
    private var closed = false
    private let work: DeskWork
    /// Signalled once the thread has answered its last line and ended.
    private let ended = DispatchSemaphore(value: 0)

    init(work: DeskWork, name: String) {
        self.work = work
        let thread = Thread { [self] in run() }
        thread.name = name
        thread.start()
    }

    /// Hands a line to the lane; its `done` is called once its batch is stored. Once the lane is
    /// closed, a line is not taken: nothing of it is stored, and no answer comes.
    func submit(_ line: DeskLine) {
        condition.withLock {
            guard !closed else { return }
            waiting.append(line)
            condition.signal()
        }
    }

    /// Ends the thread once the lines handed to it are answered.
    func close() {
        condition.withLock {
            closed = true
            condition.signal()
        }
    }

    /// Waits until the thread has answered the lines handed to it before `close()`, and ended.
    func waitUntilEnded() {
        ended.wait()
        ended.signal()
    }

    private func run() {
        while let batch = next() {
            let again = work.answer(batch)
            if !again.isEmpty {
                condition.withLock { waiting.insert(contentsOf: again, at: 0) }
            }
        }
        ended.signal()
    }

    /// The next batch, waiting for a line when there is none; nil once closed and answered.
    private func next() -> [DeskLine]? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty, !closed { condition.wait() }
        guard !waiting.isEmpty else { return nil }
        var batch: [DeskLine] = []
        var left: [DeskLine] = []
        var taken: [String: Int] = [:]
        for line in waiting {
            if batch.count < Self.batchLimit, taken[line.speech.key, default: 0] < Self.perSpeaker {
                batch.append(line)
                taken[line.speech.key, default: 0] += 1
            } else {
                left.append(line)
            }
        }
        waiting = left
        return batch
    }
}
