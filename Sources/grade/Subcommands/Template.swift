import ArgumentParser
import Foundation
import GraderCore

/// `grade template --out DIR`: the repository students start from.
struct Template: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the student template: a Swift package with the starters, sample tests and statements.",
        discussion: "Hidden tests and reference solutions are never written.")

    @Option(name: .long, help: "The course's grader.yml.")
    var config = "grader.yml"

    @Option(name: .long, help: "A new or empty folder to write the template into.")
    var out: String

    func run() throws {
        let course = try ConfigLoader.load(URL(fileURLWithPath: config).standardizedFileURL)
        let folder = URL(fileURLWithPath: out).standardizedFileURL
        let files = try TemplateWriter.write(course, to: folder)
        print("template: \(folder.path) (\(files.count) files, \(course.exercises.count) exercises)")
        print("next: cd \(out) && swift build && git init -b main && git add -A && git commit -m 'Template'")
    }
}
