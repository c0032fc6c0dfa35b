import CSV
import Foundation
import GraderModel

/// What `grade similarity` writes into its folder, for instructors only (nothing links to it from
/// the students' pages):
///
/// ```
/// <folder>/similarity.json   the whole SimilarityReport (grade-similarity/1)
/// <folder>/similarity.csv    one row per pair that shares code, most similar first per exercise
/// ```
public enum SimilarityFiles {
    public static let columns = [
        "exercise", "first", "second", "similarity", "first_coverage", "second_coverage", "shared_fingerprints",
        "longest_tokens", "first_lines", "second_lines",
    ]

    @discardableResult
    public static func write(_ report: SimilarityReport, to folder: URL) throws -> [URL] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let json = folder.appendingPathComponent("similarity.json")
        try ReportJSON.data(report).write(to: json, options: .atomic)
        let csv = folder.appendingPathComponent("similarity.csv")
        try Data(try render(report).utf8).write(to: csv, options: .atomic)
        return [json, csv]
    }

    /// `similarity.csv`: scores with three decimals, lines as `file:start-end`.
    public static func render(_ report: SimilarityReport) throws -> String {
        let stream = OutputStream.toMemory()
        let writer = try CSVWriter(stream: stream)
        try writer.write(row: columns)
        func lines(_ place: SharedFragment.Place?) -> String {
            place.map { "\($0.file):\($0.startLine)-\($0.endLine)" } ?? ""
        }
        for exercise in report.exercises {
            for pair in exercise.pairs {
                try writer.write(row: [
                    exercise.id, pair.first, pair.second, String(format: "%.3f", pair.similarity),
                    String(format: "%.3f", pair.firstCoverage), String(format: "%.3f", pair.secondCoverage),
                    String(pair.sharedFingerprints), pair.longest.map { String($0.tokens) } ?? "",
                    lines(pair.longest?.first), lines(pair.longest?.second),
                ])
            }
        }
        writer.stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data,
            let text = String(data: data, encoding: .utf8)
        else { throw CSVError.cannotWriteStream }
        return text + "\n"
    }
}
