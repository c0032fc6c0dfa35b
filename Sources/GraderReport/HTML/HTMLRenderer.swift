import GraderModel
import Mustache

/// Renders the HTML pages from the mustache templates in `Templates/`.
///
/// Every value goes through `{{…}}`, which HTML-escapes `<`, `>`, `&`, `"` and `'`.
struct HTMLRenderer: Sendable {
    private let library: MustacheLibrary

    init() throws {
        var library = MustacheLibrary()
        try library.register(Stylesheet.css, named: "stylesheet")
        try library.register(PageHead.html, named: "head")
        try library.register(SortScript.js, named: "sortScript")
        try library.register(ChartTemplates.histogram, named: "histogram")
        try library.register(ChartTemplates.passRates, named: "passRates")
        try library.register(IndexTemplate.html, named: "index")
        try library.register(StudentTemplate.html, named: "student")
        try library.register(ExerciseTemplate.html, named: "exercise")
        try library.register(JUnitTemplate.xml, named: "junit")
        try library.register(SimilarityTemplates.style, named: "similarityStyle")
        try library.register(SimilarityTemplates.index, named: "similarityIndex")
        try library.register(SimilarityTemplates.pair, named: "similarityPair")
        self.library = library
    }

    func index(_ report: GradeReport) throws -> String {
        try render(IndexPage(report), template: "index")
    }

    func student(_ student: StudentResult, in report: GradeReport) throws -> String {
        try render(StudentPage(student, in: report), template: "student")
    }

    func exercise(_ exercise: ExerciseStatistics, in report: GradeReport) throws -> String {
        try render(ExercisePage(exercise, in: report), template: "exercise")
    }

    /// JUnit XML: the same escaping is right for XML (`&#39;` and `&quot;` are XML too); the
    /// values were made XML-safe by `JUnitReport`.
    func junit(_ student: StudentResult, in report: GradeReport) throws -> String {
        try render(JUnitReport(student, in: report), template: "junit")
    }

    func similarityIndex(_ page: SimilarityIndexPage) throws -> String {
        try render(page, template: "similarityIndex")
    }

    func similarityPair(_ page: SimilarityPairPage) throws -> String {
        try render(page, template: "similarityPair")
    }

    private func render(_ page: Any, template name: String) throws -> String {
        guard let text = library.render(page, withTemplate: name) else {
            throw ReportError.missingTemplate(name)
        }
        return text
    }
}
