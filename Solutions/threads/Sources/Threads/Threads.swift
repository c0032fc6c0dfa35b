// Threads — reference solution.

import Foundation

// MARK: - A thread class of your own (Python's threading.Thread)

/// Runs `body` on a thread of its own, like Python's `threading.Thread(target=body, name=name)`.
final class Worker {
    let name: String
    private let body: () -> Void
    private let condition = NSCondition()   // guards `started` and `finished`
    private var started = false
    private var finished = false

    init(name: String, body: @escaping () -> Void) {
        self.name = name
        self.body = body
    }

    /// Starts a new thread that runs `body` once; a second call does nothing.
    func start() {
        condition.lock()
        defer { condition.unlock() }
        guard !started else { return }
        started = true
        let thread = Thread { [self] in
            // Thread-local storage: only code running on this thread sees this entry.
            Thread.current.threadDictionary[Worker.nameKey] = name
            body()
            condition.lock()
            finished = true
            condition.broadcast()           // wake every thread waiting in join()
            condition.unlock()
        }
        thread.start()
    }

    /// Runs `body` on the calling thread.
    func run() {
        body()
    }

    /// Waits until the body has finished or `timeout` seconds have passed; returns `isFinished`.
    func join(timeout: TimeInterval? = nil) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        guard let timeout else {
            while !finished { condition.wait() }
            return true
        }
        let deadline = Date(timeIntervalSinceNow: timeout)
        while !finished {
            if !condition.wait(until: deadline) {
                break                           // timed out
            }
        }
        return finished
    }

    var isFinished: Bool {
        condition.lock()
        defer { condition.unlock() }
        return finished
    }

    private static let nameKey = "Threads.Worker.name"

    /// The name of the worker running the calling thread, or nil.
    static var currentName: String? {
        Thread.current.threadDictionary[nameKey] as? String
    }
}

// MARK: - Start many, join them all

/// One slot per job; each thread writes its own slot under the lock.
private final class ResultSlots<T> {
    private let lock = NSLock()
    private var values: [T?]

    init(count: Int) {
        values = Array(repeating: nil, count: count)
    }

    func store(_ value: T, at index: Int) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }

    func all() -> [T] {
        lock.lock()
        defer { lock.unlock() }
        return values.map { $0! }       // safe: called only after every worker has been joined
    }
}

/// Runs every job on its own thread, waits for all of them, returns results in job order.
func runAll<T>(_ jobs: [() -> T]) -> [T] {
    let slots = ResultSlots<T>(count: jobs.count)
    let workers = jobs.enumerated().map { index, job in
        Worker(name: "job-\(index)") {
            slots.store(job(), at: index)
        }
    }
    workers.forEach { $0.start() }      // start them all first…
    workers.forEach { _ = $0.join() }   // …then wait for each one
    return slots.all()
}

// MARK: - Shared state

/// A counter that many threads can update at the same time without losing an update.
final class SafeCounter {
    private let lock = NSLock()
    private var current: Int

    init(value: Int = 0) {
        current = value
    }

    func increment() {
        add(1)
    }

    func add(_ amount: Int) {
        lock.lock()
        current += amount                   // read-modify-write: must not interleave
        lock.unlock()
    }

    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return current
    }
}

// MARK: - Passing arguments to threads

/// The sum of `numbers`, with each of `threadCount` chunks summed on its own thread.
func parallelSum(_ numbers: [Int], threadCount: Int) -> Int {
    guard !numbers.isEmpty else { return 0 }
    let threads = min(max(threadCount, 1), numbers.count)
    let chunkSize = (numbers.count + threads - 1) / threads
    let jobs: [() -> Int] = stride(from: 0, to: numbers.count, by: chunkSize).map { start in
        let chunk = numbers[start..<min(start + chunkSize, numbers.count)]
        return { chunk.reduce(0, +) }       // the closure carries its own argument: the chunk
    }
    return runAll(jobs).reduce(0, +)
}
