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
        try library.register(IndexTemplate.html, named: "index")
        try library.register(StudentTemplate.html, named: "student")
        self.library = library
    }

    func index(_ report: GradeReport) throws -> String {
        try render(IndexPage(report), template: "index")
    }

    func student(_ student: StudentResult, in report: GradeReport) throws -> String {
        try render(StudentPage(student, in: report), template: "student")
    }

    private func render(_ page: Any, template name: String) throws -> String {
        guard let html = library.render(page, withTemplate: name) else {
            throw ReportError.missingTemplate(name)
        }
        return html
    }
}
