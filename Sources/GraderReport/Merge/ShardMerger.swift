import Foundation
import GraderModel

/// Puts the results of the shards of one grading (`grade --shard I/N`, one `--out` folder each)
/// back into one report, the report a single run over the whole roster would have written (apart
/// from timing: its time is the earliest shard's, test durations are each shard's own). Refuses,
/// saying which folder and what, unless the folders are every shard of one grading, each complete.
public enum ShardMerger {
    /// One shard's folder, read.
    struct ShardFolder {
        var path: String
        var manifest: ShardManifest
        var report: GradeReport
    }

    public static func merge(_ folders: [URL]) throws(MergeError) -> GradeReport {
        guard !folders.isEmpty else { throw .noShards }
        let shards = try folders.map { folder throws(MergeError) in try read(folder) }
        let first = shards[0]
        for shard in shards.dropFirst() {
            try agree("courses", \.manifest.course, first, shard)
            try agree("versions of the course (grader.yml, Exercises/)", \.manifest.courseVersion, first, shard)
            try agree("numbers of shards", { "\($0.manifest.count)" }, first, shard)
            try agree("exercises", { $0.manifest.exercises.joined(separator: ",") }, first, shard)
            try agree(
                "rosters", { "\($0.manifest.roster.count) students, " + digest($0.manifest.roster) }, first, shard)
            try agree("sandbox levels", \.report.sandbox, first, shard)
            try agree("deadlines (--at)", { $0.report.deadline.map { "\($0)" } ?? "none" }, first, shard)
        }
        let byShard = Dictionary(grouping: shards, by: \.manifest.shard)
        if let (number, copies) = byShard.first(where: { $0.value.count > 1 }) {
            throw .duplicateShard(shard: "\(number)/\(first.manifest.count)", folders: copies.map(\.path))
        }
        var owner: [String: String] = [:]
        var students: [String: StudentResult] = [:]
        for shard in shards {
            for student in shard.report.students {
                if let other = owner[student.identifier] {
                    throw .duplicateStudent(identifier: student.identifier, folders: [other, shard.path])
                }
                owner[student.identifier] = shard.path
                students[student.identifier] = student
            }
        }
        let roster = first.manifest.roster
        let missing = roster.filter { students[$0] == nil }
        guard missing.isEmpty else {
            let count = first.manifest.count
            let absent = (1...count).filter { byShard[$0] == nil }.map { "\($0)/\(count)" }
            throw .missingStudents(missing, missingShards: absent)
        }
        let cache = shards.map(\.report.cache).reduce(CacheCounts?.some(CacheCounts())) { total, counts in
            guard let total, let counts else { return nil }
            return CacheCounts(hits: total.hits + counts.hits, misses: total.misses + counts.misses)
        }
        return GradeReport(
            course: first.report.course, title: first.report.title,
            generatedAt: shards.map(\.report.generatedAt).min() ?? first.report.generatedAt,
            sandbox: first.report.sandbox, students: roster.compactMap { students[$0] },
            deadline: first.report.deadline, cache: cache)
    }

    static func read(_ folder: URL) throws(MergeError) -> ShardFolder {
        let path = folder.path
        let manifestFile = folder.appendingPathComponent(ShardManifest.fileName)
        guard FileManager.default.fileExists(atPath: manifestFile.path) else {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                throw .incomplete(folder: path, reason: "no such folder: the shard never ran, or failed before writing")
            }
            throw .incomplete(
                folder: path,
                reason: "no \(ShardManifest.fileName): the shard did not finish, or this is not a shard's --out")
        }
        let manifest: ShardManifest
        do {
            manifest = try ReportJSON.decoder().decode(ShardManifest.self, from: Data(contentsOf: manifestFile))
        } catch {
            throw .unreadable(folder: path, reason: "\(ShardManifest.fileName) is not a grade-shard/1 file: \(error)")
        }
        guard manifest.schema == ShardManifest.schemaID else {
            throw .unreadable(
                folder: path,
                reason:
                    "\(ShardManifest.fileName) has schema '\(manifest.schema)', expected '\(ShardManifest.schemaID)'")
        }
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("summary.json").path) else {
            throw .incomplete(folder: path, reason: "no summary.json")
        }
        let report: GradeReport
        do {
            report = try ReportReader.read(from: folder, fallback: .init(course: manifest.course)).report
        } catch {
            throw .unreadable(folder: path, reason: error.description)
        }
        let graded = report.students.map(\.identifier)
        guard graded == manifest.students else {
            let absent = Set(manifest.students).subtracting(graded).sorted()
            let extra = Set(graded).subtracting(manifest.students).sorted()
            let said =
                absent.isEmpty
                ? "results for students it does not list: \(extra.prefix(5).joined(separator: ", "))"
                : "no result for \(absent.prefix(5).joined(separator: ", "))"
            throw .incomplete(folder: path, reason: "summary.json does not match \(ShardManifest.fileName): \(said)")
        }
        guard report.course == manifest.course else {
            throw .incomplete(
                folder: path,
                reason:
                    "summary.json is of course '\(report.course)', \(ShardManifest.fileName) of '\(manifest.course)'")
        }
        return ShardFolder(path: path, manifest: manifest, report: report)
    }

    private static func agree(
        _ what: String, _ value: (ShardFolder) -> String, _ first: ShardFolder, _ other: ShardFolder
    ) throws(MergeError) {
        let (one, two) = (value(first), value(other))
        guard one == two else {
            throw .mismatch(what: what, first: (first.path, one), second: (other.path, two))
        }
    }

    /// A short, order-sensitive fingerprint of a list of identifiers, for messages.
    private static func digest(_ identifiers: [String]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in identifiers.joined(separator: "\n").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return String(hash, radix: 16)
    }
}
