/// Work done once per key however many ask for it at once: the first asker of a key starts it, the
/// others wait for its value. `forget` says whether a finished key is started again by the next
/// asker (jobs: a later identical job reads the result cache instead) or answered from memory for
/// the rest of the run (suites compiled once per exercise). A cancelled first asker cancels the
/// work (a run that is stopped does not wait for a compiler).
actor SharedWork<Key: Hashable & Sendable, Value: Sendable> {
    private var tasks: [Key: Task<Value, Never>] = [:]
    private let forget: Bool

    init(forgetFinished forget: Bool) {
        self.forget = forget
    }

    /// `work`'s value for `key`, or that of the work already started for it (`shared` is then true).
    func value(
        for key: Key, _ work: @escaping @Sendable () async -> Value
    ) async -> (value: Value, shared: Bool) {
        if let task = tasks[key] { return (await task.value, true) }
        let task = Task { await work() }
        tasks[key] = task
        let value = await withTaskCancellationHandler {
            await task.value
        } onCancel: {
            task.cancel()
        }
        if forget { tasks[key] = nil }
        return (value, false)
    }
}
