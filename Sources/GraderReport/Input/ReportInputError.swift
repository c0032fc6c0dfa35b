/// Why `ReportReader` could not read a report folder. Each names the file and what to do.
public enum ReportInputError: Error, Equatable, CustomStringConvertible {
    /// The folder does not exist or is not a folder.
    case notAFolder(String)
    /// Neither `summary.json` nor any `students/*.json` is there.
    case noResults(String)
    /// A file could not be read at all.
    case unreadable(file: String, reason: String)
    /// A file is not valid JSON, or not the `grade-report/1` shape.
    case invalidJSON(file: String, reason: String)
    /// `summary.json` declares another schema.
    case wrongSchema(file: String, found: String)
    /// Two student files hold the same identifier.
    case duplicateStudent(identifier: String, files: [String])

    public var description: String {
        switch self {
        case .notAFolder(let path):
            "\(path): no such folder; pass the --out folder of a grading run to --from"
        case .noResults(let path):
            "\(path): no summary.json and no students/*.json in this folder; "
                + "pass the --out folder of a grading run to --from"
        case .unreadable(let file, let reason):
            "\(file): cannot read it: \(reason)"
        case .invalidJSON(let file, let reason):
            "\(file): not a grade-report/1 result: \(reason); regrade to write it again, or remove it"
        case .wrongSchema(let file, let found):
            "\(file): schema is '\(found)', expected 'grade-report/1'; "
                + "this grade writes and reads grade-report/1 only"
        case .duplicateStudent(let identifier, let files):
            "student '\(identifier)' appears in more than one file: \(files.joined(separator: ", ")); remove all but one"
        }
    }
}
