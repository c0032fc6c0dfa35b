import CSV
import Foundation
import GraderModel

/// What `grade similarity` writes into its folder, for instructors only (nothing links to it from
/// the students' pages):
///
/// ```
/// <folder>/index.html                     per exercise: a histogram of scores, the ranked pairs
/// <folder>/pairs/<exercise>/<rank>.html   two submissions side by side, shared lines marked
/// <folder>/similarity.json                the whole SimilarityReport (grade-similarity/1)
/// <folder>/similarity.csv                 one row per pair that shares code
/// ```
public enum SimilarityFiles {
    /// Pair pages written per exercise, most similar first; the JSON and CSV list every pair.
    public static let pagesPerExercise = 100

    /// `pairs/<exercise>/<rank>.html`, relative to the folder.
    public static func pairPath(exercise: String, rank: Int) -> String {
        "pairs/\(ReportWriter.fileName(for: exercise))/\(rank).html"
    }

    public static let columns = [
        "exercise", "first", "second", "similarity", "first_coverage", "second_coverage", "shared_fingerprints",
        "longest_tokens", "first_lines", "second_lines",
    ]

    @discardableResult
    public static func write(
        _ report: SimilarityReport, evidence: SimilarityEvidence = SimilarityEvidence(), to folder: URL
    ) throws -> [URL] {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let renderer = try HTMLRenderer()
        var written: [URL] = []
        func save(_ text: String, _ path: String) throws {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
            written.append(url)
        }
        try save(renderer.similarityIndex(SimilarityIndexPage(report)), "index.html")
        for exercise in report.exercises {
            let shared = evidence.shared[exercise.id] ?? []
            for (index, pair) in exercise.pairs.prefix(pagesPerExercise).enumerated() {
                let page = SimilarityPairPage(
                    pair, exercise: exercise.id, files: evidence.files[exercise.id] ?? [:],
                    shared: index < shared.count ? shared[index] : nil, caveat: report.caveat)
                try save(renderer.similarityPair(page), pairPath(exercise: exercise.id, rank: index + 1))
            }
        }
        let json = folder.appendingPathComponent("similarity.json")
        try ReportJSON.data(report).write(to: json, options: .atomic)
        let csv = folder.appendingPathComponent("similarity.csv")
        try Data(try render(report).utf8).write(to: csv, options: .atomic)
        return written + [json, csv]
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
