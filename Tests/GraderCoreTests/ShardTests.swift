import XCTest

@testable import GraderCore

/// `--shard I/N`: stable slices of a roster, and what is refused.
final class ShardTests: XCTestCase {
    let identifiers = (0..<1000).map { "student\($0)@example.edu" }

    func testEveryStudentIsInExactlyOneShardWhateverTheOrder() throws {
        let shards = try (1...4).map { try Shard(index: $0, count: 4) }
        let slices = shards.map { shard in identifiers.filter(shard.contains) }
        XCTAssertEqual(slices.map(\.count).reduce(0, +), identifiers.count)
        XCTAssertEqual(Set(slices.flatMap { $0 }).count, identifiers.count)
        for slice in slices {
            XCTAssertGreaterThan(slice.count, 200, "a slice holds about a quarter: \(slices.map(\.count))")
            XCTAssertLessThan(slice.count, 300, "a slice holds about a quarter: \(slices.map(\.count))")
        }
        let reversed = shards.map { shard in identifiers.reversed().filter(shard.contains) }
        XCTAssertEqual(reversed.map { Set($0) }, slices.map { Set($0) })
    }

    func testTheShardOfAnIdentifierIsFixed() {
        // The slice must not change between versions of grade: shards of one grading may be run
        // by different builds. These values are the first 8 bytes of SHA-256, modulo N, plus one.
        // (Computed apart, with Python's hashlib.)
        XCTAssertEqual(Shard.index(of: "ada@example.edu", count: 1), 1)
        XCTAssertEqual(Shard.index(of: "ada@example.edu", count: 4), 3)
        XCTAssertEqual((0..<8).map { Shard.index(of: "s\($0)", count: 4) }, [4, 4, 3, 1, 4, 1, 1, 3])
        XCTAssertEqual(Shard.index(of: "", count: 1000), 1 + Int(0xe3b0_c442_98fc_1c14 % UInt64(1000)))
    }

    func testParsingAndRefusals() throws {
        XCTAssertEqual(try Shard(parsing: "2/4"), try Shard(index: 2, count: 4))
        XCTAssertEqual(try Shard(parsing: "1/1").description, "1/1")
        for text in ["", "2", "2/", "/4", "a/b", "2/4/6", " 2/4", "2-4"] {
            XCTAssertThrowsError(try Shard(parsing: text), text) { error in
                XCTAssertEqual(error as? ShardError, .notAShard(text))
                XCTAssertTrue("\(error)".contains("e.g. --shard 2/4"))
            }
        }
        for (index, count) in [(0, 4), (5, 4), (1, 0), (-1, 2)] {
            XCTAssertThrowsError(try Shard(index: index, count: count)) { error in
                XCTAssertEqual(error as? ShardError, .outOfRange(index: index, count: count))
            }
        }
    }
}
