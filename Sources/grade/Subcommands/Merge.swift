import ArgumentParser
import Foundation
import GraderReport

/// `grade merge OUT SHARD_DIR…`: one report from the shards of a grading.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract:
            "Write one report (summary.json, every page and export) from the folders of `grade --shard I/N` runs.",
        discussion: """
            Each SHARD_DIR is the --out of one shard. The merge refuses, naming the folder and the \
            problem, when a shard is incomplete (no shard.json: it did not finish), a student is in \
            two shards or in none given, or the shards graded different courses, versions of the \
            course, rosters, exercises or numbers of shards. Nothing is graded again.
            """)

    @Argument(help: "Where to write the merged reports.")
    var out: String

    @Argument(help: "The shards' report folders.")
    var shards: [String] = []

    func run() throws {
        let target = URL(fileURLWithPath: out).standardizedFileURL
        let folders = shards.map { URL(fileURLWithPath: $0).standardizedFileURL }
        if let inside = folders.first(where: { $0.path == target.path }) {
            throw ValidationError("OUT must not be one of the shard folders (\(inside.path)): name a new folder")
        }
        let report = try ShardMerger.merge(folders)
        let files = try ReportWriter.write(report, to: target)
        print("merged \(folders.count) shard(s): \(report.students.count) students, \(files.count) files")
        print("report: \(target.appendingPathComponent("index.html").path)")
        print("data:   \(target.appendingPathComponent("summary.json").path)")
    }
}
