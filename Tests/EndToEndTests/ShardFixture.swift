import Foundation
import GraderTestSupport
import XCTest

/// A course of eight fake students for the shard tests: every kind of outcome (full marks, the
/// starter, code that does not compile, no repository), each kind twice.
struct ShardFixture {
    let course: FixtureCourse
    var folder: URL { course.folder.url }

    init() throws {
        course = try FixtureCourse()
        var rows: [(identifier: String, repository: String)] = []
        for index in 0..<8 {
            let identifier = "s\(index)@example.edu"
            guard index % 4 != 3 else {
                rows.append((identifier, "students/nobody-\(index)"))
                continue
            }
            let student = try GitFixture(at: folder.appendingPathComponent("students/s\(index)"))
            let source = [
                FixtureCourse.solution + "// s\(index)\n", FixtureCourse.starter,
                "func add(_ a: Int, _ b: Int) -> Int { a + }\n",
            ][index % 4]
            try student.write(source, to: "Sources/Calc/Calc.swift")
            _ = try student.commit("work of s\(index)")
            rows.append((identifier, "students/s\(index)"))
        }
        try course.writeRoster(rows)
    }

    func remove() { course.folder.remove() }

    /// `summary.json` of `folder` without what differs between two gradings of the same thing:
    /// the time, test durations, where results came from (the cache's counts and marks), and the
    /// addresses in crashes' stack traces.
    static func comparable(_ folder: URL) throws -> NSDictionary {
        let data = try Data(contentsOf: folder.appendingPathComponent("summary.json"))
        func strip(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                return object.filter { !["generated_at", "duration", "cache", "cached"].contains($0.key) }
                    .mapValues(strip)
            }
            if let array = value as? [Any] { return array.map(strip) }
            // A crash's stack trace has addresses that change with every process (ASLR).
            if let text = value as? String {
                return text.replacingOccurrences(of: "0x[0-9a-f]+", with: "0x…", options: .regularExpression)
            }
            return value
        }
        return try XCTUnwrap(strip(try JSONSerialization.jsonObject(with: data)) as? NSDictionary)
    }

    /// Fails, showing the first lines that differ, unless `merged` and `single` hold the same
    /// results (`comparable`).
    static func assertSameResults(_ merged: URL, _ single: URL, line: UInt = #line) throws {
        func lines(_ folder: URL) throws -> [Substring] {
            let data = try JSONSerialization.data(
                withJSONObject: comparable(folder), options: [.sortedKeys, .prettyPrinted])
            return String(decoding: data, as: UTF8.self).split(separator: "\n")
        }
        let (one, two) = (try lines(merged), try lines(single))
        guard one != two else { return }
        let first = (0..<min(one.count, two.count)).first { one[$0] != two[$0] } ?? min(one.count, two.count)
        let mine = one[first...].prefix(8).joined(separator: "\n")
        let theirs = two[first...].prefix(8).joined(separator: "\n")
        XCTFail("merged and single differ from line \(first):\n\(mine)\n---- single:\n\(theirs)", line: line)
    }

    /// `grade` started in the background with `arguments`; its output goes to `log`.
    static func start(_ arguments: [String], log: URL, environment: [String: String] = [:]) throws -> Process {
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = CommandLineTests.executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let handle = try FileHandle(forWritingTo: log)
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        return process
    }
}
