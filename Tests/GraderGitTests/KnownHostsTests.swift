import CGit2
import Foundation
import GraderTestSupport
import XCTest

@testable import GraderGit

/// Host keys against known_hosts files, without a server: plain, `[host]:port`, hashed and
/// revoked lines, several files, lines libssh2 cannot read.
final class KnownHostsTests: XCTestCase {
    private var folder: TemporaryDirectory!
    private var key: (line: String, blob: Data)!
    private var other: (line: String, blob: Data)!

    override func setUpWithError() throws {
        try super.setUpWithError()
        folder = try TemporaryDirectory(prefix: "grade-known-hosts")
        key = try makeKey("server")
        other = try makeKey("other")
    }

    override func tearDown() {
        folder?.remove()
        super.tearDown()
    }

    /// A new ed25519 public key: its "ssh-ed25519 AAAA…" text and its raw blob.
    private func makeKey(_ name: String) throws -> (line: String, blob: Data) {
        let file = folder.url.appendingPathComponent(name)
        let made = try Spawn.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", file.path])
        XCTAssertEqual(made.status, 0, made.output)
        let fields = try String(contentsOf: file.appendingPathExtension("pub"), encoding: .utf8).split(separator: " ")
        return ("\(fields[0]) \(fields[1])", try XCTUnwrap(Data(base64Encoded: String(fields[1]))))
    }

    private func check(_ lines: [String], host: String = "git.example.com", port: Int = 22) throws -> KnownHosts.Verdict
    {
        let file = try folder.write(lines.joined(separator: "\n") + "\n", to: "known_hosts")
        return KnownHosts(files: [file]).check(
            host: host, port: port, key: key.blob, type: GIT_CERT_SSH_RAW_TYPE_KEY_ED25519)
    }

    func testPlainNamesListsAndPorts() throws {
        XCTAssertEqual(try check(["git.example.com \(key.line)"]), .known)
        XCTAssertEqual(try check(["alpha,git.example.com,10.0.0.1 \(key.line) comment"]), .known)
        XCTAssertEqual(try check(["[git.example.com]:2222 \(key.line)"], port: 2222), .known)
        XCTAssertEqual(try check(["other.example.com \(key.line)"]), .unknown)
        XCTAssertEqual(try check([]), .unknown)
    }

    func testAnotherKeyForTheHostIsAChange() throws {
        guard case .changed = try check(["git.example.com \(other.line)"]) else {
            return XCTFail("expected a changed key")
        }
    }

    func testHashedLinesAreRead() throws {
        let file = try folder.write("[git.example.com]:2222 \(key.line)\n", to: "hashed")
        let hashed = try Spawn.run(["ssh-keygen", "-q", "-H", "-f", file.path])
        XCTAssertEqual(hashed.status, 0, hashed.output)
        let text = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("|1|") && !text.contains("example"), text)
        XCTAssertEqual(
            KnownHosts(files: [file]).check(
                host: "git.example.com", port: 2222, key: key.blob, type: GIT_CERT_SSH_RAW_TYPE_KEY_ED25519), .known)
        XCTAssertEqual(
            KnownHosts(files: [file]).check(
                host: "evil.example.com", port: 2222, key: key.blob, type: GIT_CERT_SSH_RAW_TYPE_KEY_ED25519), .unknown)
    }

    func testARevokedKeyIsRefusedEvenWhenListed() throws {
        guard case .revoked = try check(["git.example.com \(key.line)", "@revoked * \(key.line)"]) else {
            return XCTFail("expected a revoked key")
        }
    }

    func testUnreadableLinesAndCertificateAuthoritiesAreSkipped() throws {
        XCTAssertEqual(
            try check([
                "# comment", "garbage", "@cert-authority git.example.com \(key.line)",
                "git.example.com sk-ssh-ed25519@openssh.com AAAAGnNrLXNzaC1lZDI1NTE5QG9wZW5zc2guY29tAAAAIA==",
                "git.example.com \(key.line)",
            ]), .known)
        XCTAssertEqual(try check(["@cert-authority git.example.com \(key.line)"]), .unknown)
    }

    func testSeveralFilesAndMissingOnes() throws {
        let first = try folder.write("other.example.com \(other.line)\n", to: "first")
        let second = try folder.write("git.example.com \(key.line)\n", to: "second")
        let missing = folder.url.appendingPathComponent("missing")
        XCTAssertEqual(
            KnownHosts(files: [missing, first, second]).check(
                host: "git.example.com", port: 22, key: key.blob, type: GIT_CERT_SSH_RAW_TYPE_KEY_ED25519), .known)
    }
}
