import Foundation
import GraderModel

/// The one way `grade-report/1` JSON is written and read: pretty-printed, sorted keys,
/// ISO-8601 dates, slashes left readable.
public enum ReportJSON {
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    public static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }

    /// `value` encoded, with a final newline.
    static func data(_ value: some Encodable) throws -> Data {
        var data = try encoder().encode(value)
        data.append(0x0A)
        return data
    }

    /// Writes `report` into `url` as `data(report)` would encode it, byte for byte, but one student
    /// at a time, so a class of thousands never has its whole JSON in memory at once (the encoder
    /// keeps a tree of every value it writes). Written to a temporary file, then renamed.
    static func write(_ report: GradeReport, to url: URL) throws {
        guard let first = report.students.first else {
            try data(report).write(to: url, options: .atomic)
            return
        }
        let encoder = encoder()
        func indented(_ student: StudentResult) throws -> Data {
            // A JSON string never holds a raw newline, so every line can be shifted as it is (the encoder
            // leaves the blank line of an empty array unindented).
            let text = String(decoding: try encoder.encode(student), as: UTF8.self)
            return Data(
                text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }
                    .joined(separator: "\n").utf8)
        }
        var shell = report
        shell.students = [first]
        let whole = try data(shell)
        let firstText = try indented(first)
        guard let range = whole.range(of: firstText) else {
            try data(report).write(to: url, options: .atomic)
            return
        }
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary.path])
        }
        do {
            let file = try FileHandle(forWritingTo: temporary)
            defer { try? file.close() }
            try file.write(contentsOf: whole[..<range.lowerBound])
            for (index, student) in report.students.enumerated() {
                if index > 0 { try file.write(contentsOf: Data(",\n".utf8)) }
                try file.write(contentsOf: index == 0 ? firstText : try indented(student))
            }
            try file.write(contentsOf: whole[range.upperBound...])
            try file.close()
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
