import Yams

/// A node of grader.yml with where it came from, so every complaint can name the file, the line
/// and the key.
struct YAMLValue {
    let node: Node
    let file: String
    let path: String

    func error(_ problem: String) -> ConfigError {
        ConfigError(file: file, line: node.mark?.line, key: path.isEmpty ? nil : path, problem: problem)
    }

    /// The mapping's entries, after checking that every key is one of `allowed`.
    func mapping(allowed: Set<String>) throws(ConfigError) -> [String: YAMLValue] {
        guard case .mapping(let mapping) = node else { throw error("expected a mapping of keys") }
        var result: [String: YAMLValue] = [:]
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string else { throw error("keys must be plain strings") }
            let childPath = path.isEmpty ? key : "\(path).\(key)"
            guard allowed.contains(key) else {
                let known = allowed.sorted().joined(separator: ", ")
                throw ConfigError(
                    file: file, line: keyNode.mark?.line, key: childPath,
                    problem: "unknown key '\(key)' (known keys here: \(known))")
            }
            guard result[key] == nil else {
                throw ConfigError(
                    file: file, line: keyNode.mark?.line, key: childPath, problem: "key appears twice")
            }
            result[key] = YAMLValue(node: valueNode, file: file, path: childPath)
        }
        return result
    }

    /// Every entry of a mapping whose keys are free-form (test names, say).
    func freeMapping() throws(ConfigError) -> [(String, YAMLValue)] {
        guard case .mapping(let mapping) = node else { throw error("expected a mapping") }
        var result: [(String, YAMLValue)] = []
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string else { throw error("keys must be plain strings") }
            result.append((key, YAMLValue(node: valueNode, file: file, path: "\(path).\(key)")))
        }
        return result
    }

    func sequence() throws(ConfigError) -> [YAMLValue] {
        guard case .sequence(let sequence) = node else { throw error("expected a list") }
        return sequence.enumerated().map { index, element in
            YAMLValue(node: element, file: file, path: "\(path)[\(index)]")
        }
    }

    func string() throws(ConfigError) -> String {
        guard case .scalar(let scalar) = node, !scalar.string.isEmpty else {
            throw error("expected a non-empty text value")
        }
        return scalar.string
    }

    func number() throws(ConfigError) -> Double {
        guard let value = Double(try string()), value.isFinite, value >= 0 else {
            throw error("expected a number of at least 0, got '\(node.string ?? "")'")
        }
        return value
    }

    func count() throws(ConfigError) -> Int {
        let text = try string()
        guard let value = Int(text), value > 0 else { throw error("expected a whole number above 0, got '\(text)'") }
        return value
    }

    func duration() throws(ConfigError) -> Duration {
        let text = try string()
        guard let value = Quantity.duration(text) else {
            throw error("'\(text)' is not a duration: write a number and a unit, like 10s, 500ms or 2m")
        }
        return value
    }

    func size() throws(ConfigError) -> Int {
        let text = try string()
        guard let value = Quantity.size(text) else {
            throw error("'\(text)' is not a size: write a number and a unit, like 64KiB or 512MiB")
        }
        return value
    }
}
