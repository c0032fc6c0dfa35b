/// Resource limits for building and running one student × exercise.
public struct Limits: Sendable, Equatable {
    /// Wall clock for compiling one student's exercise.
    public var build: Duration
    /// Wall clock for one test method.
    public var test: Duration
    /// Memory for a test process (enforced by the sandbox where it can).
    public var memory: Int
    /// Bytes kept of a test process's standard output and of its standard error.
    public var output: Int
    /// Processes and threads a test run may have at once.
    public var processes: Int
    /// Largest file a test may write.
    public var fileSize: Int
    public var openFiles: Int
    /// CPU time of a whole test process; `nil`: the wall-clock budget of the run.
    public var cpu: Duration?

    public static let defaults = Limits(
        build: .seconds(60), test: .seconds(10), memory: 512 << 20, output: 64 << 10)

    public init(
        build: Duration, test: Duration, memory: Int, output: Int, processes: Int = 256, fileSize: Int = 16 << 20,
        openFiles: Int = 256, cpu: Duration? = nil
    ) {
        self.build = build
        self.test = test
        self.memory = memory
        self.output = output
        self.processes = processes
        self.fileSize = fileSize
        self.openFiles = openFiles
        self.cpu = cpu
    }
}
