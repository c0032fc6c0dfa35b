import Foundation
import GraderGit

extension FetchSettings {
    /// The options a run fetches with, and notes for the instructor about what is missing.
    public struct Resolved: Sendable {
        public var options: FetchOptions
        /// "credentials.token_env names GITHUB_TOKEN, which is not set: …"; never a secret.
        public var notes: [String]
    }

    /// Reads the secrets from `environment` (the token, the key's passphrase, a key path) and
    /// finds the files. A key file named in the environment that does not exist stops the run
    /// (`ConfigError`); a variable grader.yml names that is not set is a note, since public
    /// repositories still fetch without it.
    public func resolve(
        environment: [String: String],
        home: URL = FileManager.default.homeDirectoryForCurrentUser
    ) throws(ConfigError) -> Resolved {
        var notes: [String] = []
        func value(_ name: String) -> String? {
            environment[name].flatMap { $0.isEmpty ? nil : $0 }
        }

        // SSH: the agent, then one key file.
        let agentRunning = value("SSH_AUTH_SOCK") != nil
        if sshAgent == true && !agentRunning {
            notes.append(
                "credentials.ssh_agent is true but SSH_AUTH_SOCK is not set: no ssh-agent keys will be offered")
        }
        let passphraseEnv = sshKeyPassphraseEnv ?? Self.defaultPassphraseEnv
        let passphrase = value(passphraseEnv).map(Secret.init)
        var key: Credentials.SSHKey?
        if let sshKey {
            key = .init(
                file: sshKey, passphrase: passphrase, origin: "credentials.ssh_key in grader.yml",
                passphraseOrigin: passphraseEnv)
        } else if let path = value(sshKeyEnv ?? Self.defaultSSHKeyEnv) {
            let name = sshKeyEnv ?? Self.defaultSSHKeyEnv
            let file = URL(fileURLWithPath: NSString(string: path).expandingTildeInPath).standardizedFileURL
            guard FileManager.default.fileExists(atPath: file.path) else {
                throw ConfigError(
                    file: configFile ?? "grader.yml", key: sshKeyEnv == nil ? nil : "credentials.ssh_key_env",
                    problem: "the environment variable \(name) names the SSH key \(file.path), which does not exist")
            }
            key = .init(file: file, passphrase: passphrase, origin: name, passphraseOrigin: passphraseEnv)
        } else {
            if let sshKeyEnv {
                notes.append(
                    "credentials.ssh_key_env names \(sshKeyEnv), which is not set: no SSH key file will be offered")
            }
            let folder = home.appendingPathComponent(".ssh")
            key = Self.defaultKeyFiles.lazy.map { folder.appendingPathComponent($0) }
                .first { FileManager.default.fileExists(atPath: $0.path) }
                .map {
                    .init(
                        file: $0, passphrase: passphrase, origin: "the default key",
                        passphraseOrigin: passphraseEnv)
                }
        }

        // HTTPS: a token from the environment.
        let tokenNames = tokenEnv.map { [$0] } ?? Self.defaultTokenEnvs
        let token = tokenNames.lazy.compactMap { name in
            value(name).map { Credentials.Token(user: tokenUser, secret: Secret($0), origin: name) }
        }.first
        if let tokenEnv, token == nil {
            notes.append(
                "credentials.token_env names \(tokenEnv), which is not set: repositories that need a login over "
                    + "HTTPS will be missing with \"authentication failed\"")
        }
        let tokenHelp =
            tokenEnv.map { "set \($0) to an access token that can read the repository" }
            ?? "set GRADE_TOKEN (or GITHUB_TOKEN) to an access token that can read the repository, or name "
            + "another environment variable in credentials.token_env in grader.yml"
        let sshHelp =
            "load a key that can read the repository into an ssh-agent, or name a key file in "
            + "credentials.ssh_key in grader.yml (or in the \(sshKeyEnv ?? Self.defaultSSHKeyEnv) environment variable)"

        let credentials = Credentials(
            sshUser: sshUser, sshAgent: (sshAgent ?? true) && agentRunning, sshKey: key, token: token,
            sshHelp: sshHelp, tokenHelp: tokenHelp)
        let knownHostsFiles =
            knownHosts.map { [$0] }
            ?? [home.appendingPathComponent(".ssh/known_hosts"), URL(fileURLWithPath: "/etc/ssh/ssh_known_hosts")]
        return Resolved(
            options: FetchOptions(
                credentials: credentials, knownHosts: knownHostsFiles,
                limits: FetchLimits(timeout: timeout, maxSize: maxSize)),
            notes: notes)
    }
}
