import Foundation
import GraderModel

/// Reads the results of a grading run back from its report folder, so every report can be
/// written again without regrading (`grade report --from DIR`).
///
/// `summary.json` when it is there; otherwise (a run stopped before its end leaves only these)
/// every `students/*.json`, in identifier order, with the course, title and sandbox level given
/// by the caller and the newest student file's time as the grading time.
public enum ReportReader {
    /// What a report rebuilt from `students/*.json` says where `summary.json` would have said it.
    public struct Fallback: Sendable {
        public var course: String
        public var title: String?
        public var sandbox: String

        public init(course: String, title: String? = nil, sandbox: String = "unknown") {
            self.course = course
            self.title = title
            self.sandbox = sandbox
        }
    }

    /// Where the results came from.
    public enum Source: Equatable, Sendable {
        case summary
        /// `students/*.json`: that many files.
        case studentFiles(Int)
    }

    public static func read(
        from folder: URL, fallback: Fallback
    ) throws(ReportInputError) -> (report: GradeReport, source: Source) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .notAFolder(folder.path)
        }
        let summary = folder.appendingPathComponent("summary.json")
        if FileManager.default.fileExists(atPath: summary.path) {
            let report = try decode(GradeReport.self, from: summary)
            guard report.schema == GradeReport.schemaID else {
                throw .wrongSchema(file: summary.path, found: report.schema)
            }
            return (report, .summary)
        }
        let files = studentFiles(in: folder.appendingPathComponent("students", isDirectory: true))
        guard !files.isEmpty else { throw .noResults(folder.path) }
        var students: [(StudentResult, URL)] = []
        var newest = Date(timeIntervalSince1970: 0)
        for file in files {
            students.append((try decode(StudentResult.self, from: file), file))
            let modified = (try? file.resourceValues(forKeys: [.contentModificationDateKey]))?.contentModificationDate
            newest = max(newest, modified ?? newest)
        }
        let byIdentifier = Dictionary(grouping: students, by: { $0.0.identifier })
        if let (identifier, copies) = byIdentifier.first(where: { $0.value.count > 1 }) {
            throw .duplicateStudent(identifier: identifier, files: copies.map(\.1.path).sorted())
        }
        let report = GradeReport(
            course: fallback.course, title: fallback.title, generatedAt: newest.roundedToSeconds,
            sandbox: fallback.sandbox,
            students: students.map(\.0).sorted { $0.identifier < $1.identifier })
        return (report, .studentFiles(files.count))
    }

    private static func studentFiles(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
            .map { folder.appendingPathComponent($0) }
    }

    private static func decode<T: Decodable>(_ type: T.Type, from file: URL) throws(ReportInputError) -> T {
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw .unreadable(file: file.path, reason: error.localizedDescription)
        }
        do {
            return try ReportJSON.decoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw .invalidJSON(file: file.path, reason: explain(error))
        } catch {
            throw .invalidJSON(file: file.path, reason: String(describing: error))
        }
    }

    /// A decoding error in words, with the JSON path it happened at.
    static func explain(_ error: DecodingError) -> String {
        func path(_ codingPath: [any CodingKey]) -> String {
            let text = codingPath.map { key in key.intValue.map { "[\($0)]" } ?? "." + key.stringValue }.joined()
            return text.isEmpty ? "the top level" : String(text.drop(while: { $0 == "." }))
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = context.codingPath.isEmpty ? "the top level" : path(context.codingPath)
            return "the key '\(key.stringValue)' is missing at \(parent)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong value at \(path(context.codingPath)): \(context.debugDescription)"
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return "\(context.debugDescription) at \(path(context.codingPath))"
                + (underlying.map { " (\($0))" } ?? "")
        @unknown default:
            return String(describing: error)
        }
    }
}

extension Date {
    /// Whole seconds, so the ISO-8601 text the reports write reads back as the same date.
    fileprivate var roundedToSeconds: Date {
        Date(timeIntervalSince1970: timeIntervalSince1970.rounded(.down))
    }
}
