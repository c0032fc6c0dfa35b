import Foundation
import GraderTestSupport
import XCTest

@testable import GraderCore

/// The grader's side of the result channel: only numbered lines with the token, in sequence, from
/// `ready` to `done <count>`, count; anything else is flagged.
final class ResultChannelTests: XCTestCase {
    var folder: TemporaryDirectory!
    var channel: ResultChannel!

    override func setUpWithError() throws {
        folder = try TemporaryDirectory(prefix: "grade-channel")
        channel = try ResultChannel(folder: folder.url, known: ["T.testA", "T.testB"])
    }

    override func tearDown() {
        channel = nil
        folder.remove()
    }

    /// Appends `lines` as the test process would (the grader itself only reads).
    func append(_ lines: [String]) throws {
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: channel.path))
        handle.seekToEndOfFile()
        handle.write(Data(lines.map { $0 + "\n" }.joined().utf8))
        try handle.close()
    }

    func harness(_ events: [String]) -> [String] {
        events.enumerated().map { "\(channel.token) \($0.offset + 1) \($0.element)" }
    }

    func testTheFileIsTheGradersAndTheHandshakeCarriesTokenAndExitStatus() throws {
        let attributes = try FileManager.default.attributesOfItem(atPath: channel.path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertEqual(String(decoding: channel.handshake, as: UTF8.self), "\(channel.token)\n\(channel.exitStatus)\n")
        XCTAssertTrue((3...99).contains(channel.exitStatus))
        XCTAssertEqual(channel.token.count, 64)
    }

    func testAHarnessRunIsReadyDoneAndCounted() throws {
        try append(
            harness([
                "ready", "start T.testA", "end T.testA passed 0.01", "start T.testB",
                "fail T.testB \(Data("boom".utf8).base64EncodedString())", "end T.testB failed 0.02", "done 6",
            ]))
        let state = channel.poll()
        XCTAssertTrue(state.ready)
        XCTAssertTrue(state.done)
        XCTAssertFalse(state.sequenceBroken)
        XCTAssertEqual(state.forgedLines, 0)
        XCTAssertEqual(state.tests["T.testA"]?.ending, "passed")
        XCTAssertEqual(state.tests["T.testB"]?.failures, ["boom"])
        XCTAssertNil(state.running)
    }

    func testLinesArriveInPiecesAcrossPolls() throws {
        let lines = harness(["ready", "start T.testA"])
        try append([lines[0]])
        XCTAssertTrue(channel.poll().ready)
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: channel.path))
        handle.seekToEndOfFile()
        handle.write(Data(lines[1].prefix(10).utf8))
        XCTAssertNil(channel.poll().running)
        handle.write(Data((lines[1].dropFirst(10) + "\n").utf8))
        try handle.close()
        XCTAssertEqual(channel.poll().running, "T.testA")
    }

    func testLinesWithoutTheTokenAreForged() throws {
        try append(harness(["ready"]) + ["x 2 end T.testA passed 0.001", "end T.testA passed", ""])
        let state = channel.poll()
        XCTAssertEqual(state.forgedLines, 3)
        XCTAssertNil(state.tests["T.testA"])
        XCTAssertFalse(state.sequenceBroken, "without the token nothing can break the sequence")
    }

    func testAKnownTokenIsNotEnoughBesideTheHarness() throws {
        // Someone who knows the token writes line 2 before the harness does: the harness's own line 2
        // then breaks the numbering, and the run is not clean.
        let forged = "\(channel.token) 2 end T.testA passed 0.001"
        try append(harness(["ready"]) + [forged] + Array(harness(["ready", "start T.testA"]).dropFirst()))
        let state = channel.poll()
        XCTAssertTrue(state.sequenceBroken)
        XCTAssertEqual(state.forgedLines, 1)
    }

    func testRenumberedRepeatsAndGapsBreakTheSequence() throws {
        try append([
            "\(channel.token) 1 ready", "\(channel.token) 3 start T.testA", "\(channel.token) 1 ready",
        ])
        let state = channel.poll()
        XCTAssertTrue(state.sequenceBroken)
        XCTAssertEqual(state.forgedLines, 2)
    }

    func testNothingCountsAfterDone() throws {
        try append(harness(["ready", "done 1", "start T.testA", "end T.testA passed 0"]))
        let state = channel.poll()
        XCTAssertTrue(state.done)
        XCTAssertEqual(state.forgedLines, 2)
        XCTAssertNil(state.tests["T.testA"])
    }

    func testDoneWithAWrongCountIsNotDone() throws {
        try append(harness(["ready", "start T.testA", "end T.testA passed 0", "done 7"]))
        let state = channel.poll()
        XCTAssertFalse(state.done)
        XCTAssertTrue(state.sequenceBroken)
    }

    func testUnknownTestsEventsAndDuplicateEndsAreForged() throws {
        try append(
            harness([
                "ready", "start T.testZ", "start T.testA", "end T.testA passed 0", "end T.testA passed 0",
                "launch T.testA", "end T.testB maybe 0",
            ]))
        let state = channel.poll()
        XCTAssertEqual(state.forgedLines, 4)
        XCTAssertEqual(state.tests["T.testA"]?.duplicateEnds, 1)
        XCTAssertFalse(state.sequenceBroken)
    }

    func testAFloodWithoutNewlinesIsDropped() throws {
        try append([String(repeating: "A", count: 2 << 20)])
        let state = channel.poll()
        XCTAssertGreaterThanOrEqual(state.forgedLines, 1)
        XCTAssertLessThan(state.pending.count, 1 << 20)
    }
}
