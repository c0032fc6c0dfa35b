import Foundation

/// What the grader may offer a server that asks who it is: SSH keys (from an ssh-agent or a key
/// file) and an HTTPS access token. Offered only when the server asks (a public repository never
/// sees them), each at most once per fetch, and never written anywhere: a token is handed to
/// libgit2's credential callback, never put in a URL.
public struct Credentials: Sendable {
    /// An SSH private key file.
    public struct SSHKey: Sendable {
        /// The private key; the public key is `<file>.pub` when it exists, else derived from it.
        public var file: URL
        public var passphrase: Secret?
        /// Where the key was configured, for messages: "credentials.ssh_key in grader.yml".
        public var origin: String
        /// Where the passphrase comes from, or how to give one, for messages:
        /// "the environment variable GRADE_SSH_KEY_PASSPHRASE".
        public var passphraseOrigin: String

        public init(
            file: URL, passphrase: Secret? = nil, origin: String,
            passphraseOrigin: String = "the grader's configuration"
        ) {
            self.file = file
            self.passphrase = passphrase
            self.origin = origin
            self.passphraseOrigin = passphraseOrigin
        }
    }

    /// An access token sent as the password of HTTP basic authentication.
    public struct Token: Sendable {
        /// The user name sent with it; GitHub accepts any, `x-access-token` is its convention.
        public var user: String
        public var secret: Secret
        /// Where the token came from, for messages: the environment variable's name.
        public var origin: String

        public init(user: String = "x-access-token", secret: Secret, origin: String) {
            self.user = user
            self.secret = secret
            self.origin = origin
        }
    }

    /// The SSH user name when the URL gives none (`git`, what GitHub, GitLab and Gitea expect).
    public var sshUser: String
    /// Offer the keys of the running ssh-agent (libssh2 finds it through `SSH_AUTH_SOCK`).
    public var sshAgent: Bool
    /// A key file, offered after the agent's keys.
    public var sshKey: SSHKey?
    /// The HTTPS token, if one is set.
    public var token: Token?
    /// What to do to have an SSH key to offer, ending the message when there is none:
    /// "set credentials.ssh_key in grader.yml".
    public var sshHelp: String
    /// What to do to have a token, ending the message when there is none: "set GITHUB_TOKEN".
    public var tokenHelp: String

    public init(
        sshUser: String = "git", sshAgent: Bool = false, sshKey: SSHKey? = nil, token: Token? = nil,
        sshHelp: String = "give the grader an SSH key that can read the repository",
        tokenHelp: String = "give the grader an access token that can read the repository"
    ) {
        self.sshUser = sshUser
        self.sshAgent = sshAgent
        self.sshKey = sshKey
        self.token = token
        self.sshHelp = sshHelp
        self.tokenHelp = tokenHelp
    }

    /// Nothing to offer: only public repositories can be fetched.
    public static let none = Credentials()

    /// The secrets in here, to scrub from any text that might echo them.
    var secrets: [Secret] {
        [sshKey?.passphrase, token?.secret].compactMap { $0 }
    }
}
