import ArgumentParser
import Foundation
import GraderCore

/// `grade check`: is the course ready for students?
struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a course: folders, hidden test lists, reference solutions, starters, flaky tests.",
        discussion: """
            Fails (exit status 1) when grader.yml and the folders disagree, a hidden suite has no \
            tests, a reference solution scores less than full marks, a starter does not compile or \
            scores more than zero, or a test changes verdict across --repeat runs of the reference.
            """)

    @Option(name: .long, help: "The course's grader.yml.")
    var config = "grader.yml"

    @Option(name: .long, help: "Grade each reference solution this many times to find flaky tests.")
    var `repeat` = 2

    @Option(name: .long, help: "Jobs at once (default: the number of cores).")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var sandbox: SandboxOption

    func validate() throws {
        guard `repeat` >= 1 else { throw ValidationError("--repeat must be at least 1") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        let configFile = URL(fileURLWithPath: config).standardizedFileURL
        let course = try ConfigLoader.load(configFile)
        let started = ContinuousClock.now
        let toolchain = try Toolchain.find()
        let stateFolder = course.stateFolder
        let checker = CourseChecker(
            course: course, toolchain: toolchain,
            sandbox: try await sandbox.make(toolchain: toolchain, stateFolder: stateFolder), stateFolder: stateFolder,
            jobs: jobs)
        let report = try await checker.check(repeats: `repeat`)
        let elapsed = ContinuousClock.now - started

        print("exercise          tests  reference (×\(`repeat`))   starter")
        for exercise in report.exercises {
            let reference = exercise.referenceScores.map(ProgressPrinter.number).joined(separator: " ")
            let starter = exercise.starterScore.map(ProgressPrinter.number) ?? "-"
            let id = exercise.id.padding(toLength: 17, withPad: " ", startingAt: 0)
            let tests = String(exercise.tests).padding(toLength: 6, withPad: " ", startingAt: 0)
            let points = ProgressPrinter.number(exercise.points)
            print("\(id) \(tests) \(reference) /\(points)".padding(toLength: 44, withPad: " ", startingAt: 0) + starter)
        }
        let seconds = String(format: "%.1f", Double(elapsed.components.seconds))
        if report.isReady {
            print("course ready: \(report.exercises.count) exercises checked in \(seconds)s")
        } else {
            print("\(report.problems.count) problem(s), checked in \(seconds)s:")
            for problem in report.problems { print("- \(problem)") }
            throw ExitCode.failure
        }
    }
}
