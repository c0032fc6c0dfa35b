import XCTest
import Foundation
@testable import Downloader

/// The error the fake server throws; its description is what the report should show.
private struct FakeHTTPError: Error, CustomStringConvertible {
    let status: Int
    let url: String
    var description: String { "HTTP \(status) for \(url)" }
}

/// The error the fake disk throws.
private struct FakeDiskError: Error, CustomStringConvertible {
    let name: String
    var description: String { "disk full while writing \(name)" }
}

/// An instrumented fetcher. It records every call, counts the fetches in flight and their peak,
/// can hold every fetch at a gate until the test opens it, and fails for chosen URLs.
private final class FakeServer {
    private let lock = NSLock()
    private var inFlight = 0
    private var highestInFlight = 0
    private var requested: [String] = []
    private let gate: DispatchSemaphore?
    private let failures: [String: Int]
    /// Signalled once by every fetch as soon as it starts.
    let arrived = DispatchSemaphore(value: 0)

    init(holdsFetches: Bool = false, failures: [String: Int] = [:]) {
        gate = holdsFetches ? DispatchSemaphore(value: 0) : nil
        self.failures = failures
    }

    static func bytes(for url: String) -> Data {
        Data("image bytes of \(url)".utf8)
    }

    func fetch(_ url: String) throws -> Data {
        lock.lock()
        inFlight += 1
        highestInFlight = max(highestInFlight, inFlight)
        requested.append(url)
        lock.unlock()
        arrived.signal()
        if let gate = gate {
            _ = gate.wait(timeout: .now() + 5)
        }
        lock.lock()
        inFlight -= 1
        lock.unlock()
        if let status = failures[url] {
            throw FakeHTTPError(status: status, url: url)
        }
        return FakeServer.bytes(for: url)
    }

    /// Lets `count` held fetches (present or future) through the gate.
    func open(_ count: Int) {
        for _ in 0..<count {
            gate?.signal()
        }
    }

    var peak: Int {
        lock.lock()
        defer { lock.unlock() }
        return highestInFlight
    }

    var requests: [String] {
        lock.lock()
        defer { lock.unlock() }
        return requested
    }
}

/// An in-memory disk. It records every save and notices a file written twice.
private final class MemoryDisk {
    private let lock = NSLock()
    private var stored: [String: Data] = [:]
    private var rewritten: [String] = []
    private var saveCalls = 0
    private let failingNames: Set<String>

    init(failingNames: Set<String> = []) {
        self.failingNames = failingNames
    }

    func save(_ name: String, _ data: Data) throws {
        if failingNames.contains(name) {
            throw FakeDiskError(name: name)
        }
        lock.lock()
        defer { lock.unlock() }
        saveCalls += 1
        if stored[name] != nil {
            rewritten.append(name)
        }
        stored[name] = data
    }

    var files: [String: Data] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }

    var overwrittenNames: [String] {
        lock.lock()
        defer { lock.unlock() }
        return rewritten
    }

    var saves: Int {
        lock.lock()
        defer { lock.unlock() }
        return saveCalls
    }
}

/// A value written by one thread and read by another, guarded by a lock.
private final class Mailbox<T> {
    private let lock = NSLock()
    private var stored: T?

    func put(_ value: T) {
        lock.lock()
        stored = value
        lock.unlock()
    }

    var contents: T? {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}

/// What `body` returns, or nil when it does not return within `seconds` (a deadlock fails the
/// test instead of hanging it).
private func value<T>(within seconds: Double, _ body: @escaping () -> T) -> T? {
    let mailbox = Mailbox<T>()
    let done = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
        mailbox.put(body())
        done.signal()
    }
    guard done.wait(timeout: .now() + seconds) == .success else { return nil }
    return mailbox.contents
}

private func urls(_ count: Int, prefix: String = "https://img.example.com/set") -> [String] {
    (1...count).map { "\(prefix)/picture\($0).jpg" }
}

final class FileNameTests: XCTestCase {
    func testFileNameIsTheLastPathComponent() {
        XCTAssertEqual(ImageDownloader.fileName(for: "https://example.com/cat.jpg"), "cat.jpg", "the file name is the last part of the path")
        XCTAssertEqual(ImageDownloader.fileName(for: "http://example.com/a/b/c/dog.png"), "dog.png", "only the last path component counts, however deep the path")
        XCTAssertEqual(ImageDownloader.fileName(for: "https://example.com/photos/tree.webp?size=large&v=2"), "tree.webp", "a ?query is not part of the file name")
        XCTAssertEqual(ImageDownloader.fileName(for: "https://example.com/photos/sun.gif#top"), "sun.gif", "a #fragment is not part of the file name")
        XCTAssertEqual(ImageDownloader.fileName(for: "https://example.com/raw/blob"), "blob", "a file name without an extension is fine")
    }

    func testFileNameRejectsURLsWithoutAFile() {
        for url in ["", "cat.jpg", "ftp://example.com/cat.jpg", "https://example.com", "https://example.com/", "https://example.com/photos/", "https://example.com?file=/x.jpg"] {
            XCTAssertNil(ImageDownloader.fileName(for: url), "\"\(url)\" is not an http(s) URL ending in a file name: expected nil")
        }
    }
}

final class DownloadTests: XCTestCase {
    func testDownloadsEveryURLAndSavesItsBytes() {
        let server = FakeServer()
        let disk = MemoryDisk()
        let downloader = ImageDownloader(maxConcurrent: 3, fetch: server.fetch, save: disk.save)
        let list = urls(7)
        guard let report = value(within: 8, { downloader.downloadAll(list) }) else {
            return XCTFail("downloadAll should return once every URL is done (no deadlock)")
        }
        XCTAssertEqual(report.saved, Dictionary(uniqueKeysWithValues: list.enumerated().map { ($1, "picture\($0 + 1).jpg") }), "every URL should be reported as saved under its own file name")
        XCTAssertEqual(report.failed, [:], "nothing failed")
        XCTAssertEqual(server.requests.sorted(), list.sorted(), "every URL should be fetched exactly once")
        XCTAssertEqual(disk.files, Dictionary(uniqueKeysWithValues: list.enumerated().map { ("picture\($0 + 1).jpg", FakeServer.bytes(for: $1)) }), "each file should hold exactly the bytes fetched from its own URL")
        XCTAssertEqual(disk.overwrittenNames, [], "no file may be written twice")
        let emptyServer = FakeServer()
        let emptyReport = value(within: 5) { ImageDownloader(maxConcurrent: 2, fetch: emptyServer.fetch, save: disk.save).downloadAll([]) }
        XCTAssertEqual(emptyReport?.saved, [:], "no URLs: nothing saved")
        XCTAssertEqual(emptyReport?.failed, [:], "no URLs: nothing failed")
        XCTAssertEqual(emptyServer.requests, [], "no URLs: nothing fetched")
    }

    func testFetchesRunConcurrentlyUpToTheLimit() {
        let server = FakeServer(holdsFetches: true)
        let disk = MemoryDisk()
        let downloader = ImageDownloader(maxConcurrent: 4, fetch: server.fetch, save: disk.save)
        let list = urls(8)
        let done = DispatchSemaphore(value: 0)
        let report = Mailbox<DownloadReport>()
        Thread.detachNewThread {
            report.put(downloader.downloadAll(list))
            done.signal()
        }
        let deadline = DispatchTime.now() + 4
        var inFlight = 0
        while inFlight < 4, server.arrived.wait(timeout: deadline) == .success {
            inFlight += 1
        }
        XCTAssertEqual(inFlight, 4, "with maxConcurrent 4, four fetches should be in progress at the same time (the fake server holds them open until all four have started)")
        server.open(list.count)
        XCTAssertTrue(done.wait(timeout: .now() + 4) == .success, "downloadAll should return once the fetches are released")
        XCTAssertEqual(report.contents?.saved.count, 8, "all 8 URLs should be saved once the server lets them through")
    }

    func testPeakConcurrencyNeverExceedsTheLimit() {
        for limit in [3, 1] {
            let server = FakeServer(holdsFetches: true)
            let disk = MemoryDisk()
            let downloader = ImageDownloader(maxConcurrent: limit, fetch: server.fetch, save: disk.save)
            let list = urls(9)
            let done = DispatchSemaphore(value: 0)
            Thread.detachNewThread {
                _ = downloader.downloadAll(list)
                done.signal()
            }
            let deadline = DispatchTime.now() + 4
            var inFlight = 0
            while inFlight < limit, server.arrived.wait(timeout: deadline) == .success {
                inFlight += 1
            }
            XCTAssertEqual(inFlight, limit, "with maxConcurrent \(limit), \(limit) fetch(es) should start while the server holds them")
            let extraStarted = server.arrived.wait(timeout: .now() + 0.5) == .success
            XCTAssertFalse(extraStarted, "with maxConcurrent \(limit) and \(limit) fetch(es) in progress, no further fetch may start")
            server.open(list.count)
            guard done.wait(timeout: .now() + 4) == .success else {
                return XCTFail("downloadAll should return once the fetches are released")
            }
            XCTAssertEqual(server.peak, limit, "at no moment may more than maxConcurrent (\(limit)) fetches be in progress")
            XCTAssertEqual(disk.files.count, 9, "every URL should still be downloaded")
        }
    }

    func testLimitBelowOneDownloadsOneAtATime() {
        let server = FakeServer(holdsFetches: true)
        let disk = MemoryDisk()
        let downloader = ImageDownloader(maxConcurrent: 0, fetch: server.fetch, save: disk.save)
        let done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            _ = downloader.downloadAll(urls(4))
            done.signal()
        }
        XCTAssertTrue(server.arrived.wait(timeout: .now() + 4) == .success, "with maxConcurrent 0 (counted as 1) one fetch should still start")
        XCTAssertFalse(server.arrived.wait(timeout: .now() + 0.5) == .success, "with maxConcurrent 0 (counted as 1) a second fetch must wait for the first")
        server.open(4)
        XCTAssertTrue(done.wait(timeout: .now() + 4) == .success, "downloadAll should return once the fetches are released")
        XCTAssertEqual(server.peak, 1, "a limit below 1 counts as 1: one fetch at a time")
        XCTAssertEqual(disk.files.count, 4, "every URL should still be downloaded")
    }
}

final class FailureTests: XCTestCase {
    func testFailuresAreReportedPerURLAndTheRestStillSucceed() {
        let list = urls(5)
        let server = FakeServer(failures: [list[1]: 404, list[3]: 500])
        let disk = MemoryDisk()
        let downloader = ImageDownloader(maxConcurrent: 2, fetch: server.fetch, save: disk.save)
        guard let report = value(within: 8, { downloader.downloadAll(list) }) else {
            return XCTFail("downloadAll should return once every URL is done (no deadlock)")
        }
        XCTAssertEqual(report.failed, [list[1]: "HTTP 404 for \(list[1])", list[3]: "HTTP 500 for \(list[3])"], "each failed URL should be reported with String(describing:) of the error its fetch threw")
        XCTAssertEqual(Set(report.saved.keys), [list[0], list[2], list[4]], "a failure must not stop the other downloads")
        XCTAssertEqual(Set(disk.files.keys), ["picture1.jpg", "picture3.jpg", "picture5.jpg"], "only the successful downloads are written")
    }

    func testInvalidURLsAreReportedWithoutBeingFetched() {
        let good = "https://example.com/ok.png"
        let bad = ["not a url", "https://example.com/", "ftp://example.com/file.png"]
        let server = FakeServer()
        let disk = MemoryDisk()
        let downloader = ImageDownloader(maxConcurrent: 2, fetch: server.fetch, save: disk.save)
        guard let report = value(within: 8, { downloader.downloadAll([bad[0], good, bad[1], bad[2]]) }) else {
            return XCTFail("downloadAll should return once every URL is done (no deadlock)")
        }
        XCTAssertEqual(report.failed, [bad[0]: "invalid URL", bad[1]: "invalid URL", bad[2]: "invalid URL"], "URLs without a file name are reported as \"invalid URL\"")
        XCTAssertEqual(report.saved, [good: "ok.png"], "the valid URL is still downloaded")
        XCTAssertEqual(server.requests, [good], "invalid URLs must never be fetched")
    }

    func testSaveFailureIsReportedForThatURL() {
        let list = urls(3)
        let server = FakeServer()
        let disk = MemoryDisk(failingNames: ["picture2.jpg"])
        let downloader = ImageDownloader(maxConcurrent: 3, fetch: server.fetch, save: disk.save)
        guard let report = value(within: 8, { downloader.downloadAll(list) }) else {
            return XCTFail("downloadAll should return once every URL is done (no deadlock)")
        }
        XCTAssertEqual(report.failed, [list[1]: "disk full while writing picture2.jpg"], "a URL whose file could not be saved is reported with String(describing:) of the save error")
        XCTAssertEqual(report.saved, [list[0]: "picture1.jpg", list[2]: "picture3.jpg"], "the other URLs are saved")
    }
}

final class NoLostOrDuplicateFileTests: XCTestCase {
    func testDuplicateURLsAreFetchedAndSavedOnlyOnce() {
        let a = "https://example.com/a.jpg"
        let b = "https://example.com/b.jpg"
        let server = FakeServer()
        let disk = MemoryDisk()
        let downloader = ImageDownloader(maxConcurrent: 4, fetch: server.fetch, save: disk.save)
        guard let report = value(within: 8, { downloader.downloadAll([a, b, a, a, b]) }) else {
            return XCTFail("downloadAll should return once every URL is done (no deadlock)")
        }
        XCTAssertEqual(server.requests.sorted(), [a, b], "a URL listed several times should be fetched only once")
        XCTAssertEqual(disk.saves, 2, "a URL listed several times should be saved only once")
        XCTAssertEqual(report.saved, [a: "a.jpg", b: "b.jpg"], "each distinct URL is reported once, under its own name (no a-2.jpg for a repeated URL)")
        XCTAssertEqual(disk.overwrittenNames, [], "no file may be written twice")
    }

    func testClashingFileNamesGetNumberedInInputOrder() {
        let list = [
            "https://one.example.com/x.jpg",
            "https://two.example.com/x.jpg",
            "https://one.example.com/raw/photo",
            "https://three.example.com/x.jpg?v=3",
            "https://two.example.com/raw/photo",
            "https://four.example.com/x-2.jpg",
        ]
        let server = FakeServer()
        let disk = MemoryDisk()
        let downloader = ImageDownloader(maxConcurrent: 3, fetch: server.fetch, save: disk.save)
        guard let report = value(within: 8, { downloader.downloadAll(list) }) else {
            return XCTFail("downloadAll should return once every URL is done (no deadlock)")
        }
        XCTAssertEqual(report.saved[list[0]], "x.jpg", "the first URL ending in x.jpg keeps the name")
        XCTAssertEqual(report.saved[list[1]], "x-2.jpg", "the second x.jpg, in input order, becomes x-2.jpg (the number goes before the extension)")
        XCTAssertEqual(report.saved[list[3]], "x-3.jpg", "the third x.jpg becomes x-3.jpg, whatever order the downloads finish in")
        XCTAssertEqual(report.saved[list[2]], "photo", "the first name without an extension keeps its name")
        XCTAssertEqual(report.saved[list[4]], "photo-2", "a clashing name without an extension gets -2 at the end")
        XCTAssertEqual(report.saved[list[5]], "x-2-2.jpg", "x-2.jpg is already taken by the second x.jpg, so this one needs a number of its own")
        XCTAssertEqual(Set(report.saved.values).count, list.count, "every URL must get a different file name")
        XCTAssertEqual(disk.overwrittenNames, [], "no file may overwrite another")
        for url in list {
            guard let name = report.saved[url] else { continue }
            XCTAssertEqual(disk.files[name], FakeServer.bytes(for: url), "\(name) should hold the bytes of \(url)")
        }
    }

    func testFolderSaverWritesFilesAndNeverOverwrites() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("downloader-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let existing = Data("precious".utf8)
        try existing.write(to: folder.appendingPathComponent("old.png"))
        let list = ["https://example.com/a/new.png", "https://example.com/b/new.png", "https://example.com/old.png"]
        let server = FakeServer()
        let downloader = ImageDownloader(maxConcurrent: 2, fetch: server.fetch, save: ImageDownloader.folderSaver(folder))
        guard let report = value(within: 8, { downloader.downloadAll(list) }) else {
            return XCTFail("downloadAll should return once every URL is done (no deadlock)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertEqual(names, ["new-2.png", "new.png", "old.png"], "the folder should hold the two new files and the file that was already there")
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("new.png")), FakeServer.bytes(for: list[0]), "new.png should hold the bytes of the first URL")
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("new-2.png")), FakeServer.bytes(for: list[1]), "new-2.png should hold the bytes of the second URL")
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("old.png")), existing, "a file already in the folder must never be overwritten")
        XCTAssertNotNil(report.failed[list[2]], "the URL whose file already exists should be reported as failed")
        XCTAssertEqual(Set(report.saved.keys), [list[0], list[1]], "the other two URLs are saved")
    }
}
