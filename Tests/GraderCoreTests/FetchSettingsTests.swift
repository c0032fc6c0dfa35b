import Foundation
import GraderCore
import GraderGit
import GraderTestSupport
import XCTest

/// grader.yml's `credentials:` and `fetch:`, and the options a run resolves from them and the
/// environment.
final class FetchSettingsTests: XCTestCase {
    var course: FixtureCourse!
    let header = "course: c\nroster: roster.csv\nexercises: [{id: calc}]\n"

    override func setUpWithError() throws {
        course = try FixtureCourse()
    }

    override func tearDown() {
        course.folder.remove()
    }

    private func settings(_ yaml: String) throws -> FetchSettings {
        try course.folder.write(header + yaml, to: "grader.yml")
        return try ConfigLoader.load(course.configFile).fetch
    }

    private func error(_ yaml: String) throws -> ConfigError {
        do {
            _ = try settings(yaml)
        } catch let error as ConfigError {
            return error
        }
        throw FixtureProblem("grader.yml was accepted:\n\(yaml)")
    }

    func testWithoutSectionsTheDefaultsApply() throws {
        let loaded = try settings("")
        XCTAssertEqual(loaded.timeout, .seconds(120))
        XCTAssertEqual(loaded.maxSize, 500 << 20)
        XCTAssertNil(loaded.sshKey)
        XCTAssertNil(loaded.tokenEnv)
        XCTAssertEqual(loaded.tokenUser, "x-access-token")
    }

    func testEveryKeyIsRead() throws {
        try course.folder.write("key\n", to: "keys/grader_ed25519")
        try course.folder.write("", to: "keys/known_hosts")
        let loaded = try settings(
            """
            credentials:
              ssh_key: keys/grader_ed25519
              ssh_key_passphrase_env: KEY_PASSPHRASE
              ssh_agent: false
              ssh_user: gitea
              token_env: GITHUB_TOKEN
              token_user: oauth2
              known_hosts: keys/known_hosts
            fetch: {timeout: 30s, max_size: 50MiB}

            """)
        XCTAssertEqual(
            loaded.sshKey, course.folder.url.appendingPathComponent("keys/grader_ed25519").standardizedFileURL)
        XCTAssertEqual(
            loaded.knownHosts, course.folder.url.appendingPathComponent("keys/known_hosts").standardizedFileURL)
        XCTAssertEqual(loaded.sshKeyPassphraseEnv, "KEY_PASSPHRASE")
        XCTAssertEqual(loaded.sshAgent, false)
        XCTAssertEqual(loaded.sshUser, "gitea")
        XCTAssertEqual(loaded.tokenEnv, "GITHUB_TOKEN")
        XCTAssertEqual(loaded.tokenUser, "oauth2")
        XCTAssertEqual(loaded.timeout, .seconds(30))
        XCTAssertEqual(loaded.maxSize, 50 << 20)
    }

    func testAMissingKeyFileIsNamedWithItsLine() throws {
        let error = try error("credentials:\n  ssh_key: keys/nope\n")
        XCTAssertEqual(error.line, 5)
        XCTAssertEqual(error.key, "credentials.ssh_key")
        XCTAssertTrue(error.description.contains("keys/nope does not exist"), error.description)
    }

    func testASecretInGraderYmlIsRefusedWithoutRepeatingIt() throws {
        let token = "ghp_PastedByMistake0123456789"
        for yaml in ["credentials:\n  token: \(token)\n", "credentials:\n  token_env: \(token)\n"] {
            let error = try error(yaml)
            XCTAssertEqual(error.line, 5, yaml)
            XCTAssertFalse(error.description.contains(token), error.description)
            XCTAssertTrue(error.description.contains("environment variable"), error.description)
        }
    }

    func testBadValuesNameTheKey() throws {
        XCTAssertEqual(try error("fetch: {timeout: soon}\n").key, "fetch.timeout")
        XCTAssertEqual(try error("fetch: {max_size: big}\n").key, "fetch.max_size")
        XCTAssertEqual(try error("fetch: {depth: 1}\n").key, "fetch.depth")
        XCTAssertEqual(try error("credentials: {ssh_agent: maybe}\n").key, "credentials.ssh_agent")
        let both = try error("credentials: {ssh_key: grader.yml, ssh_key_env: KEY}\n")
        XCTAssertTrue(both.description.contains("not both"), both.description)
    }

    // MARK: - Resolving against the environment

    func testTheTokenComesFromTheNamedVariable() throws {
        let loaded = try settings("credentials: {token_env: COURSE_TOKEN}\n")
        let resolved = try loaded.resolve(environment: ["COURSE_TOKEN": "tok-1234", "GITHUB_TOKEN": "other"])
        XCTAssertEqual(resolved.options.credentials.token?.origin, "COURSE_TOKEN")
        XCTAssertEqual(resolved.notes, [])
        XCTAssertEqual(resolved.options.limits, FetchLimits(timeout: .seconds(120), maxSize: 500 << 20))

        let unset = try loaded.resolve(environment: [:])
        XCTAssertNil(unset.options.credentials.token)
        XCTAssertEqual(unset.notes.count, 1)
        XCTAssertTrue(unset.notes[0].contains("COURSE_TOKEN, which is not set"), unset.notes[0])
        XCTAssertEqual(
            unset.options.credentials.tokenHelp, "set COURSE_TOKEN to an access token that can read the repository")
    }

    func testWithoutConfigurationTheUsualVariablesAreRead() throws {
        let home = try TemporaryDirectory(prefix: "grade-home")
        defer { home.remove() }
        let loaded = try settings("")
        let resolved = try loaded.resolve(environment: ["GITHUB_TOKEN": "gh-5678"], home: home.url)
        XCTAssertEqual(resolved.options.credentials.token?.origin, "GITHUB_TOKEN")
        XCTAssertEqual(
            try loaded.resolve(environment: ["GRADE_TOKEN": "a", "GITHUB_TOKEN": "b"], home: home.url).options
                .credentials
                .token?.origin, "GRADE_TOKEN")
        XCTAssertNil(resolved.options.credentials.sshKey, "no key anywhere")
        XCTAssertFalse(resolved.options.credentials.sshAgent, "no SSH_AUTH_SOCK")
        XCTAssertEqual(resolved.options.knownHosts.first, home.url.appendingPathComponent(".ssh/known_hosts"))
        XCTAssertEqual(resolved.notes, [])

        // OpenSSH's default key, then GRADE_SSH_KEY, which wins.
        let defaultKey = try home.write("key", to: ".ssh/id_ed25519")
        XCTAssertEqual(
            try loaded.resolve(environment: [:], home: home.url).options.credentials.sshKey?.file, defaultKey)
        let other = try home.write("key", to: "other_key")
        let fromEnvironment = try loaded.resolve(
            environment: [
                "GRADE_SSH_KEY": other.path, "GRADE_SSH_KEY_PASSPHRASE": "pass-9876", "SSH_AUTH_SOCK": "/tmp/a",
            ],
            home: home.url
        ).options.credentials
        XCTAssertEqual(fromEnvironment.sshKey?.file, other.standardizedFileURL)
        XCTAssertEqual(fromEnvironment.sshKey?.origin, "GRADE_SSH_KEY")
        XCTAssertNotNil(fromEnvironment.sshKey?.passphrase)
        XCTAssertTrue(fromEnvironment.sshAgent)
    }

    func testAKeyFileNamedInTheEnvironmentMustExist() throws {
        let loaded = try settings("credentials: {ssh_key_env: COURSE_KEY}\n")
        do {
            _ = try loaded.resolve(environment: ["COURSE_KEY": "/nonexistent/key"])
            XCTFail("a missing key file was accepted")
        } catch {
            XCTAssertEqual(error.key, "credentials.ssh_key_env")
            XCTAssertTrue(
                error.description.contains("COURSE_KEY names the SSH key /nonexistent/key"), error.description)
        }
    }

    func testAnAgentAskedForButNotRunningIsANote() throws {
        let resolved = try settings("credentials: {ssh_agent: true}\n").resolve(environment: [:])
        XCTAssertFalse(resolved.options.credentials.sshAgent)
        XCTAssertTrue(resolved.notes.contains { $0.contains("SSH_AUTH_SOCK is not set") }, "\(resolved.notes)")
        let off = try settings("credentials: {ssh_agent: false}\n").resolve(environment: ["SSH_AUTH_SOCK": "/tmp/a"])
        XCTAssertFalse(off.options.credentials.sshAgent)
    }
}
