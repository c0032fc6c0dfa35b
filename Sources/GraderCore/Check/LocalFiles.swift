import Foundation
import GraderGit

/// Files of a folder on disk, in the shape git trees give them, so that a course's own solutions
/// and starters go through exactly the staging a student's repository does.
enum LocalFiles {
    static func read(_ folder: URL) throws -> [GitFile] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: folder.path) else { return [] }
        var files: [GitFile] = []
        while let relative = enumerator.nextObject() as? String {
            let path = folder.appendingPathComponent(relative).path
            let attributes = try manager.attributesOfItem(atPath: path)
            switch attributes[.type] as? FileAttributeType {
            case .typeSymbolicLink?:
                let target = try manager.destinationOfSymbolicLink(atPath: path)
                files.append(GitFile(path: relative, kind: .symlink, contents: Data(target.utf8)))
            case .typeRegular?:
                let permissions = (attributes[.posixPermissions] as? Int) ?? 0
                files.append(
                    GitFile(
                        path: relative, kind: permissions & 0o111 != 0 ? .executable : .regular,
                        contents: try Data(contentsOf: URL(fileURLWithPath: path))))
            default:
                continue
            }
        }
        return files.sorted { $0.path < $1.path }
    }

    /// The `.swift` files under `folder` as text (none when it cannot be read).
    static func swiftSources(in folder: URL) -> [(path: String, source: String)] {
        ((try? read(folder)) ?? []).filter { $0.path.hasSuffix(".swift") && $0.kind == .regular }
            .compactMap { file in file.text.map { (path: file.path, source: $0) } }
    }
}
