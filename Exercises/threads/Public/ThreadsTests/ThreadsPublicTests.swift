import XCTest
import Foundation
@testable import Threads

final class ThreadsPublicTests: XCTestCase {
    func testWorkerSetsAFlag() {
        let done = DispatchSemaphore(value: 0)
        let worker = Worker(name: "sample") { done.signal() }
        worker.start()
        XCTAssertTrue(done.wait(timeout: .now() + 5) == .success, "the body should run soon after start()")
        XCTAssertTrue(worker.join(timeout: 5), "join should then report that the worker finished")
    }

    func testRunAllOfThreeJobs() {
        XCTAssertEqual(runAll([{ "a" }, { "b" }, { "c" }]), ["a", "b", "c"], "results come back in job order")
    }

    func testSafeCounterIncrementedFromTwoThreads() {
        let counter = SafeCounter()
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            for _ in 0..<1_000 { counter.increment() }
        }
        XCTAssertEqual(counter.value, 2_000, "two threads incrementing 1,000 times each should give 2,000")
    }
}
