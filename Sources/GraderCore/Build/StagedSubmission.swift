import Foundation
import GraderGit

/// A student's files for one exercise, written into the job's folder as `Sources/<Module>/…`,
/// after the rules on what may be taken: regular `.swift` files under that folder, nothing else.
struct StagedSubmission: Sendable {
    /// Paths relative to the job folder (`Sources/<Module>/X.swift`), in a stable order.
    var files: [String]
    /// What was left out and why, to tell the student.
    var skipped: [String]

    static let maximumFileSize = 1 << 20

    static func stage(_ gitFiles: [GitFile], module: String, into folder: URL) throws -> StagedSubmission {
        var staged = StagedSubmission(files: [], skipped: [])
        let base = "Sources/\(module)"
        for file in gitFiles.sorted(by: { $0.path < $1.path }) {
            let shown = "\(base)/\(file.path)"
            guard file.path.hasSuffix(".swift") else { continue }
            let components = file.path.split(separator: "/", omittingEmptySubsequences: false)
            guard !file.path.hasPrefix("/"), !components.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." })
            else {
                staged.skipped.append("\(shown): not a plain relative path; ignored")
                continue
            }
            switch file.kind {
            case .symlink:
                staged.skipped.append("\(shown): a symbolic link; ignored (commit the file itself)")
                continue
            case .submodule:
                staged.skipped.append("\(shown): a submodule; ignored")
                continue
            case .regular, .executable:
                break
            }
            guard file.contents.count <= maximumFileSize else {
                staged.skipped.append("\(shown): larger than 1 MiB; ignored")
                continue
            }
            guard String(data: file.contents, encoding: .utf8) != nil else {
                staged.skipped.append("\(shown): not UTF-8 text; ignored")
                continue
            }
            let target = folder.appendingPathComponent(shown)
            try FileManager.default.createDirectory(
                at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try file.contents.write(to: target)
            staged.files.append(shown)
        }
        return staged
    }
}
