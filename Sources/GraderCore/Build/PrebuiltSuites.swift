import Foundation

/// Hidden suites compiled once per exercise and run, ready to be linked with each student's module
/// (`Compiler.prebuild`): the first job of an exercise builds its suite, the others wait for it. An
/// exercise whose suite could not be prebuilt (nil) is built the usual way for every student.
actor PrebuiltSuites {
    private var builds: [String: Task<PrebuiltSuite?, Never>] = [:]

    /// `exercise`'s prebuilt suite, built by `build` the first time it is asked for.
    func object(for exercise: String, build: @escaping @Sendable () async -> PrebuiltSuite?) async -> PrebuiltSuite? {
        if let task = builds[exercise] { return await task.value }
        let task = Task { await build() }
        builds[exercise] = task
        // A run that is stopped does not wait for the compiler (the run ends; nothing asks again).
        return await withTaskCancellationHandler {
            await task.value
        } onCancel: {
            task.cancel()
        }
    }
}
