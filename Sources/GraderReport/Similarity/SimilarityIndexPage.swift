import Foundation
import GraderModel

/// `similarity/index.html`: per exercise, a histogram of every pair's score and the pairs that
/// share code, most similar first (at most `SimilarityFiles.pagesPerExercise` of them).
struct SimilarityIndexPage {
    struct Unparsed {
        let unparsedStudent: String
        let unparsedFiles: String
    }

    struct Row {
        let rank: Int
        let first: String
        let second: String
        let similarity: String
        let firstCoverage: String
        let secondCoverage: String
        let longest: String
        let href: String
    }

    struct Section {
        let exerciseID: String
        let anchor: String
        let submissions: Int
        let pairCount: Int
        let shownNote: String?
        let histogramBars: [Charts.Histogram.Bar]
        let histogramDescription: String
        let hasUnparsed: Bool
        let unparsed: [Unparsed]
        let hasPairs: Bool
        let rows: [Row]
    }

    let pageTitle: String
    let generatedAt: String
    let settingsText: String
    let caveat: String
    let exercises: [Section]

    init(_ report: SimilarityReport) {
        pageTitle = report.course
        generatedAt = ReportText.timestamp(report.generatedAt)
        settingsText =
            "runs of \(report.settings.k) tokens, window \(report.settings.window), code in more than "
            + "\(Int(report.settings.commonShare * 100)) % of the class left out"
        caveat = report.caveat
        exercises = report.exercises.map { exercise in
            let histogram = Charts.Histogram(bins: exercise.histogram, counting: "Pairs by similarity (%)")
            let shown = exercise.pairs.prefix(SimilarityFiles.pagesPerExercise)
            return Section(
                exerciseID: exercise.id, anchor: ReportWriter.fileName(for: exercise.id),
                submissions: exercise.submissions, pairCount: exercise.pairs.count,
                shownNote: shown.count < exercise.pairs.count ? "the \(shown.count) most similar shown" : nil,
                histogramBars: histogram.histogramBars, histogramDescription: histogram.histogramDescription,
                hasUnparsed: !exercise.unparsed.isEmpty,
                unparsed: exercise.unparsed.sorted { $0.key < $1.key }.map {
                    Unparsed(unparsedStudent: $0.key, unparsedFiles: $0.value.joined(separator: ", "))
                },
                hasPairs: !shown.isEmpty,
                rows: shown.enumerated().map { index, pair in
                    Row(
                        rank: index + 1, first: pair.first, second: pair.second,
                        similarity: Self.percent(pair.similarity), firstCoverage: Self.percent(pair.firstCoverage),
                        secondCoverage: Self.percent(pair.secondCoverage),
                        longest: pair.longest.map { "\($0.tokens) tokens" } ?? "",
                        href: SimilarityFiles.pairPath(exercise: exercise.id, rank: index + 1))
                })
        }
    }

    static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded())) %"
    }
}
