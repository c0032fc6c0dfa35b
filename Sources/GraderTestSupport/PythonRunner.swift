import Foundation
import XCTest

/// Runs a Python 3 snippet for a test (hashing, XML parsing…): its standard output, or `nil`
/// after recording a failure when python3 is missing or the snippet exits with an error.
public enum PythonRunner {
    public static func run(
        _ script: String, arguments: [String] = [], input: Data = Data(),
        file: StaticString = #filePath, line: UInt = #line
    ) throws -> String? {
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("python-\(UUID().uuidString).err")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let inputFile = FileManager.default.temporaryDirectory.appendingPathComponent("python-\(UUID().uuidString).in")
        try input.write(to: inputFile)
        defer { try? FileManager.default.removeItem(at: inputFile) }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        process.standardInput = try FileHandle(forReadingFrom: inputFile)
        do {
            try process.run()
        } catch {
            XCTFail("cannot run python3 (\(error)): install Python 3", file: file, line: line)
            return nil
        }
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
            XCTFail("python3 exited with \(process.terminationStatus):\n\(errors)\n\(text)", file: file, line: line)
            return nil
        }
        return text
    }
}
