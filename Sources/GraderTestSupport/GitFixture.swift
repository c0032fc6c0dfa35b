import Foundation

/// A throwaway git repository of a fake student, in a temporary folder, driven by the `git`
/// command line with a fixed identity (works on a machine with no git configuration).
///
/// ```swift
/// let student = try GitFixture.temporary()
/// defer { student.delete() }
/// try student.write("func fizzBuzz() {}", to: "Sources/Loops/Loops.swift")
/// let first = try student.commit("Loops, first try")
/// try student.resetHard(to: first)          // rewrite history, as a force-push would
/// let head = try Git.fetchHead(from: student.path, into: cache)   // or student.fileURL
/// ```
public struct GitFixture: Sendable {
    /// A `git` command that failed.
    public struct CommandError: Error, CustomStringConvertible {
        public let arguments: [String]
        public let status: Int32
        public let output: String

        public var description: String {
            "git \(arguments.joined(separator: " ")) failed with status \(status): \(output)"
        }
    }

    /// The repository's work tree (the folder holding `.git`).
    public let url: URL
    /// The work tree as a path, usable as a repository source.
    public var path: String { url.path }
    /// The work tree as a `file://` URL, usable as a repository source.
    public var fileURL: String { url.absoluteString }

    /// Creates the folder (if needed) and an empty repository in it whose HEAD is `branch`.
    /// Refuses a folder inside another git work tree, so no fixture ever lands in a real repo.
    public init(at url: URL, branch: String = "main") throws {
        self.url = url.standardizedFileURL
        if let enclosing = Self.enclosingWorkTree(of: self.url) {
            throw CommandError(
                arguments: ["init"], status: -1,
                output: "refusing to create a fixture inside the git work tree \(enclosing.path); "
                    + "use a temporary folder (GitFixture.temporary())")
        }
        try FileManager.default.createDirectory(at: self.url, withIntermediateDirectories: true)
        try git("init", "--quiet", "--initial-branch", branch)
    }

    /// A new repository in a fresh folder under the system's temporary directory.
    public static func temporary(prefix: String = "grade-student", branch: String = "main") throws
        -> GitFixture
    {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "\(prefix)-\(UUID().uuidString.prefix(8))", isDirectory: true)
        return try GitFixture(at: folder, branch: branch)
    }

    // MARK: - Files in the work tree

    /// Writes `contents` (UTF-8) at `relativePath`, creating folders on the way.
    @discardableResult
    public func write(_ contents: String, to relativePath: String, executable: Bool = false) throws
        -> URL
    {
        try write(Data(contents.utf8), to: relativePath, executable: executable)
    }

    /// Writes `data` at `relativePath`, creating folders on the way.
    @discardableResult
    public func write(_ data: Data, to relativePath: String, executable: Bool = false) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        try setExecutable(relativePath, executable)
        return file
    }

    /// Sets or clears the executable bits of the file at `relativePath`.
    public func setExecutable(_ relativePath: String, _ executable: Bool = true) throws {
        let file = url.appendingPathComponent(relativePath).path
        try FileManager.default.setAttributes(
            [.posixPermissions: executable ? 0o755 : 0o644], ofItemAtPath: file)
    }

    /// Creates a symbolic link at `relativePath` whose target is `destination` (stored as given).
    public func symlink(_ relativePath: String, to destination: String) throws {
        let link = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(
            at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: link.path, withDestinationPath: destination)
    }

    /// Removes the file or folder at `relativePath` from the work tree (the next commit records it).
    public func remove(_ relativePath: String) throws {
        try FileManager.default.removeItem(at: url.appendingPathComponent(relativePath))
    }

    /// Stages a submodule entry (gitlink) at `relativePath` pointing at `commit`, without cloning
    /// anything; the next commit records it.
    public func submodule(_ relativePath: String, commit: String) throws {
        // An empty folder stands for the unpopulated submodule, so `commit`'s `add --all` keeps it.
        try FileManager.default.createDirectory(
            at: url.appendingPathComponent(relativePath), withIntermediateDirectories: true)
        try git("update-index", "--add", "--cacheinfo", "160000,\(commit),\(relativePath)")
    }

    // MARK: - History

    /// Stages everything and commits (even with no changes); returns the new commit's id.
    /// `date` sets both author and committer dates (default: now).
    @discardableResult
    public func commit(_ message: String, date: Date? = nil) throws -> String {
        try git("add", "--all")
        var environment: [String: String] = [:]
        if let date {
            let stamp = "@\(Int(date.timeIntervalSince1970)) +0000"
            environment = ["GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp]
        }
        try run(["commit", "--quiet", "--allow-empty", "--no-verify", "-m", message], environment)
        return try head() ?? ""
    }

    /// Moves the current branch, index and work tree to `commit`: rewrites history the way a
    /// student's `git reset --hard` + `git push --force` does.
    public func resetHard(to commit: String) throws {
        try git("reset", "--quiet", "--hard", commit)
    }

    /// Switches to `branch`, creating it at the current commit when `create` is true.
    public func checkout(_ branch: String, create: Bool = false) throws {
        try git(create ? ["checkout", "--quiet", "-b", branch] : ["checkout", "--quiet", branch])
    }

    /// The current commit's id, or nil before the first commit.
    public func head() throws -> String? {
        do {
            return try git("rev-parse", "--verify", "--quiet", "HEAD")
        } catch let error as CommandError where error.status == 1 {
            return nil
        }
    }

    /// Runs any git command in the repository; returns its standard output, trimmed.
    @discardableResult
    public func git(_ arguments: String...) throws -> String {
        try run(arguments, [:])
    }

    /// Runs any git command in the repository; returns its standard output, trimmed.
    @discardableResult
    public func git(_ arguments: [String]) throws -> String {
        try run(arguments, [:])
    }

    /// Deletes the repository's folder.
    public func delete() {
        try? FileManager.default.removeItem(at: url)
    }

    // MARK: - Running git

    @discardableResult
    private func run(_ arguments: [String], _ extraEnvironment: [String: String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = url
        process.environment = Self.environment.merging(extraEnvironment) { _, new in new }
        let output = Pipe()
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent(
            "grade-git-stderr-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: errors.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: errors.path])
        }
        defer { try? FileManager.default.removeItem(at: errors) }
        let errorHandle = try FileHandle(forWritingTo: errors)
        defer { try? errorHandle.close() }
        process.standardOutput = output
        process.standardError = errorHandle
        process.standardInput = FileHandle.nullDevice
        // `waitUntilExit()` polls in 50 ms steps on Linux; a semaphore wakes up at once.
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        exited.wait()
        let text = String(decoding: stdout, as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0 else {
            let stderr = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            throw CommandError(
                arguments: arguments, status: process.terminationStatus,
                output: (stderr + text).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return text
    }

    /// The caller's environment without any GIT_* variable, plus a fixed identity and no
    /// user or system configuration (no signing, hooks paths or templates from the machine).
    private static let environment: [String: String] = {
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("GIT_") }
        environment["GIT_AUTHOR_NAME"] = "Fake Student"
        environment["GIT_AUTHOR_EMAIL"] = "student@example.com"
        environment["GIT_COMMITTER_NAME"] = "Fake Student"
        environment["GIT_COMMITTER_EMAIL"] = "student@example.com"
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["GIT_TERMINAL_PROMPT"] = "0"
        return environment
    }()

    private static func enclosingWorkTree(of url: URL) -> URL? {
        var folder = url
        while folder.path != "/" && !folder.path.isEmpty {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path) {
                return folder
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }
}
