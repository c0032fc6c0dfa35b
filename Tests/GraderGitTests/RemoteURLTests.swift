import Foundation
import XCTest

@testable import GraderGit

/// How a repository source is split into what libgit2 and the cache see and what stays secret.
final class RemoteURLTests: XCTestCase {
    func testHTTPSCredentialsLeaveTheURL() throws {
        let url = RemoteURL("https://ada:tok%2Fen@github.com/acme/course-ada.git")
        XCTAssertEqual(url.clean, "https://github.com/acme/course-ada.git")
        XCTAssertEqual(url.embedded?.user, "ada")
        XCTAssertEqual(url.embedded?.password?.value, "tok/en")
        XCTAssertEqual(url.host, "github.com")
        XCTAssertEqual(url.port, 443)
        XCTAssertTrue(url.isSafeForTokens)
        XCTAssertEqual(Git.displayedSource("https://ghp_token@github.com/a/b.git"), "https://github.com/a/b.git")
    }

    func testTokensTravelOnlyOverHTTPSOrToThisMachine() {
        XCTAssertFalse(RemoteURL("http://git.example.com/a.git").isSafeForTokens)
        XCTAssertTrue(RemoteURL("http://127.0.0.1:8080/a.git").isSafeForTokens)
        XCTAssertTrue(RemoteURL("http://localhost/a.git").isSafeForTokens)
        XCTAssertTrue(RemoteURL("http://[::1]:8080/a.git").isSafeForTokens)
        XCTAssertFalse(RemoteURL("git://127.0.0.1/a.git").isSafeForTokens)
    }

    func testSSHKeepsItsUserButNeverAPassword() {
        let url = RemoteURL("ssh://git:hunter22@git.example.com:2222/acme/a.git")
        XCTAssertEqual(url.clean, "ssh://git@git.example.com:2222/acme/a.git")
        XCTAssertNil(url.embedded)
        XCTAssertTrue(url.isSSH)
        XCTAssertEqual(url.port, 2222)
        XCTAssertEqual(RemoteURL("ssh://git@github.com/acme/a.git").port, 22)
    }

    func testScpLikeAddressesAreSSHOnPort22() {
        let url = RemoteURL("git@github.com:acme/course-ada.git")
        XCTAssertEqual(url.clean, "git@github.com:acme/course-ada.git")
        XCTAssertEqual(url.scheme, "ssh")
        XCTAssertEqual(url.host, "github.com")
        XCTAssertEqual(url.port, 22)
    }

    func testLocalPathsStayAsTheyAre() {
        for path in ["/srv/students/ada", "students/ada", "./a:b"] {
            let url = RemoteURL(path)
            XCTAssertEqual(url.clean, path)
            XCTAssertNil(url.scheme, path)
            XCTAssertNil(url.host, path)
        }
    }
}
