import Foundation

/// Looks for a secret's bytes in every file below a folder (reports, caches, logs), to prove it
/// was written nowhere.
public enum SecretScan {
    /// The paths (relative to `folder`) of the files that contain `secret`, plain or base64 (as in
    /// an HTTP basic-auth header). Symlinks are not followed.
    public static func files(containing secret: String, under folder: URL) -> [String] {
        let needles = [Data(secret.utf8), Data(Data(secret.utf8).base64EncodedString().utf8)]
        guard
            let walker = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey])
        else { return [] }
        var found: [String] = []
        let base = folder.standardizedFileURL.path + "/"
        for case let file as URL in walker {
            let values = try? file.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            guard values?.isRegularFile == true, values?.isSymbolicLink != true,
                let data = try? Data(contentsOf: file)
            else { continue }
            if needles.contains(where: { data.range(of: $0) != nil }) {
                let path = file.standardizedFileURL.path
                found.append(path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path)
            }
        }
        return found.sorted()
    }
}
