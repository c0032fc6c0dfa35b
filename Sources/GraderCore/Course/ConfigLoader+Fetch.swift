import Foundation
import Yams

/// grader.yml's `credentials:` and `fetch:` sections.
extension ConfigLoader {
    static let credentialKeys: Set = [
        "ssh_key", "ssh_key_env", "ssh_key_passphrase_env", "ssh_agent", "ssh_user", "token_env", "token_user",
        "known_hosts",
    ]
    static let fetchKeys: Set = ["timeout", "max_size"]
    /// Keys that would put a secret in grader.yml, which ends up in version control.
    static let secretKeys: Set = ["token", "password", "passphrase", "ssh_key_passphrase", "secret"]

    static func fetchSettings(credentials: YAMLValue?, fetch: YAMLValue?, root: URL, file: String) throws(ConfigError)
        -> FetchSettings
    {
        var settings = FetchSettings(configFile: file)
        if let fetch {
            let keys = try fetch.mapping(allowed: fetchKeys)
            if let value = keys["timeout"] { settings.timeout = try value.duration() }
            if let value = keys["max_size"] { settings.maxSize = try value.size() }
        }
        guard let credentials else { return settings }
        try refuseSecrets(in: credentials)
        let keys = try credentials.mapping(allowed: credentialKeys)
        if keys["ssh_key"] != nil, let both = keys["ssh_key_env"] {
            throw both.error("give either ssh_key (a file) or ssh_key_env (a variable naming one), not both")
        }
        if let value = keys["ssh_key"] { settings.sshKey = try existingFile(value, root: root, what: "SSH key") }
        if let value = keys["known_hosts"] {
            settings.knownHosts = try existingFile(value, root: root, what: "known_hosts")
        }
        if let value = keys["ssh_key_env"] { settings.sshKeyEnv = try value.environmentVariable() }
        if let value = keys["ssh_key_passphrase_env"] { settings.sshKeyPassphraseEnv = try value.environmentVariable() }
        if let value = keys["token_env"] { settings.tokenEnv = try value.environmentVariable() }
        if let value = keys["ssh_agent"] { settings.sshAgent = try value.bool() }
        if let value = keys["ssh_user"] { settings.sshUser = try value.string() }
        if let value = keys["token_user"] { settings.tokenUser = try value.string() }
        return settings
    }

    /// A `token:` (or password, passphrase) key gets its own error, which never repeats the value.
    private static func refuseSecrets(in credentials: YAMLValue) throws(ConfigError) {
        guard case .mapping(let mapping) = credentials.node else { return }
        for (keyNode, _) in mapping {
            guard let key = keyNode.string, secretKeys.contains(key) else { continue }
            throw ConfigError(
                file: credentials.file, line: keyNode.mark?.line, key: "credentials.\(key)",
                problem: "never write a secret in grader.yml: put it in an environment variable and name the "
                    + "variable here (token_env, ssh_key_passphrase_env); then remove the secret from the file "
                    + "and from its history, and revoke it")
        }
    }

    /// A file named relative to grader.yml (or with `~`), which must exist.
    private static func existingFile(_ value: YAMLValue, root: URL, what: String) throws(ConfigError) -> URL {
        let text = try value.string()
        let expanded = NSString(string: text).expandingTildeInPath
        let file = URL(fileURLWithPath: expanded, relativeTo: root).standardizedFileURL
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw value.error("the \(what) file \(file.path) does not exist")
        }
        return file
    }
}

extension YAMLValue {
    func bool() throws(ConfigError) -> Bool {
        switch try string().lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw error("expected true or false")
        }
    }

    /// The name of an environment variable, like GITHUB_TOKEN. The value is never repeated in the
    /// error: it may be a secret pasted in the wrong place.
    func environmentVariable() throws(ConfigError) -> String {
        guard case .scalar(let scalar) = node, let first = scalar.string.first, first == "_" || first.isUppercase,
            scalar.string.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "_") })
        else {
            throw error(
                "expected the name of an environment variable (capital letters, digits and _, like GITHUB_TOKEN), "
                    + "not the secret itself")
        }
        return scalar.string
    }
}
