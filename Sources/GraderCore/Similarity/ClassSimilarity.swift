import Foundation
import GraderGit
import GraderModel

/// Similarity across a graded class (`grade similarity`): for each exercise, the Swift files each
/// student was graded on (the commit in the run's results, read from the clone cache in
/// `.grade/repos/`), compared pair by pair (`SimilarityComparer`) with the exercise's starter
/// code left out.
public enum ClassSimilarity {
    /// What could not be compared, for the instructor (a student's commit is missing from the
    /// clone cache, say); the report is written without them.
    public struct Outcome: Sendable {
        public var report: SimilarityReport
        /// The files compared and the shared lines of each pair, for the pages.
        public var evidence: SimilarityEvidence
        public var notes: [String]
    }

    public static func compute(
        course: Course, results: GradeReport, settings: SimilaritySettings = SimilaritySettings(),
        exercises wanted: Set<String>? = nil
    ) -> Outcome {
        var notes: [String] = []
        var exercises: [ExerciseSimilarity] = []
        var evidence = SimilarityEvidence()
        for exercise in course.exercises where wanted?.contains(exercise.id) ?? true {
            var submissions: [SimilarityComparer.Submission] = []
            for student in results.students {
                guard let result = student.exercises.first(where: { $0.id == exercise.id }),
                    result.status != .missing,
                    let commit = result.submission?.commit ?? student.commit
                else { continue }
                let clone = course.stateFolder.appendingPathComponent(
                    "repos/\(StudentFileName.make(for: student.identifier))", isDirectory: true)
                do {
                    let files = try Git.files(in: clone, commit: commit, under: exercise.studentSourcePath)
                        .filter { $0.path.hasSuffix(".swift") && $0.kind != .submodule }
                        .compactMap { file in file.text.map { (path: file.path, source: $0) } }
                    if !files.isEmpty { submissions.append(.init(student: student.identifier, files: files)) }
                } catch {
                    notes.append(
                        "\(student.identifier) × \(exercise.id): left out, commit \(commit.prefix(7)) is not in "
                            + "\(clone.path) (\(error)); grade again to fetch it")
                }
            }
            let starter = LocalFiles.swiftSources(in: exercise.starterFolder)
            let (result, shared) = SimilarityComparer(settings: settings).compareWithEvidence(
                exercise: exercise.id, submissions: submissions, starter: starter)
            exercises.append(result)
            evidence.shared[exercise.id] = shared
            evidence.files[exercise.id] = Dictionary(
                uniqueKeysWithValues: submissions.map { submission in
                    (
                        submission.student,
                        submission.files.sorted { $0.path < $1.path }.map {
                            SimilarityEvidence.File(path: $0.path, text: $0.source)
                        }
                    )
                })
        }
        return Outcome(
            report: SimilarityReport(
                course: course.id, generatedAt: Date(), settings: settings, exercises: exercises),
            evidence: evidence, notes: notes)
    }
}
