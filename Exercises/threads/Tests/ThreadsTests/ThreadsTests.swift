import XCTest
import Foundation
@testable import Threads

/// A value that several threads may read and change (guarded by a lock).
private final class SharedValue<T> {
    private let lock = NSLock()
    private var stored: T

    init(_ initial: T) {
        stored = initial
    }

    var value: T {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    func set(_ newValue: T) {
        lock.lock()
        stored = newValue
        lock.unlock()
    }

    func update(_ change: (inout T) -> Void) {
        lock.lock()
        change(&stored)
        lock.unlock()
    }
}

/// Runs `body` on a separate thread and waits at most `seconds` for it to return, so that a
/// deadlock in the code under test fails the test instead of hanging it.
private func finishes(within seconds: Double, _ body: @escaping () -> Void) -> Bool {
    let done = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
        body()
        done.signal()
    }
    return done.wait(timeout: .now() + seconds) == .success
}

/// What `body` returns, or nil when it does not return within `seconds`.
private func value<T>(within seconds: Double, _ body: @escaping () -> T) -> T? {
    let result = SharedValue<T?>(nil)
    let returned = finishes(within: seconds) {
        let value = body()
        result.set(value)
    }
    return returned ? result.value : nil
}

/// `worker.join(timeout:)`, or nil when it does not return within its timeout plus a margin.
private func joinResult(_ worker: Worker, timeout: Double) -> Bool? {
    value(within: timeout + 3) { worker.join(timeout: timeout) }
}

/// `worker.isFinished`, or nil when reading it blocks.
private func finishedState(_ worker: Worker) -> Bool? {
    value(within: 2) { worker.isFinished }
}

final class WorkerTests: XCTestCase {
    func testWorkerRunsItsBodyOnceAndJoinReturnsTrue() {
        let runs = SharedValue(0)
        let worker = Worker(name: "once") { runs.update { $0 += 1 } }
        XCTAssertEqual(worker.name, "once", "the worker should keep its name")
        XCTAssertEqual(finishedState(worker), false, "before start() nothing has run, so the worker is not finished")
        XCTAssertTrue(finishes(within: 5) { worker.start(); worker.start() }, "start() should return at once")
        XCTAssertEqual(joinResult(worker, timeout: 5), true, "join(timeout:) should return true once the body has finished")
        XCTAssertEqual(finishedState(worker), true, "after a successful join the worker is finished")
        XCTAssertEqual(runs.value, 1, "the body should run exactly once, even when start() is called twice")
    }

    func testWorkerBodyRunsOnANewThreadThatKnowsTheWorkersName() {
        let caller = Thread.current
        let seenName = SharedValue<String?>(nil)
        let onCallerThread = SharedValue<Bool?>(nil)
        let worker = Worker(name: "downloader-7") {
            let name = Worker.currentName
            seenName.set(name)
            onCallerThread.set(Thread.current === caller)
        }
        XCTAssertTrue(finishes(within: 5) { worker.start() }, "start() should return at once")
        XCTAssertEqual(joinResult(worker, timeout: 5), true, "the body should finish and join should report it")
        XCTAssertEqual(onCallerThread.value, false, "start() must run the body on a new thread, not on the thread that called start()")
        XCTAssertEqual(seenName.value, "downloader-7", "inside the body, Worker.currentName should be the worker's name (Python's current_thread().name)")
        XCTAssertNil(Worker.currentName, "on a thread that is not running a worker's body, Worker.currentName is nil")
    }

    func testRunExecutesTheBodyOnTheCallingThread() {
        let ranOnCaller = SharedValue<Bool?>(nil)
        let doneWhenRunReturned = SharedValue(false)
        let nameDuringRun = SharedValue<String?>("not run")
        let completed = finishes(within: 5) {
            let caller = Thread.current
            let worker = Worker(name: "inline") {
                ranOnCaller.set(Thread.current === caller)
                let name = Worker.currentName
                nameDuringRun.set(name)
            }
            worker.run()
            doneWhenRunReturned.set(ranOnCaller.value != nil)
        }
        XCTAssertTrue(completed, "run() should execute the body and return")
        XCTAssertTrue(doneWhenRunReturned.value, "when run() returns, the body has already run (run() does not start a thread)")
        XCTAssertEqual(ranOnCaller.value, true, "run() executes the body on the calling thread, like Python's Thread.run()")
        XCTAssertNil(nameDuringRun.value, "run() does not start a worker thread, so the calling thread has no worker name")
    }

    func testJoinBeforeStartTimesOutAndReturnsFalse() {
        let ran = SharedValue(false)
        let worker = Worker(name: "idle") { ran.set(true) }
        XCTAssertEqual(joinResult(worker, timeout: 0.2), false, "a worker that was never started never finishes: join(timeout:) should give up after the timeout and return false")
        XCTAssertEqual(finishedState(worker), false, "a worker that was never started is not finished")
        XCTAssertFalse(ran.value, "creating a worker and joining it must not run the body")
    }

    func testJoinWaitsUntilTheBodyHasFinished() {
        let gate = DispatchSemaphore(value: 0)
        let worker = Worker(name: "gated") { _ = gate.wait(timeout: .now() + 5) }
        XCTAssertTrue(finishes(within: 2) { worker.start() }, "start() should return at once, without waiting for the body to finish")
        XCTAssertEqual(joinResult(worker, timeout: 0.2), false, "while the body is still running, join(timeout:) should time out and return false")
        XCTAssertEqual(finishedState(worker), false, "while the body is still running, the worker is not finished")
        gate.signal()
        XCTAssertEqual(joinResult(worker, timeout: 5), true, "once the body has finished, join should return true")
        XCTAssertEqual(finishedState(worker), true, "once the body has finished, the worker is finished")
    }

    func testJoinCanBeCalledRepeatedlyFromSeveralThreads() {
        let gate = DispatchSemaphore(value: 0)
        let worker = Worker(name: "shared") { _ = gate.wait(timeout: .now() + 5) }
        XCTAssertTrue(finishes(within: 2) { worker.start() }, "start() should return at once, without waiting for the body to finish")
        let results = SharedValue<[Bool]>([])
        let waiters = DispatchGroup()
        for _ in 0..<3 {
            waiters.enter()
            Thread.detachNewThread {
                let finished = worker.join(timeout: 5)
                results.update { $0.append(finished) }
                waiters.leave()
            }
        }
        gate.signal()
        XCTAssertTrue(waiters.wait(timeout: .now() + 6) == .success, "three threads joining the same worker should all get an answer")
        XCTAssertEqual(results.value, [true, true, true], "every thread waiting in join should be told that the body finished, not just the first one")
        XCTAssertEqual(joinResult(worker, timeout: 1), true, "joining a finished worker again should return true at once")
        XCTAssertEqual(joinResult(worker, timeout: 1), true, "joining can be repeated any number of times")
    }
}

final class RunAllTests: XCTestCase {
    func testRunAllReturnsEveryResultInJobOrder() {
        let completed = SharedValue(0)
        let jobs: [() -> Int] = (0..<20).map { index in
            return {
                let square = index * index
                completed.update { $0 += 1 }
                return square
            }
        }
        let completedAtReturn = SharedValue(-1)
        let results = value(within: 8) { () -> [Int] in
            let all = runAll(jobs)
            completedAtReturn.set(completed.value)
            return all
        }
        XCTAssertNotNil(results, "runAll should return once every job has finished")
        XCTAssertEqual(results, (0..<20).map { $0 * $0 }, "runAll should return one result per job, in the order of the jobs")
        XCTAssertEqual(completedAtReturn.value, 20, "every job must have run to completion (been joined) before runAll returns")
        XCTAssertEqual(value(within: 5) { runAll([() -> Int]()) }, [], "runAll with no jobs should return no results, at once")
    }

    func testRunAllRunsEveryJobAtTheSameTime() {
        let jobCount = 4
        let arrived = DispatchSemaphore(value: 0)
        let gate = DispatchSemaphore(value: 0)
        let jobs: [() -> String] = (0..<jobCount).map { index in
            return {
                arrived.signal()
                return gate.wait(timeout: .now() + 3) == .success ? "job \(index)" : "job \(index) timed out"
            }
        }
        let results = SharedValue<[String]?>(nil)
        let finished = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            let all = runAll(jobs)
            results.set(all)
            finished.signal()
        }
        let deadline = DispatchTime.now() + 4
        var running = 0
        while running < jobCount, arrived.wait(timeout: deadline) == .success {
            running += 1
        }
        XCTAssertEqual(running, jobCount, "all \(jobCount) jobs should be running at the same time, each on its own thread (here every job waits until all of them have started)")
        for _ in 0..<jobCount {
            gate.signal()
        }
        XCTAssertTrue(finished.wait(timeout: .now() + 4) == .success, "runAll should return once the jobs are released")
        XCTAssertEqual(results.value, (0..<jobCount).map { "job \($0)" }, "every job should complete without timing out, results in job order")
    }

    func testRunAllKeepsJobOrderWhenJobsFinishInReverse() {
        let jobCount = 5
        let finishedSignals = (0..<jobCount).map { _ in DispatchSemaphore(value: 0) }
        let finishOrder = SharedValue<[Int]>([])
        let jobs: [() -> Int] = (0..<jobCount).map { index in
            return {
                if index + 1 < jobCount, finishedSignals[index + 1].wait(timeout: .now() + 5) == .timedOut {
                    return -1
                }
                finishOrder.update { $0.append(index) }
                finishedSignals[index].signal()
                return index * 10
            }
        }
        let results = value(within: 8) { runAll(jobs) }
        XCTAssertNotNil(results, "runAll should return once every job has finished")
        XCTAssertEqual(finishOrder.value, [4, 3, 2, 1, 0], "the jobs should all run at once, so that each can wait for the next one to finish")
        XCTAssertEqual(results, [0, 10, 20, 30, 40], "results must be in job order, not in the order the jobs finished")
    }
}

final class SharedStateTests: XCTestCase {
    func testSafeCounterIsExactUnderContention() {
        let counter = SafeCounter()
        let threads = 8
        let incrementsPerThread = 5_000
        let group = DispatchGroup()
        for _ in 0..<threads {
            group.enter()
            Thread.detachNewThread {
                for _ in 0..<incrementsPerThread {
                    counter.increment()
                }
                group.leave()
            }
        }
        XCTAssertTrue(group.wait(timeout: .now() + 8) == .success, "\(threads) threads incrementing the counter should all finish (no deadlock)")
        XCTAssertEqual(value(within: 2) { counter.value }, threads * incrementsPerThread, "no increment may be lost when many threads increment at once: guard the read-modify-write")
    }

    func testSafeCounterAddsAmountsFromManyThreads() {
        let counter = SafeCounter(value: 100)
        XCTAssertEqual(value(within: 2) { counter.value }, 100, "the counter should start at the given value")
        let group = DispatchGroup()
        for thread in 1...6 {
            group.enter()
            Thread.detachNewThread {
                for _ in 0..<1_000 {
                    counter.add(thread)
                    counter.add(-1)
                }
                group.leave()
            }
        }
        XCTAssertTrue(group.wait(timeout: .now() + 8) == .success, "threads adding to the counter should all finish (no deadlock)")
        XCTAssertEqual(value(within: 2) { counter.value }, 100 + 1_000 * (1 + 2 + 3 + 4 + 5 + 6) - 6_000, "every positive and negative addition from every thread must be counted")
    }

    func testParallelSumMatchesTheSequentialSum() {
        let numbers = Array(-500...10_000)
        let expected = numbers.reduce(0, +)
        for threadCount in [1, 2, 3, 7, 64] {
            guard let sum = value(within: 3, { parallelSum(numbers, threadCount: threadCount) }) else {
                return XCTFail("parallelSum with \(threadCount) threads should return (no deadlock)")
            }
            XCTAssertEqual(sum, expected, "with \(threadCount) threads, the partial sums should add up to the plain sum: no chunk lost or counted twice")
        }
        let edgeCases: [([Int], Int, Int)] = [([], 4, 0), ([5, 6, 7], 50, 18), ([1, 2, 3], 0, 6), ([4, -4, 9], -3, 9)]
        for (input, threadCount, total) in edgeCases {
            guard let sum = value(within: 3, { parallelSum(input, threadCount: threadCount) }) else {
                return XCTFail("parallelSum(\(input), threadCount: \(threadCount)) should return (no deadlock)")
            }
            XCTAssertEqual(sum, total, "parallelSum(\(input), threadCount: \(threadCount)): an empty list, more threads than numbers, or fewer than one thread must still give the plain sum")
        }
    }
}
