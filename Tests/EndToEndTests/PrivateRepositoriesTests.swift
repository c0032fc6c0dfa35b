import Foundation
import GraderTestSupport
import XCTest

/// `grade` on a roster of private repositories served on 127.0.0.1 by a real sshd and by
/// `git http-backend` behind basic authentication: credentials from grader.yml and the
/// environment, failures as that student's outcome, and no secret in any file or output.
final class PrivateRepositoriesTests: XCTestCase {
    let token = "ghp_EndToEndToken0123456789SECRET"
    let passphrase = "end to end passphrase 2468"
    let urlPassword = "url-password-1357-SECRET"

    func testPrivateRepositoriesAreGradedAndNoSecretIsWrittenAnywhere() throws {
        let course = try FixtureCourse()
        defer { course.folder.remove() }
        let students = course.folder.url.appendingPathComponent("students")
        for name in ["ann", "bob", "cid", "dan", "eve"] {
            let student = try GitFixture(at: students.appendingPathComponent(name))
            try student.write(FixtureCourse.solution, to: "Sources/Calc/Calc.swift")
            _ = try student.commit("done")
        }

        let ssh: SSHServer
        let stranger: SSHServer
        do {
            ssh = try SSHServer()
            stranger = try SSHServer()
        } catch let error as SSHServer.Unavailable where getuid() != 0 {
            throw XCTSkip("needs sshd, which scripts/setup --for-tests installs as root: \(error)")
        }
        defer {
            ssh.stop()
            stranger.stop()
        }
        let http = try HTTPGitServer(
            serving: students, passwords: ["ann": token, "cid": "a-token-the-grader-lacks", "eve": urlPassword])
        defer { http.stop() }

        // The grader's key, protected by a passphrase, copied into the course; a known_hosts file
        // that knows the first SSH server only.
        let key = try ssh.makeKey("grader", passphrase: passphrase)
        let keys = course.folder.url.appendingPathComponent("keys")
        try FileManager.default.createDirectory(at: keys, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: key, to: keys.appendingPathComponent("grader"))
        try FileManager.default.copyItem(
            at: key.appendingPathExtension("pub"), to: keys.appendingPathComponent("grader.pub"))
        let knownHosts = try course.folder.write(ssh.knownHostsLine + "\n", to: "keys/known_hosts")
        let keyText = try String(contentsOf: key, encoding: .utf8).split(separator: "\n").map(String.init)

        try course.folder.write(
            try String(contentsOf: course.configFile, encoding: .utf8) + """
                credentials:
                  ssh_key: keys/grader
                  ssh_key_passphrase_env: TEST_KEY_PASSPHRASE
                  ssh_agent: false
                  token_env: TEST_COURSE_TOKEN
                  known_hosts: keys/known_hosts
                fetch: {timeout: 60s, max_size: 10MiB}

                """, to: "grader.yml")
        let eveURL = http.url("eve").replacingOccurrences(of: "http://", with: "http://eve:\(urlPassword)@")
        try course.writeRoster([
            ("ann", http.url("ann")), ("bob", ssh.url(of: students.appendingPathComponent("bob"))),
            ("cid", http.url("cid")), ("dan", stranger.url(of: students.appendingPathComponent("dan"))),
            ("eve", eveURL),
        ])

        let out = course.folder.url.appendingPathComponent("out")
        let run = try grade(
            ["--config", course.configFile.path, "--out", out.path, "--jobs", "2"],
            environment: ["TEST_COURSE_TOKEN": token, "TEST_KEY_PASSPHRASE": passphrase])
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(run.output.contains("graded 5 of 5 students"), run.output)

        func exercise(_ student: String) throws -> [String: Any] {
            let data = try Data(contentsOf: out.appendingPathComponent("students/\(student).json"))
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
            return try XCTUnwrap((object["exercises"] as? [[String: Any]])?.first)
        }
        for graded in ["ann", "bob", "eve"] {
            XCTAssertEqual(try exercise(graded)["status"] as? String, "graded", graded)
            XCTAssertEqual(try exercise(graded)["score"] as? Double, 10, graded)
        }
        let cid = try exercise("cid")
        XCTAssertEqual(cid["status"] as? String, "missing")
        XCTAssertTrue(
            (cid["message"] as? String ?? "").contains(
                "authentication failed for \(http.url("cid")): the server refused the token from TEST_COURSE_TOKEN"),
            "\(cid)")
        let dan = try exercise("dan")
        XCTAssertEqual(dan["status"] as? String, "missing")
        XCTAssertTrue(
            (dan["message"] as? String ?? "").contains(
                "host key for [127.0.0.1]:\(stranger.port) not accepted: add it to \(knownHosts.path)"), "\(dan)")
        let eve = try String(contentsOf: out.appendingPathComponent("students/eve.json"), encoding: .utf8)
        XCTAssertTrue(eve.contains("\"repository\" : \"\(http.url("eve"))\""), eve)

        // No secret anywhere: reports, the clone caches, the run's output.
        let secrets = [token, passphrase, urlPassword] + keyText.dropFirst().dropLast().filter { $0.count > 20 }
        for secret in secrets {
            for folder in [out, course.folder.url.appendingPathComponent(".grade")] {
                XCTAssertEqual(SecretScan.files(containing: secret, under: folder), [], "\(folder.lastPathComponent)")
            }
            XCTAssertFalse(run.output.contains(secret), run.output)
        }
        let cache = try String(
            contentsOf: course.folder.url.appendingPathComponent(".grade/repos/eve/config"), encoding: .utf8)
        XCTAssertTrue(cache.contains("url = \(http.url("eve"))\n"), cache)
    }

    func testAnUnsetTokenVariableIsANoteAndTheStudentIsMissing() throws {
        let course = try FixtureCourse()
        defer { course.folder.remove() }
        let students = course.folder.url.appendingPathComponent("students")
        let student = try GitFixture(at: students.appendingPathComponent("ann"))
        try student.write(FixtureCourse.solution, to: "Sources/Calc/Calc.swift")
        _ = try student.commit("done")
        let http = try HTTPGitServer(serving: students, passwords: ["ann": token])
        defer { http.stop() }
        try course.folder.write(
            try String(contentsOf: course.configFile, encoding: .utf8)
                + "credentials: {token_env: UNSET_COURSE_TOKEN}\n",
            to: "grader.yml")
        try course.writeRoster([("ann", http.url("ann"))])

        let out = course.folder.url.appendingPathComponent("out")
        let run = try grade(["--config", course.configFile.path, "--out", out.path], environment: [:])
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(
            run.output.contains("note: credentials.token_env names UNSET_COURSE_TOKEN, which is not set"), run.output)
        let report = try String(contentsOf: out.appendingPathComponent("students/ann.json"), encoding: .utf8)
        XCTAssertTrue(
            report.contains(
                "authentication failed for \(http.url("ann")): the server asks for a login and no access token is set "
                    + "(set UNSET_COURSE_TOKEN to an access token that can read the repository)"), report)
    }

    func grade(_ arguments: [String], environment: [String: String]) throws -> CommandLineTests.Run {
        try CommandLineTests.grade(arguments, environment: environment)
    }
}
