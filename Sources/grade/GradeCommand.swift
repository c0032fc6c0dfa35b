import ArgumentParser

@main
struct GradeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade students' Swift exercises against hidden XCTest suites.",
        discussion: """
            Run `grade --config grader.yml` to grade every student on the course's roster; reports \
            go to ./reports (index.html, summary.json, students/, grades.csv).
            """,
        subcommands: [Run.self, Check.self, Template.self, Report.self],
        defaultSubcommand: Run.self
    )
}
