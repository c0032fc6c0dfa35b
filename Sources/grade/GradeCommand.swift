import ArgumentParser

@main
struct GradeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "grade",
        abstract: "Grade students' Swift exercises against hidden XCTest suites.",
        discussion: """
            Run `grade --config grader.yml` to grade every student on the course's roster; reports \
            go to ./reports (index.html, students/, exercises/, grades.csv, gradescope/, junit/, \
            summary.json). `grade report --from reports` writes them again from the JSON results. \
            Run `grade snapshot` around deadlines so that `grade --at` knows when each commit was pushed.
            """,
        subcommands: [Run.self, Snapshot.self, Check.self, Template.self, Report.self, Merge.self, Similarity.self],
        defaultSubcommand: Run.self
    )
}
