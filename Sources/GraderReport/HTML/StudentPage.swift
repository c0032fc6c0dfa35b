import GraderModel

/// What `StudentTemplate` shows: one student's results and nothing of any other student (no class
/// averages either), so the page can be published on its own. Plain strings, already formatted
/// and clipped; the template escapes.
///
/// Field names are unique across nesting levels on purpose (see `IndexPage`).
struct StudentPage {
    struct Test {
        let testName: String
        let testTone: String
        let testStatusLabel: String
        let testScore: String
        let testMax: String
        let testDuration: String
        let testMessage: String?
    }

    struct DiagnosticEntry {
        let diagnosticPlace: String?
        let diagnosticLine: String?
        let diagnosticColumn: String?
        let diagnosticSeverity: String?
        let diagnosticMessage: String
        let diagnosticExcerpt: String?
    }

    struct Exercise {
        let exerciseID: String
        let exerciseAnchor: String
        let exerciseTone: String
        let exerciseStatusLabel: String
        let exerciseScore: String
        let exerciseMax: String
        let exerciseHint: String
        let exerciseLate: LateFacts?
        let exerciseMessage: String?
        /// Which rules on student code grader.yml lifted for this exercise, in words.
        let exerciseAllowed: String?
        let hasDiagnostics: Bool
        let diagnostics: [DiagnosticEntry]
        let diagnosticsNotice: String?
        let hasTests: Bool
        let testsOpen: Bool
        let testsSummary: String
        let tests: [Test]
        let output: String?
        let outputNotice: String?
    }

    let pageTitle: String
    let generatedAt: String
    let sandbox: String
    let jsonHref: String
    let identifier: String
    let gitHub: String?
    let repository: String?
    let repositoryURL: String?
    let commit: String?
    let commitURL: String?
    /// The commit at the remote's HEAD when fetched, when a deadline made the grader take another.
    let headCommit: String?
    let headURL: String?
    let score: String
    let maxScore: String
    let percent: String
    let hasExercises: Bool
    let exercises: [Exercise]

    init(_ student: StudentResult, in report: GradeReport) {
        let limit = ReportText.nameLimit
        let address = student.repository.map(RepositoryAddress.init)
        pageTitle = ReportText.clipped(report.displayTitle, limit: limit)
        generatedAt = ReportText.timestamp(report.generatedAt)
        sandbox = ReportText.clipped(report.sandbox, limit: limit)
        jsonHref = ReportWriter.fileName(for: student.identifier) + ".json"
        identifier = ReportText.clipped(student.identifier, limit: limit)
        gitHub = ReportText.clipped(student.githubUsername, limit: limit)
        repository = ReportText.clipped(address?.display, limit: limit)
        repositoryURL = address?.webURL
        commit = ReportText.clipped(student.commit, limit: limit)
        commitURL = address?.commitURL(student.commit)
        let newerHead = student.head.flatMap { $0 == student.commit ? nil : $0 }
        headCommit = ReportText.clipped(newerHead, limit: limit)
        headURL = address?.commitURL(newerHead)
        score = ReportText.points(student.score)
        maxScore = ReportText.points(student.maxScore)
        percent = ReportText.percent(student.score, of: student.maxScore)
        exercises = student.exercises.map { Self.exercise($0, address: address) }
        hasExercises = !exercises.isEmpty
    }

    private static func exercise(_ exercise: ExerciseResult, address: RepositoryAddress?) -> Exercise {
        let diagnostics = ReportText.cut(
            ReportText.readable(exercise.diagnostics ?? ""), limit: ReportText.longTextLimit)
        let output = exercise.output.map { ReportText.cut(ReportText.readable($0), limit: ReportText.outputLimit) }
        let entries = Diagnostic.parse(diagnostics.text).map(Self.diagnostic)
        let passed = exercise.tests.filter { $0.status == .passed }.count
        return Exercise(
            exerciseID: ReportText.clipped(exercise.id, limit: ReportText.nameLimit),
            exerciseAnchor: "ex-" + ReportWriter.fileName(for: exercise.id),
            exerciseTone: Tone.of(exercise),
            exerciseStatusLabel: ReportText.label(exercise.status.rawValue),
            exerciseScore: ReportText.points(exercise.score),
            exerciseMax: ReportText.points(exercise.maxScore),
            exerciseHint: hint(exercise, passed: passed) + lateHint(exercise.submission),
            exerciseLate: exercise.submission.map { LateFacts($0, score: exercise.score, address: address) },
            exerciseMessage: ReportText.clipped(ReportText.readable(exercise.message), limit: ReportText.messageLimit),
            exerciseAllowed: ReportText.allowances(exercise.allowed),
            hasDiagnostics: !entries.isEmpty,
            diagnostics: entries,
            diagnosticsNotice: diagnostics.notice,
            hasTests: !exercise.tests.isEmpty,
            testsOpen: passed < exercise.tests.count,
            testsSummary: summary(exercise.tests, passed: passed),
            tests: exercise.tests.map(Self.test),
            output: output?.text,
            outputNotice: output?.notice)
    }

    /// One short sentence: what to look at first.
    private static func hint(_ exercise: ExerciseResult, passed: Int) -> String {
        let total = exercise.tests.count
        switch exercise.status {
        case .graded where passed == total:
            return total == 1 ? "its test passes" : "all \(total) tests pass"
        case .graded:
            return "\(total - passed) of \(total) tests do not pass"
        case .compileError:
            let first = Diagnostic.parse(exercise.diagnostics ?? "").first { $0.severity == "error" }
            if let first, let place = first.place {
                let line = first.line.map { " line \($0)" } ?? ""
                return ReportText.clipped(
                    "does not compile: \(place)\(line): \(first.message)", limit: 200, marker: "…")
            }
            return "does not compile"
        case .missing, .rejected, .error:
            let firstLine = exercise.message?.split(separator: "\n").first.map(String.init) ?? ""
            return ReportText.clipped(ReportText.readable(firstLine), limit: 200, marker: "…")
        }
    }

    /// `; 2 days late: −20%` for a late exercise; nothing otherwise.
    private static func lateHint(_ submission: Submission?) -> String {
        guard let submission, submission.daysLate > 0 else { return "" }
        let days = submission.daysLate == 1 ? "1 day" : "\(submission.daysLate) days"
        return "; \(days) late: −\(ReportText.number(submission.penaltyPercent))%"
    }

    private static func summary(_ tests: [TestResult], passed: Int) -> String {
        var parts = ["\(passed) passed"]
        for status in TestStatus.allCases where status != .passed {
            let count = tests.filter { $0.status == status }.count
            if count > 0 { parts.append("\(count) \(ReportText.label(status.rawValue))") }
        }
        let noun = tests.count == 1 ? "test" : "tests"
        return "\(tests.count) hidden \(noun): " + parts.joined(separator: ", ")
    }

    private static func diagnostic(_ diagnostic: Diagnostic) -> DiagnosticEntry {
        DiagnosticEntry(
            diagnosticPlace: diagnostic.place.map { ReportText.clipped($0, limit: ReportText.nameLimit) },
            diagnosticLine: diagnostic.line.map(String.init),
            diagnosticColumn: diagnostic.column.map(String.init),
            diagnosticSeverity: diagnostic.severity.isEmpty ? nil : diagnostic.severity,
            diagnosticMessage: diagnostic.message,
            diagnosticExcerpt: diagnostic.excerpt.isEmpty ? nil : diagnostic.excerpt.joined(separator: "\n"))
    }

    private static func test(_ test: TestResult) -> Test {
        Test(
            testName: ReportText.clipped(test.name, limit: ReportText.nameLimit),
            testTone: Tone.of(test),
            testStatusLabel: ReportText.label(test.status.rawValue),
            testScore: ReportText.points(test.score),
            testMax: ReportText.points(test.maxScore),
            testDuration: ReportText.seconds(test.duration),
            testMessage: ReportText.clipped(ReportText.readable(test.message), limit: ReportText.messageLimit))
    }
}
