import ArgumentParser

@main
struct GradeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "grade", abstract: "Grade a course.")
    func run() async throws {}
}
