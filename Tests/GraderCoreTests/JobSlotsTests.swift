import XCTest

@testable import GraderCore

final class JobSlotsTests: XCTestCase {
    func testThereAreHalfAgainAsManyRunSlotsAsBuildSlotsAndOneJobRunsAlone() {
        XCTAssertEqual([0, 1, 2, 3, 4, 16].map { JobSlots.runSlots(jobs: $0) }, [1, 1, 3, 4, 6, 24])
    }
}
