import XCTest
import Foundation
@testable import Downloader

final class DownloaderPublicTests: XCTestCase {
    func testFileNameOfASimpleURL() {
        XCTAssertEqual(ImageDownloader.fileName(for: "https://example.com/images/owl.jpg"), "owl.jpg", "the file name is the last part of the path")
    }

    func testDownloadTwoImagesIntoADictionary() {
        let lock = NSLock()
        var files: [String: Data] = [:]
        let downloader = ImageDownloader(
            maxConcurrent: 2,
            fetch: { url in Data(url.utf8) },
            save: { name, data in
                lock.lock()
                files[name] = data
                lock.unlock()
            })
        let report = downloader.downloadAll(["https://example.com/a.png", "https://example.com/b.png"])
        XCTAssertEqual(report.saved, ["https://example.com/a.png": "a.png", "https://example.com/b.png": "b.png"], "both URLs are saved under their file names")
        XCTAssertEqual(files.count, 2, "two files were written")
    }
}
