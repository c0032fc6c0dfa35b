import ArgumentParser

@main
struct GradeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade students' Swift exercises against hidden XCTest suites.",
        discussion: """
            Run `grade --config grader.yml` to grade every student on the course's roster; reports \
            go to ./reports (index.html, summary.json, students/, grades.csv). Run `grade snapshot` \
            around deadlines so that `grade --at` knows when each commit was pushed.
            """,
        subcommands: [Run.self, Snapshot.self, Check.self, Template.self],
        defaultSubcommand: Run.self
    )
}
