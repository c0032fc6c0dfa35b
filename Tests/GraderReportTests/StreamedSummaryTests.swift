import Foundation
import GraderModel
import GraderTestSupport
import XCTest

@testable import GraderReport

/// summary.json written one student at a time reads, byte for byte, as the whole report encoded at once.
final class StreamedSummaryTests: XCTestCase {
    func testStreamedSummaryIsTheOneShotEncoding() throws {
        let folder = try TemporaryDirectory(prefix: "grade-streamed")
        defer { folder.remove() }
        var reports = [ReportFixture.report]
        var empty = ReportFixture.report
        empty.students = []
        reports.append(empty)
        var cached = ReportFixture.report
        cached.cache = CacheCounts(hits: 3, misses: 4)
        cached.title = nil
        reports.append(cached)
        for (index, report) in reports.enumerated() {
            let url = folder.url.appendingPathComponent("summary-\(index).json")
            try ReportJSON.write(report, to: url)
            XCTAssertEqual(
                String(decoding: try Data(contentsOf: url), as: UTF8.self),
                String(decoding: try ReportJSON.data(report), as: UTF8.self), "report \(index)")
            // Written again over the first: replaced whole, no temporary file left.
            try ReportJSON.write(report, to: url)
            XCTAssertEqual(try Data(contentsOf: url), try ReportJSON.data(report))
        }
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasSuffix(".tmp") }
        XCTAssertEqual(left, [])
    }
}
