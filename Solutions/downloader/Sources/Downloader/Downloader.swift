// The image downloader — reference solution.

import Foundation

/// What happened to each URL.
struct DownloadReport {
    var saved: [String: String] = [:]
    var failed: [String: String] = [:]
}

final class ImageDownloader {
    typealias Fetch = (String) throws -> Data
    typealias Save = (String, Data) throws -> Void

    private let maxConcurrent: Int
    private let fetch: Fetch
    private let save: Save

    init(maxConcurrent: Int, fetch: @escaping Fetch, save: @escaping Save) {
        self.maxConcurrent = max(maxConcurrent, 1)
        self.fetch = fetch
        self.save = save
    }

    func downloadAll(_ urls: [String]) -> DownloadReport {
        // 1. Plan, on this thread and in input order, so that names never depend on timing:
        //    each distinct URL once, invalid ones reported, every file name unique.
        var report = DownloadReport()
        var seen = Set<String>()
        var takenNames = Set<String>()
        var jobs: [Job] = []
        for url in urls where seen.insert(url).inserted {
            guard let baseName = Self.fileName(for: url) else {
                report.failed[url] = "invalid URL"
                continue
            }
            let name = Self.uniqueName(for: baseName, avoiding: takenNames)
            takenNames.insert(name)
            jobs.append(Job(url: url, fileName: name))
        }

        // 2. Run: a fixed number of worker threads take jobs from a shared queue, so at most
        //    `maxConcurrent` fetches are ever in flight, and exactly that many while work remains.
        let state = SharedState(jobs: jobs, report: report)
        let workerCount = min(maxConcurrent, jobs.count)
        let finished = DispatchGroup()
        for _ in 0..<workerCount {
            finished.enter()
            let worker = Thread { [fetch, save] in
                while let job = state.nextJob() {
                    do {
                        let data = try fetch(job.url)
                        try save(job.fileName, data)
                        state.record(savedAs: job.fileName, for: job.url)
                    } catch {
                        state.record(failure: String(describing: error), for: job.url)
                    }
                }
                finished.leave()
            }
            worker.start()
        }
        finished.wait()                     // join every worker
        return state.finalReport()
    }

    static func fileName(for url: String) -> String? {
        guard let scheme = ["http://", "https://"].first(where: url.hasPrefix) else { return nil }
        var rest = url.dropFirst(scheme.count)
        if let cut = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            rest = rest[..<cut]
        }
        guard let pathStart = rest.firstIndex(of: "/") else { return nil }   // host only
        let name = rest[pathStart...].split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        return name.isEmpty ? nil : String(name)
    }

    static func folderSaver(_ folder: URL) -> Save {
        return { name, data in
            try data.write(to: folder.appendingPathComponent(name), options: .withoutOverwriting)
        }
    }

    // MARK: - Private

    private struct Job {
        let url: String
        let fileName: String
    }

    /// "x.jpg" if free, otherwise "x-2.jpg", "x-3.jpg", … (the suffix goes before the extension).
    private static func uniqueName(for baseName: String, avoiding taken: Set<String>) -> String {
        guard taken.contains(baseName) else { return baseName }
        var stem = Substring(baseName)
        var fileExtension = Substring("")
        if let dot = baseName.lastIndex(of: "."), dot != baseName.startIndex {
            stem = baseName[..<dot]
            fileExtension = baseName[dot...]
        }
        var counter = 2
        while taken.contains("\(stem)-\(counter)\(fileExtension)") {
            counter += 1
        }
        return "\(stem)-\(counter)\(fileExtension)"
    }

    /// The job queue and the report, shared by the worker threads and guarded by one lock.
    private final class SharedState {
        private let lock = NSLock()
        private let jobs: [Job]
        private var nextIndex = 0
        private var report: DownloadReport

        init(jobs: [Job], report: DownloadReport) {
            self.jobs = jobs
            self.report = report
        }

        func nextJob() -> Job? {
            lock.lock()
            defer { lock.unlock() }
            guard nextIndex < jobs.count else { return nil }
            defer { nextIndex += 1 }
            return jobs[nextIndex]
        }

        func record(savedAs fileName: String, for url: String) {
            lock.lock()
            report.saved[url] = fileName
            lock.unlock()
        }

        func record(failure: String, for url: String) {
            lock.lock()
            report.failed[url] = failure
            lock.unlock()
        }

        func finalReport() -> DownloadReport {
            lock.lock()
            defer { lock.unlock() }
            return report
        }
    }
}
