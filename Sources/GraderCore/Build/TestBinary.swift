import Foundation

/// What a build gives the test runner: the executable, and the shared libraries it loads from
/// its own folder (`LoadableSuite`: the student's module), which are copied beside it for the run.
struct TestBinary: Sendable, Equatable {
    var executable: URL
    var libraries: [URL] = []
}
