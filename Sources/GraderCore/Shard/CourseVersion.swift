import Foundation

/// A digest of everything in a course that decides its results: the configuration file (points,
/// weights, limits, deadlines), the extensions file it names, and every file under `Exercises/`
/// (hidden suites, starters, statements). Shards that graded different versions of a course have
/// different digests, and `grade merge` refuses to put them in one report.
public enum CourseVersion {
    public static func digest(of course: Course, configFile: URL) throws -> String {
        var hasher = FieldHasher()
        hasher.add("config", try Data(contentsOf: configFile))
        if let extensions = course.extensions, FileManager.default.fileExists(atPath: extensions.path) {
            hasher.add("extensions", try Data(contentsOf: extensions))
        }
        let exercises = course.root.appendingPathComponent("Exercises", isDirectory: true)
        for path in files(under: exercises) {
            hasher.add("file", path)
            hasher.add("content", try Data(contentsOf: exercises.appendingPathComponent(path)))
        }
        return hasher.finish()
    }

    /// Regular files under `folder`, relative paths in byte order, hidden ones left out.
    static func files(under folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        var paths: [String] = []
        while let path = enumerator.nextObject() as? String {
            guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            if enumerator.fileAttributes?[.type] as? FileAttributeType == .typeRegular { paths.append(path) }
        }
        return paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}
