import Foundation
import GraderGit
import GraderTestSupport
import XCTest

/// Fetching over SSH from a real OpenSSH server on 127.0.0.1 (`SSHServer`): keys from a file and
/// from an ssh-agent, refused keys, and host keys checked against known_hosts files.
final class SSHFetchTests: GitTestCase {
    private var server: SSHServer!

    override func setUpWithError() throws {
        try super.setUpWithError()
        do {
            server = try SSHServer()
        } catch let error as SSHServer.Unavailable where getuid() != 0 {
            throw XCTSkip("needs sshd, which scripts/setup --for-tests installs as root: \(error)")
        }
    }

    override func tearDown() {
        server?.stop()
        super.tearDown()
    }

    /// A known_hosts file in the scratch folder holding `lines`.
    private func knownHosts(_ lines: [String], name: String = "known_hosts") throws -> URL {
        try scratch.write(lines.joined(separator: "\n") + "\n", to: name)
    }

    private func options(key: URL?, passphrase: String? = nil, agent: Bool = false, knownHosts: URL) -> FetchOptions {
        FetchOptions(
            credentials: Credentials(
                sshAgent: agent,
                sshKey: key.map {
                    .init(
                        file: $0, passphrase: passphrase.map(Secret.init), origin: "the test's key",
                        passphraseOrigin: "the test")
                },
                sshHelp: "set credentials.ssh_key"),
            knownHosts: [knownHosts])
    }

    func testTheRightKeyFetchesAndFetchesAgain() throws {
        let (student, first) = try makeStudentWithCommit()
        let key = try server.makeKey("grader")
        let options = options(key: key, knownHosts: try knownHosts([server.knownHostsLine]))
        let url = server.url(of: student.url)

        XCTAssertEqual(try Git.fetchHead(from: url, into: cacheURL(), options: options)?.commit, first, server.log)
        try student.write("func loop() { print(1) }\n", to: "Sources/Loops/Loops.swift")
        let second = try student.commit("more")
        XCTAssertEqual(try Git.fetchHead(from: url, into: cacheURL(), options: options)?.commit, second)
        let config = try String(contentsOf: cacheURL().appendingPathComponent("config"), encoding: .utf8)
        XCTAssertTrue(config.contains("url = \(url)"), config)
    }

    func testAKeyTheServerRefusesIsAnAuthenticationFailure() throws {
        let (student, _) = try makeStudentWithCommit()
        let stranger = try server.makeKey("stranger", authorized: false)
        let url = server.url(of: student.url)
        let error = gitError {
            _ = try Git.fetchHead(
                from: url, into: cacheURL(),
                options: options(key: stranger, knownHosts: try knownHosts([server.knownHostsLine])))
        }
        XCTAssertEqual(error?.operation, GitError.authenticate)
        XCTAssertEqual(error?.code, -16)
        XCTAssertEqual(
            error?.description,
            "authentication failed for \(url): the server refused the SSH key \(stranger.path) (the test's key) "
                + "for user '\(server.user)' (give that key read access to the repository (as a deploy key, "
                + "or a key of an account that can read it), or configure a key that has it; set "
                + "credentials.ssh_key)")
        XCTAssertEqual(cacheFolderContents(), [], "no cache, no partial clone")
    }

    func testNoKeyAtAllSaysHowToGiveOne() throws {
        let (student, _) = try makeStudentWithCommit()
        let error = gitError {
            _ = try Git.fetchHead(
                from: server.url(of: student.url), into: cacheURL(),
                options: options(key: nil, knownHosts: try knownHosts([server.knownHostsLine])))
        }
        XCTAssertEqual(error?.operation, GitError.authenticate)
        XCTAssertTrue(
            error?.description.hasSuffix(
                ": the server asks for an SSH key and the grader has none (set credentials.ssh_key)") ?? false,
            error?.description ?? "")
    }

    func testAnUnknownHostKeyIsRefusedBeforeAnyKeyIsOffered() throws {
        let (student, _) = try makeStudentWithCommit()
        let key = try server.makeKey("grader")
        let file = try knownHosts([
            "# nothing for this server",
            "github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl",
        ])
        let error = gitError {
            _ = try Git.fetchHead(
                from: server.url(of: student.url), into: cacheURL(), options: options(key: key, knownHosts: file))
        }
        XCTAssertEqual(error?.operation, GitError.verifyHostKey)
        XCTAssertEqual(
            error?.description,
            "host key for [127.0.0.1]:\(server.port) not accepted: add it to \(file.path) (after checking its "
                + "fingerprint with the server's owner, e.g. ssh-keyscan -p \(server.port) 127.0.0.1 >> \(file.path))")
        XCTAssertFalse(server.log.contains("publickey"), "no key was offered to an unknown server:\n\(server.log)")
        XCTAssertEqual(cacheFolderContents(), [])
    }

    func testAMissingKnownHostsFileTrustsNothing() throws {
        let (student, _) = try makeStudentWithCommit()
        let missing = scratch.url.appendingPathComponent("no-such-known_hosts")
        let error = gitError {
            _ = try Git.fetchHead(
                from: server.url(of: student.url), into: cacheURL(),
                options: options(key: try server.makeKey("grader"), knownHosts: missing))
        }
        XCTAssertEqual(error?.operation, GitError.verifyHostKey)
        XCTAssertTrue(error?.description.contains("not accepted: add it to \(missing.path)") ?? false)
    }

    func testAChangedHostKeyIsRefused() throws {
        let (student, _) = try makeStudentWithCommit()
        let impostor = try server.makeKey("impostor", authorized: false)
        let impostorKey = try String(contentsOf: impostor.appendingPathExtension("pub"), encoding: .utf8)
            .split(separator: " ").prefix(2).joined(separator: " ")
        let file = try knownHosts(["[127.0.0.1]:\(server.port) \(impostorKey)"])
        let error = gitError {
            _ = try Git.fetchHead(
                from: server.url(of: student.url), into: cacheURL(),
                options: options(key: try server.makeKey("grader"), knownHosts: file))
        }
        XCTAssertEqual(error?.operation, GitError.verifyHostKey)
        XCTAssertTrue(
            error?.description.hasPrefix(
                "host key for [127.0.0.1]:\(server.port) not accepted: it differs from the one in \(file.path)")
                ?? false,
            error?.description ?? "")
    }

    func testAHashedKnownHostsEntryIsAccepted() throws {
        let (student, commit) = try makeStudentWithCommit()
        let file = try knownHosts([server.knownHostsLine])
        try run(["ssh-keygen", "-q", "-H", "-f", file.path])
        let hashed = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(hashed.hasPrefix("|1|"), hashed)
        XCTAssertFalse(hashed.contains("127.0.0.1"), hashed)
        let head = try Git.fetchHead(
            from: server.url(of: student.url), into: cacheURL(),
            options: options(key: try server.makeKey("grader"), knownHosts: file))
        XCTAssertEqual(head?.commit, commit)
    }

    func testAKeyWithAPassphrase() throws {
        let (student, commit) = try makeStudentWithCommit()
        let passphrase = "correct horse battery staple 42"
        let key = try server.makeKey("locked", passphrase: passphrase)
        let file = try knownHosts([server.knownHostsLine])
        let url = server.url(of: student.url)

        let unset = gitError {
            _ = try Git.fetchHead(from: url, into: cacheURL(), options: options(key: key, knownHosts: file))
        }
        XCTAssertEqual(
            unset?.description,
            "authentication failed for \(url): the SSH key \(key.path) (the test's key) is protected by a "
                + "passphrase and none is set (set it in the test, or load the key into an ssh-agent)")

        let wrong = gitError {
            _ = try Git.fetchHead(
                from: url, into: cacheURL(),
                options: options(key: key, passphrase: "wrong passphrase 1234", knownHosts: file))
        }
        XCTAssertEqual(wrong?.operation, GitError.authenticate)
        XCTAssertEqual(
            wrong?.description,
            "authentication failed for \(url): the server refused the SSH key \(key.path) (the test's key) for "
                + "user '\(server.user)', or the key's passphrase (from the test) is wrong (check the passphrase, "
                + "and that the key may read the repository)")
        XCTAssertEqual(cacheFolderContents(), [])

        let head = try Git.fetchHead(
            from: url, into: cacheURL(), options: options(key: key, passphrase: passphrase, knownHosts: file))
        XCTAssertEqual(head?.commit, commit)
        XCTAssertEqual(SecretScan.files(containing: passphrase, under: cacheURL()), [])
    }

    func testTheAgentsKeysAreOfferedFirstThenTheKeyFile() throws {
        let (student, commit) = try makeStudentWithCommit()
        let agent = try SSHAgent(in: scratch.url)
        defer { agent.stop() }
        try agent.add(try server.makeKey("in-agent-but-not-authorized", authorized: false))
        let file = try knownHosts([server.knownHostsLine])
        let url = server.url(of: student.url)
        try agent.whileCurrent {
            // The agent's key is refused, then the key file is offered and accepted.
            let head = try Git.fetchHead(
                from: url, into: cacheURL(),
                options: options(key: try server.makeKey("grader"), agent: true, knownHosts: file))
            XCTAssertEqual(head?.commit, commit)

            let error = gitError {
                _ = try Git.fetchHead(
                    from: url, into: cacheURL("bob"), options: options(key: nil, agent: true, knownHosts: file))
            }
            XCTAssertTrue(
                error?.description.contains("the server refused the keys of the ssh-agent for user") ?? false,
                error?.description ?? "")

            try agent.add(try server.makeKey("agent-authorized"))
            let again = try Git.fetchHead(
                from: url, into: cacheURL("cid"), options: options(key: nil, agent: true, knownHosts: file))
            XCTAssertEqual(again?.commit, commit)
        }
    }

    private func run(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, arguments.joined(separator: " "))
    }
}
