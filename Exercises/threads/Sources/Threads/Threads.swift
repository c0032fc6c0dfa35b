// Threads — starter code.
// Replace every `fatalError("TODO: …")` with your implementation.
// Keep the declarations exactly as they are: the grader's tests use them. You may add private
// properties, methods and types.

import Foundation

// MARK: - A thread class of your own (Python's threading.Thread)

/// Runs `body` on a thread of its own, like Python's `threading.Thread(target=body, name=name)`.
final class Worker {
    let name: String

    init(name: String, body: @escaping () -> Void) {
        fatalError("TODO: Worker.init")
    }

    /// Starts a NEW thread that runs `body` once (and on which `Worker.currentName` is `name`). Returns at once, without
    /// waiting for `body`. Calling start() again does nothing.
    func start() {
        fatalError("TODO: Worker.start")
    }

    /// Runs `body` right here, on the calling thread, and returns when it is done
    /// (Python's run(), as opposed to start()).
    func run() {
        fatalError("TODO: Worker.run")
    }

    /// Waits until the body started by start() has finished, or until `timeout` seconds have
    /// passed (nil: wait as long as it takes). Returns whether the body has finished.
    /// May be called any number of times, from any thread, before or after the body finishes.
    func join(timeout: TimeInterval? = nil) -> Bool {
        fatalError("TODO: Worker.join")
    }

    /// Whether the body started by start() has finished.
    var isFinished: Bool {
        fatalError("TODO: Worker.isFinished")
    }

    /// The name of the worker whose body is running on the calling thread because of start(),
    /// or nil on any other thread (Python's `threading.current_thread().name`).
    static var currentName: String? {
        fatalError("TODO: Worker.currentName")
    }
}

// MARK: - Start many, join them all

/// Runs every job on its own thread, all at the same time, waits for all of them, and returns
/// their results in the order of `jobs` (not the order in which they finished).
func runAll<T>(_ jobs: [() -> T]) -> [T] {
    fatalError("TODO: runAll")
}

// MARK: - Shared state

/// A counter that many threads can update at the same time without losing an update.
final class SafeCounter {
    init(value: Int = 0) {
        fatalError("TODO: SafeCounter.init")
    }

    func increment() {
        fatalError("TODO: SafeCounter.increment")
    }

    func add(_ amount: Int) {
        fatalError("TODO: SafeCounter.add")
    }

    var value: Int {
        fatalError("TODO: SafeCounter.value")
    }
}

// MARK: - Passing arguments to threads

/// The sum of `numbers`, computed by splitting them into `threadCount` chunks (at least 1, at
/// most one per number), summing each chunk on its own thread, and adding up the partial sums.
func parallelSum(_ numbers: [Int], threadCount: Int) -> Int {
    fatalError("TODO: parallelSum")
}
