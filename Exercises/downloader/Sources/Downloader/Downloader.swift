// The image downloader — starter code.
// Replace every `fatalError("TODO: …")` with your implementation.
// Keep the declarations exactly as they are: the grader's tests use them. You may add private
// properties, methods and types.

import Foundation

/// What happened to each URL. Given: do not change.
struct DownloadReport {
    /// URL → the file name its bytes were saved under.
    var saved: [String: String] = [:]
    /// URL → why it was not saved: "invalid URL", or the thrown error as String(describing:).
    var failed: [String: String] = [:]
}

final class ImageDownloader {
    /// Downloads the bytes at a URL (blocking, like Python's requests.get). May throw.
    typealias Fetch = (String) throws -> Data
    /// Stores bytes under a file name. May throw.
    typealias Save = (String, Data) throws -> Void

    /// `maxConcurrent`: the most fetches that may be in progress at the same time (a value
    /// below 1 counts as 1). `fetch` and `save` may be called from several threads at once.
    init(maxConcurrent: Int, fetch: @escaping Fetch, save: @escaping Save) {
        fatalError("TODO: ImageDownloader.init")
    }

    /// Fetches every URL, up to `maxConcurrent` at the same time, saves each one's bytes under
    /// its file name, and returns when all are done. See README.md for the exact rules (invalid
    /// URLs, duplicate URLs, file names that clash, failures).
    func downloadAll(_ urls: [String]) -> DownloadReport {
        fatalError("TODO: downloadAll")
    }

    /// The file name for `url`: the last component of its path, without any "?query" or
    /// "#fragment". nil unless the URL starts with "http://" or "https://" and has a non-empty
    /// last path component: fileName(for: "https://example.com/cats/tom.jpg?s=2") == "tom.jpg".
    static func fileName(for url: String) -> String? {
        fatalError("TODO: fileName(for:)")
    }

    /// A `Save` that writes each file into `folder`, and throws instead of overwriting a file
    /// that already exists there.
    static func folderSaver(_ folder: URL) -> Save {
        fatalError("TODO: folderSaver")
    }
}
