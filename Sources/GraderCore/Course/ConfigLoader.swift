import Foundation
import GraderModel
import Yams

/// Reads grader.yml into a `Course`, checking it against the course folder before any student is
/// touched. Every error names the file, the line and the key.
public enum ConfigLoader {
    static let topKeys: Set = [
        "course", "title", "roster", "repository", "exercises", "limits", "assignment", "late", "extensions",
        "credentials", "fetch", "allow", "cache", "similarity",
    ]
    static let exerciseKeys: Set = ["id", "points", "due", "limits", "weights", "late", "allow"]
    static let limitKeys: Set = [
        "build", "test", "memory", "output", "processes", "file_size", "open_files", "cpu",
    ]

    public static func load(_ file: URL) throws(ConfigError) -> Course {
        let name = file.path
        guard let text = try? String(contentsOf: file, encoding: .utf8) else {
            throw ConfigError(file: name, problem: "cannot read the file: check the path given to --config")
        }
        let parsed: Node?
        do {
            parsed = try Yams.compose(yaml: text)
        } catch {
            throw ConfigError(file: name, problem: "not valid YAML: \(error)")
        }
        guard let parsed else { throw ConfigError(file: name, problem: "the file is empty") }
        let root = file.deletingLastPathComponent()
        let top = try YAMLValue(node: parsed, file: name, path: "").mapping(allowed: topKeys)

        func required(_ key: String) throws(ConfigError) -> YAMLValue {
            guard let value = top[key] else {
                throw ConfigError(file: name, line: 1, key: key, problem: "missing required key '\(key)'")
            }
            return value
        }

        let id = try required("course").string()
        let limits = try top["limits"].map { v throws(ConfigError) in try limitsValue(v, base: .defaults) } ?? .defaults
        let late =
            try top["late"].map { v throws(ConfigError) in try LatePolicy.parse(v, base: .defaults) } ?? .defaults
        let allowances = try top["allow"].map { v throws(ConfigError) in try allowancesValue(v) } ?? []
        let exercisesValue = try required("exercises")
        var exercises: [Exercise] = []
        for entry in try exercisesValue.sequence() {
            var exercise = try exerciseValue(entry, root: root, courseLimits: limits, courseLate: late)
            exercise.allowances.formUnion(allowances)
            if exercises.contains(where: { $0.id == exercise.id }) {
                throw entry.error("duplicate exercise id '\(exercise.id)'")
            }
            exercises.append(exercise)
        }
        if exercises.isEmpty { throw exercisesValue.error("the course has no exercises") }

        let rosterPath = try required("roster").string()
        return Course(
            id: id,
            title: try top["title"]?.string(),
            root: root,
            roster: URL(fileURLWithPath: rosterPath, relativeTo: root).standardizedFileURL,
            repositoryTemplate: try top["repository"]?.string(),
            exercises: exercises,
            limits: limits,
            assignment: try top["assignment"]?.string(),
            late: late,
            extensions: try top["extensions"].map { v throws(ConfigError) in
                URL(fileURLWithPath: try v.string(), relativeTo: root).standardizedFileURL
            },
            fetch: try fetchSettings(credentials: top["credentials"], fetch: top["fetch"], root: root, file: name),
            cacheSize: try top["cache"].map { v throws(ConfigError) in try cacheSize(v) } ?? ResultCache.defaultSize,
            similarity: try top["similarity"].map { v throws(ConfigError) in try similarity(v, root: root) }
        )
    }

    /// `similarity: {out: DIR, common_share: 0.5}` (both optional; `similarity: {}` switches it on).
    static func similarity(_ value: YAMLValue, root: URL) throws(ConfigError) -> SimilaritySwitch {
        let keys = try value.mapping(allowed: ["out", "common_share"])
        let out = try keys["out"]?.string() ?? "similarity"
        let share = try keys["common_share"]?.number() ?? 0.5
        guard (0...1).contains(share) else {
            throw (keys["common_share"] ?? value).error("similarity common_share must be between 0 and 1")
        }
        return SimilaritySwitch(
            out: URL(fileURLWithPath: out, relativeTo: root).standardizedFileURL, commonShare: share)
    }

    /// `cache: {size: 2GiB}`: how much the result cache may hold (at least 1 MiB).
    static func cacheSize(_ value: YAMLValue) throws(ConfigError) -> Int {
        let keys = try value.mapping(allowed: ["size"])
        guard let size = keys["size"] else { throw value.error("cache: needs 'size', e.g. cache: {size: 2GiB}") }
        let bytes = try size.size()
        guard bytes >= 1 << 20 else { throw size.error("cache size must be at least 1MiB") }
        return bytes
    }

    static func limitsValue(_ value: YAMLValue, base: Limits) throws(ConfigError) -> Limits {
        let keys = try value.mapping(allowed: limitKeys)
        var limits = base
        if let v = keys["build"] { limits.build = try v.duration() }
        if let v = keys["test"] { limits.test = try v.duration() }
        if let v = keys["memory"] { limits.memory = try v.size() }
        if let v = keys["output"] { limits.output = try v.size() }
        if let v = keys["processes"] { limits.processes = try v.count() }
        if let v = keys["file_size"] { limits.fileSize = try v.size() }
        if let v = keys["open_files"] { limits.openFiles = try v.count() }
        if let v = keys["cpu"] { limits.cpu = try v.duration() }
        return limits
    }

    static func exerciseValue(_ value: YAMLValue, root: URL, courseLimits: Limits, courseLate: LatePolicy)
        throws(ConfigError) -> Exercise
    {
        let keys = try value.mapping(allowed: exerciseKeys)
        guard let idValue = keys["id"] else { throw value.error("an exercise needs an 'id'") }
        let id = try idValue.string()
        guard id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            throw idValue.error("'\(id)' is not a valid exercise id: use letters, digits, '-' and '_'")
        }
        let folder = root.appendingPathComponent("Exercises/\(id)", isDirectory: true)
        let module = try moduleName(in: folder, id: idValue)
        var exercise = Exercise(
            id: id, module: module, points: try keys["points"]?.number() ?? 10,
            limits: courseLimits, folder: folder, late: courseLate)
        if let due = keys["due"] {
            let text = try due.string()
            guard let date = Timestamp.parse(text) else {
                throw due.error("'\(text)' is not a date and time: write it like 2026-12-07T23:59:00Z")
            }
            exercise.due = date
        }
        if let limits = keys["limits"] { exercise.limits = try limitsValue(limits, base: courseLimits) }
        if let late = keys["late"] { exercise.late = try LatePolicy.parse(late, base: courseLate) }
        if let allow = keys["allow"] { exercise.allowances = try allowancesValue(allow) }
        if let weights = keys["weights"] {
            for (test, weight) in try weights.freeMapping() { exercise.weights[test] = try weight.number() }
        }
        let tests = exercise.hiddenTestsFolder
        guard FileManager.default.fileExists(atPath: tests.path) else {
            throw idValue.error("the hidden tests folder \(relative(tests, to: root)) does not exist")
        }
        return exercise
    }

    /// `allow: [files, processes]`: what the rules on student code let an exercise do.
    static func allowancesValue(_ value: YAMLValue) throws(ConfigError) -> Set<Allowance> {
        var result: Set<Allowance> = []
        for item in try value.sequence() {
            let name = try item.string()
            guard let allowance = Allowance(rawValue: name) else {
                let known = Allowance.allCases.map(\.rawValue).joined(separator: ", ")
                throw item.error("'\(name)' is not something an exercise can be allowed: use \(known)")
            }
            result.insert(allowance)
        }
        return result
    }

    /// The single folder under `Exercises/<id>/Sources/` names the exercise's module.
    static func moduleName(in folder: URL, id: YAMLValue) throws(ConfigError) -> String {
        let root = folder.deletingLastPathComponent().deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw id.error("the exercise folder \(relative(folder, to: root)) does not exist")
        }
        let sources = folder.appendingPathComponent("Sources")
        let modules = ((try? FileManager.default.contentsOfDirectory(atPath: sources.path)) ?? [])
            .filter { !$0.hasPrefix(".") }.sorted()
        guard modules.count == 1, let module = modules.first else {
            throw id.error(
                "\(relative(sources, to: root)) must hold exactly one folder, named after the module students write (found \(modules.count))"
            )
        }
        return module
    }

    static func relative(_ url: URL, to root: URL) -> String {
        let path = url.standardizedFileURL.path
        let base = root.standardizedFileURL.path + "/"
        return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
    }
}
