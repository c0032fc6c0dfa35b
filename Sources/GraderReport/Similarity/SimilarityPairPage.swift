import Foundation
import GraderModel

/// `similarity/pairs/<exercise>/<rank>.html`: two submissions side by side, every line that holds
/// code both share marked, the longest shared run marked darker.
struct SimilarityPairPage {
    struct Line {
        let number: Int
        let text: String
        let shared: Bool
        let longest: Bool
    }

    struct File {
        let path: String
        let lines: [Line]
    }

    struct Side {
        let student: String
        let files: [File]
    }

    let exerciseID: String
    let anchor: String
    let first: String
    let second: String
    let similarity: String
    let firstCoverage: String
    let secondCoverage: String
    let longest: String
    let caveat: String
    let sides: [Side]

    init(
        _ pair: SimilarPair, exercise: String, files: [String: [SimilarityEvidence.File]],
        shared: SimilarityEvidence.SharedLines?, caveat: String
    ) {
        exerciseID = exercise
        anchor = ReportWriter.fileName(for: exercise)
        first = pair.first
        second = pair.second
        similarity = SimilarityIndexPage.percent(pair.similarity)
        firstCoverage = SimilarityIndexPage.percent(pair.firstCoverage)
        secondCoverage = SimilarityIndexPage.percent(pair.secondCoverage)
        longest = pair.longest.map { "\($0.tokens) tokens" } ?? "none"
        self.caveat = caveat
        func side(_ student: String, _ lines: [String: Set<Int>], _ longest: SharedFragment.Place?) -> Side {
            Side(
                student: student,
                files: (files[student] ?? []).map { file in
                    let text = file.text.hasSuffix("\n") ? String(file.text.dropLast()) : file.text
                    return File(
                        path: file.path,
                        lines: text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
                            index, line in
                            let number = index + 1
                            let inLongest =
                                longest.map { $0.file == file.path && ($0.startLine...$0.endLine).contains(number) }
                                ?? false
                            return Line(
                                number: number, text: String(line),
                                shared: lines[file.path]?.contains(number) ?? false, longest: inLongest)
                        })
                })
        }
        sides = [
            side(pair.first, shared?.first ?? [:], pair.longest?.first),
            side(pair.second, shared?.second ?? [:], pair.longest?.second),
        ]
    }
}
