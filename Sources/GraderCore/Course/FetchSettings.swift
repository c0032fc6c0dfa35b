import Foundation

/// What grader.yml says about reaching the students' repositories (`credentials:` and `fetch:`):
/// where credentials are to be found, never the secrets themselves (those come from the
/// environment when grading starts, see `resolve(environment:)`), and the fetch limits.
public struct FetchSettings: Sendable, Equatable {
    /// `credentials.ssh_key`: a private key file (relative to grader.yml, or `~/…`).
    public var sshKey: URL?
    /// `credentials.ssh_key_env`: an environment variable holding a key file's path.
    public var sshKeyEnv: String?
    /// `credentials.ssh_key_passphrase_env`: the environment variable holding the key's passphrase.
    public var sshKeyPassphraseEnv: String?
    /// `credentials.ssh_agent`: offer the ssh-agent's keys; nil means "when SSH_AUTH_SOCK is set".
    public var sshAgent: Bool?
    /// `credentials.ssh_user`: the SSH user when a URL names none.
    public var sshUser: String
    /// `credentials.token_env`: the environment variable holding an HTTPS access token.
    public var tokenEnv: String?
    /// `credentials.token_user`: the user name sent with the token.
    public var tokenUser: String
    /// `credentials.known_hosts`: the OpenSSH known_hosts file SSH host keys must be in.
    public var knownHosts: URL?
    /// `fetch.timeout`: the longest one repository's fetch may take.
    public var timeout: Duration
    /// `fetch.max_size`: the most bytes one repository's fetch may receive.
    public var maxSize: Int
    /// The grader.yml these settings came from, for messages.
    public var configFile: String?

    public init(
        sshKey: URL? = nil, sshKeyEnv: String? = nil, sshKeyPassphraseEnv: String? = nil, sshAgent: Bool? = nil,
        sshUser: String = "git", tokenEnv: String? = nil, tokenUser: String = "x-access-token",
        knownHosts: URL? = nil, timeout: Duration = .seconds(120), maxSize: Int = 500 << 20,
        configFile: String? = nil
    ) {
        self.sshKey = sshKey
        self.sshKeyEnv = sshKeyEnv
        self.sshKeyPassphraseEnv = sshKeyPassphraseEnv
        self.sshAgent = sshAgent
        self.sshUser = sshUser
        self.tokenEnv = tokenEnv
        self.tokenUser = tokenUser
        self.knownHosts = knownHosts
        self.timeout = timeout
        self.maxSize = maxSize
        self.configFile = configFile
    }

    /// No credentials configured (the environment's are used), 120 s and 500 MiB per repository.
    public static let defaults = FetchSettings()

    /// Read when grader.yml names none.
    public static let defaultSSHKeyEnv = "GRADE_SSH_KEY"
    public static let defaultPassphraseEnv = "GRADE_SSH_KEY_PASSPHRASE"
    public static let defaultTokenEnvs = ["GRADE_TOKEN", "GITHUB_TOKEN"]
    /// Tried in this order when no key is configured anywhere, as OpenSSH does.
    public static let defaultKeyFiles = ["id_ed25519", "id_ecdsa", "id_rsa"]
}
