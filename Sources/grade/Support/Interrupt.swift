import Dispatch
import Foundation

/// Turns Ctrl-C (SIGINT) and SIGTERM into cancellation of one task: its child processes are
/// killed and what finished is still reported. A second Ctrl-C exits at once.
enum Interrupt {
    static func cancelling<T: Sendable>(_ task: Task<T, any Error>) -> [any DispatchSourceSignal] {
        [SIGINT, SIGTERM].map { signalNumber in
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            nonisolated(unsafe) var seen = false
            source.setEventHandler {
                if seen { exit(130) }
                seen = true
                FileHandle.standardError.write(
                    Data("\ninterrupted: stopping running tests; reports will cover the students already graded\n".utf8)
                )
                task.cancel()
            }
            source.resume()
            return source
        }
    }
}
