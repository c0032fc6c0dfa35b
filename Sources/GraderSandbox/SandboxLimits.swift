/// Resource limits for one test process.
public struct SandboxLimits: Sendable, Equatable {
    /// Address space, bytes.
    public var memory: Int
    /// CPU seconds.
    public var cpuSeconds: Int
    /// Processes and threads of the run's user.
    public var processes: Int
    /// Largest file the process may write, bytes.
    public var fileSize: Int
    public var openFiles: Int
    /// Size of each private tmpfs (`/tmp`, `/dev/shm`, the working folder), bytes.
    public var scratchSize: Int

    public init(
        memory: Int, cpuSeconds: Int, processes: Int = 256, fileSize: Int = 16 << 20, openFiles: Int = 256,
        scratchSize: Int = 32 << 20
    ) {
        self.memory = memory
        self.cpuSeconds = cpuSeconds
        self.processes = processes
        self.fileSize = fileSize
        self.openFiles = openFiles
        self.scratchSize = scratchSize
    }
}
