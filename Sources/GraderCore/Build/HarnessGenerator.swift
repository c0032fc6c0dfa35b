/// Writes the `main.swift` of a test binary. Before any test (so before any student code) runs, it
///
/// 1. makes the process non-dumpable (`prctl(PR_SET_DUMPABLE, 0)`), so `/proc/self/mem` and the
///    targets of `/proc/self/fd/*` belong to root and the test process cannot open them;
/// 2. reads the grader's handshake from standard input (a one-time token and a one-time exit
///    status), then puts `/dev/null` in its place;
/// 3. checks that descriptor 3 is the result channel the grader opened for it, write-only (the
///    file belongs to the grader, so it cannot be reopened for reading).
///
/// Every event then goes to descriptor 3 as one line, numbered from 1 with no gap:
///
///     <token> 1 ready
///     <token> 2 start <Class.method>
///     <token> 3 fail <Class.method> <base64 of the failure message>
///     <token> 4 end <Class.method> passed|failed|skipped <seconds>
///     <token> 5 done 4
///
/// `done N` counts the lines before it; right after it the harness ends the process with the
/// one-time exit status, so the grader can tell its own ending from any other `exit`. Standard output
/// is the student's; the grader never reads results from it.
public enum HarnessGenerator {
    /// The descriptor the result channel is handed over on.
    public static let resultDescriptor: Int32 = 3
    /// The status the harness exits with when it finds no usable result channel (a grader fault).
    public static let noChannelStatus: Int32 = 124

    /// The harness for `suite`, whose tests are compiled as module `testModule`.
    public static func mainSwift(for suite: TestSuite, testModule: String) -> String {
        switch suite.library {
        case .xctest: xctestMain(for: suite)
        case .swiftTesting: swiftTestingMain(for: suite, testModule: testModule)
        }
    }

    /// The harness's arguments that run only `tests` (names from `suite.testNames`): XCTest's
    /// filter, `Module.Class/method,…`, or for Swift Testing the names themselves, of which the
    /// harness makes its own filter.
    static func arguments(running tests: [String], of suite: TestSuite, testModule: String) -> [String] {
        switch suite.library {
        case .xctest:
            [tests.map { "\(testModule).\($0.replacingOccurrences(of: ".", with: "/"))" }.joined(separator: ",")]
        case .swiftTesting:
            tests
        }
    }

    /// What every harness starts with, after its imports: the process made non-dumpable, then the
    /// result channel (`gradeChannel`, `GradeChannel.report`, `GradeChannel.finish`).
    static let channelSource = """
        /// Non-dumpable first: prctl is variadic in C, so it is called through its address.
        private let gradeDumpable: Int32 = {
            typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
            guard let symbol = dlsym(nil, "prctl") else { return -1 }
            let prctl = unsafeBitCast(symbol, to: Prctl.self)
            _ = prctl(4, 0, 0, 0, 0)  // PR_SET_DUMPABLE, 0
            return prctl(3, 0, 0, 0, 0)  // PR_GET_DUMPABLE
        }()

        private final class GradeChannel: @unchecked Sendable {
            private let token: String
            private let exitStatus: Int32
            private let lock = NSLock()
            private var lines = 0

            init?() {
                var input = [UInt8]()
                var chunk = [UInt8](repeating: 0, count: 4096)
                while input.count < 1 << 16 {
                    let count = read(0, &chunk, chunk.count)
                    if count <= 0 { break }
                    input.append(contentsOf: chunk[0..<count])
                }
                close(0)
                _ = open("/dev/null", O_RDONLY)
                let fields = String(decoding: input, as: UTF8.self).split(separator: "\\n").map(String.init)
                let flags = fcntl(\(resultDescriptor), F_GETFL)
                guard fields.count >= 2, let status = Int32(fields[1]), flags >= 0,
                    flags & O_ACCMODE == O_WRONLY
                else { return nil }
                token = fields[0]
                exitStatus = status
            }

            func report(_ event: String) {
                lock.lock()
                defer { lock.unlock() }
                lines += 1
                let bytes = Array("\\(token) \\(lines) \\(event)\\n".utf8)
                _ = bytes.withUnsafeBytes { write(\(resultDescriptor), $0.baseAddress, $0.count) }
            }

            /// The last line, then the one-time exit status: nothing of the student's runs after it.
            func finish() -> Never {
                report("done \\(lines)")
                fflush(stdout)
                fflush(stderr)
                _exit(exitStatus)
            }
        }

        private let gradeChannel: GradeChannel = {
            guard gradeDumpable == 0, let channel = GradeChannel() else {
                fputs("grade harness: no result channel (dumpable \\(gradeDumpable))\\n", stderr)
                _exit(\(noChannelStatus))
            }
            channel.report("ready")
            return channel
        }()

        """

    static func xctestMain(for suite: TestSuite) -> String {
        let entries = suite.classes.map { testClass in
            let methods = testClass.methods.map { method in
                let reference = "\(testClass.name).\(method.name)"
                let body = method.isAsync ? "asyncTest(\(reference))" : reference
                return "        (\"\(method.name)\", \(body)),"
            }
            return "    testCase([\n\(methods.joined(separator: "\n"))\n    ]),"
        }
        return """
            // Generated by grade. Do not edit.
            import Foundation
            import XCTest
            #if canImport(Glibc)
            import Glibc
            #endif

            \(channelSource)
            private final class GradeObserver: NSObject, XCTestObservation {
                let channel: GradeChannel
                init(_ channel: GradeChannel) { self.channel = channel }

                static func name(_ testCase: XCTestCase) -> String {
                    // Linux names a test "Class.method"; Darwin "-[Class method]".
                    testCase.name.trimmingCharacters(in: CharacterSet(charactersIn: "-[]"))
                        .replacingOccurrences(of: " ", with: ".")
                }

                func testCaseWillStart(_ testCase: XCTestCase) {
                    channel.report("start \\(Self.name(testCase))")
                }

                func testCase(
                    _ testCase: XCTestCase, didFailWithDescription description: String,
                    inFile filePath: String?, atLine lineNumber: Int
                ) {
                    let where_ = filePath.map { " (\\(($0 as NSString).lastPathComponent):\\(lineNumber))" } ?? ""
                    let message = String((description + where_).prefix(4000))
                    channel.report("fail \\(Self.name(testCase)) \\(Data(message.utf8).base64EncodedString())")
                }

                func testCaseDidFinish(_ testCase: XCTestCase) {
                    let run = testCase.testRun
                    let status =
                        run?.hasBeenSkipped == true ? "skipped" : (run?.hasSucceeded == true ? "passed" : "failed")
                    channel.report("end \\(Self.name(testCase)) \\(status) \\(run?.totalDuration ?? 0)")
                }

                func testBundleDidFinish(_ testBundle: Bundle) {
                    channel.finish()
                }
            }

            XCTestObservationCenter.shared.addTestObserver(GradeObserver(gradeChannel))
            XCTMain(
                [
            \(entries.joined(separator: "\n"))
                ],
                arguments: Array(CommandLine.arguments.prefix(2)),
                observers: []
            )

            """
    }
}
