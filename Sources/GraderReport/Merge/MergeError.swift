/// Why `grade merge` refused: the shards' folders do not make one grading.
public enum MergeError: Error, Equatable, CustomStringConvertible {
    case noShards
    /// A shard's folder has no `shard.json`, no `summary.json`, or results for other students than
    /// its `shard.json` lists.
    case incomplete(folder: String, reason: String)
    /// A shard's folder could not be read.
    case unreadable(folder: String, reason: String)
    /// Two shards disagree on `what` (the course, its version, the number of shards …).
    case mismatch(what: String, first: (folder: String, value: String), second: (folder: String, value: String))
    /// The same shard given twice.
    case duplicateShard(shard: String, folders: [String])
    /// A student graded by more than one shard.
    case duplicateStudent(identifier: String, folders: [String])
    /// Students of the grading that no given shard holds, and the shards not given.
    case missingStudents([String], missingShards: [String])

    public var description: String {
        switch self {
        case .noShards:
            "no shard folders given: grade merge OUT SHARD_DIR… (each SHARD_DIR the --out of a `grade --shard I/N` run)"
        case .incomplete(let folder, let reason):
            "\(folder): this shard is incomplete (\(reason)); run its `grade --shard I/N` again into this folder, then merge"
        case .unreadable(let folder, let reason):
            "\(folder): cannot read this shard: \(reason)"
        case .mismatch(let what, let first, let second):
            "the shards graded different \(what): \(first.folder) has '\(first.value)', \(second.folder) has "
                + "'\(second.value)'; grade every shard of one merge with the same course, roster and options"
        case .duplicateShard(let shard, let folders):
            "shard \(shard) is given twice: \(folders.joined(separator: ", ")); give each shard's folder once"
        case .duplicateStudent(let identifier, let folders):
            "student '\(identifier)' was graded by more than one shard: \(folders.joined(separator: ", "))"
        case .missingStudents(let students, let shards):
            "\(students.count) student(s) are in no shard given"
                + (shards.isEmpty ? "" : " (missing shard(s): \(shards.joined(separator: ", ")))") + ": "
                + students.prefix(10).joined(separator: ", ") + (students.count > 10 ? ", …" : "")
        }
    }

    public static func == (lhs: MergeError, rhs: MergeError) -> Bool {
        lhs.description == rhs.description
    }
}
