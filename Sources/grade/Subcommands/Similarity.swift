import ArgumentParser
import Foundation
import GraderCore
import GraderModel
import GraderReport

/// `grade similarity`: which graded submissions share code, per exercise, for instructors.
struct Similarity: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare every pair of students' graded submissions, per exercise (for instructors).",
        discussion: """
            Reads the commits graded from --results (a run's summary.json) and their files from the \
            clone cache in .grade/ beside grader.yml; nothing is fetched or built. Writes \
            index.html, a page per pair (both submissions side by side), similarity.json and \
            similarity.csv into --out. Names, literals, comments and layout are \
            ignored; the starter code and code more than --common-share of the class has never \
            count. A score is a reason to look at two submissions side by side, not a verdict.
            """)

    @Option(name: .long, help: "The course's grader.yml.")
    var config = "grader.yml"

    @Option(name: .long, help: "The report folder of the grading to compare (its --out).")
    var results = "reports"

    @Option(
        name: .long, help: "Where to write the pages, similarity.json and similarity.csv. Keep it away from students.")
    var out = "similarity"

    @Option(name: .long, help: "Compare only these exercises (ids, comma-separated).")
    var exercise: String?

    @Option(name: .long, help: "Code found in more than this share of the class does not count (0-1).")
    var commonShare = SimilaritySettings().commonShare

    func validate() throws {
        guard (0...1).contains(commonShare) else { throw ValidationError("--common-share must be between 0 and 1") }
    }

    func run() throws {
        let course = try ConfigLoader.load(URL(fileURLWithPath: config).standardizedFileURL)
        let (results, _) = try ReportReader.read(
            from: URL(fileURLWithPath: results).standardizedFileURL, fallback: .init(course: course.id))
        let wanted = exercise.map { Set($0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }) }
        if let unknown = wanted?.subtracting(course.exercises.map(\.id)).sorted(), !unknown.isEmpty {
            throw ValidationError("no exercise named \(unknown.joined(separator: ", ")) in \(config)")
        }
        var settings = SimilaritySettings()
        settings.commonShare = commonShare
        let outcome = ClassSimilarity.compute(course: course, results: results, settings: settings, exercises: wanted)
        for note in outcome.notes { FileHandle.standardError.write(Data("note: \(note)\n".utf8)) }
        let folder = URL(fileURLWithPath: out).standardizedFileURL
        try SimilarityFiles.write(outcome.report, evidence: outcome.evidence, to: folder)
        for exercise in outcome.report.exercises {
            let top =
                exercise.pairs.first.map {
                    String(format: " (highest %.2f: %@ and %@)", $0.similarity, $0.first, $0.second)
                } ?? ""
            let sharing = "\(exercise.pairs.count) pair(s) share code"
            print("\(exercise.id): \(exercise.submissions) submissions, \(sharing)\(top)")
        }
        print("pages: \(folder.appendingPathComponent("index.html").path) (for instructors only)")
        print("data:  \(folder.appendingPathComponent("similarity.json").path)")
        print(SimilarityReport.caveat)
    }
}
