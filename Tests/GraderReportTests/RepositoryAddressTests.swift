import GraderReport
import XCTest

/// Repository addresses on pages: credentials removed, commit links on known forges only.
final class RepositoryAddressTests: XCTestCase {
    let commit = "0123456789abcdef0123456789abcdef01234567"

    func testGitHubHTTPSAndSSHAddressesLinkToTheCommit() {
        for raw in [
            "https://github.com/acme/course-ada.git", "https://github.com/acme/course-ada",
            "https://github.com/acme/course-ada/", "git@github.com:acme/course-ada.git",
            "ssh://git@github.com/acme/course-ada.git", "ssh://git@github.com:22/acme/course-ada.git",
            "https://x-access-token:ghp_abc@github.com/acme/course-ada.git",
            "  https://github.com/acme/course-ada.git\n",
        ] {
            let address = RepositoryAddress(raw)
            XCTAssertEqual(address.webURL, "https://github.com/acme/course-ada", raw)
            XCTAssertEqual(address.commitURL(commit), "https://github.com/acme/course-ada/commit/\(commit)", raw)
            XCTAssertEqual(address.name, "course-ada", raw)
        }
    }

    func testGitLabAndOtherForges() {
        XCTAssertEqual(
            RepositoryAddress("git@gitlab.com:group/sub/repo.git").commitURL(commit),
            "https://gitlab.com/group/sub/repo/-/commit/\(commit)")
        XCTAssertEqual(
            RepositoryAddress("https://gitlab.example.edu/course/ada.git").commitURL(commit),
            "https://gitlab.example.edu/course/ada/-/commit/\(commit)")
        XCTAssertEqual(
            RepositoryAddress("https://github.example.edu:8443/acme/ada.git").commitURL(commit),
            "https://github.example.edu:8443/acme/ada/commit/\(commit)", "an https port is kept")
        XCTAssertEqual(
            RepositoryAddress("https://bitbucket.org/acme/ada.git").commitURL(commit),
            "https://bitbucket.org/acme/ada/commits/\(commit)")
        XCTAssertEqual(
            RepositoryAddress("https://codeberg.org/acme/ada.git").commitURL(commit),
            "https://codeberg.org/acme/ada/commit/\(commit)")
    }

    func testNoLinkForLocalPathsUnknownHostsOrOddPaths() {
        for raw in [
            "/srv/git/ada", "students/ada", "file:///srv/git/ada.git", "https://git.example.edu/acme/ada.git",
            "https://github.com/acme", "https://github.com/acme/ada/extra", "https://github.com/acme/a%20b",
            "https://github.com/acme/../x", "https://github.com/acme/<script>", "C:\\repos\\ada",
        ] {
            XCTAssertNil(RepositoryAddress(raw).commitURL(commit), raw)
        }
    }

    func testNoLinkForACommitThatIsNotAnObjectID() {
        let address = RepositoryAddress("https://github.com/acme/ada.git")
        for bad in [nil, "", "abc", "HEAD", "0123456789abcdef0123456789abcdef0123456z", "../../x"] {
            XCTAssertNil(address.commitURL(bad), bad ?? "nil")
        }
        XCTAssertEqual(address.commitURL("ABCDEF1"), "https://github.com/acme/ada/commit/abcdef1")
    }

    func testCredentialsQueriesAndFragmentsNeverReachTheDisplay() {
        XCTAssertEqual(
            RepositoryAddress("https://ada:hunter2@github.com/acme/ada.git?token=x#frag").display,
            "https://github.com/acme/ada.git")
        XCTAssertEqual(RepositoryAddress("https://token@gitlab.com/g/r.git").display, "https://gitlab.com/g/r.git")
        XCTAssertEqual(RepositoryAddress("ssh://git:pw@host.edu:2222/r.git").display, "ssh://host.edu:2222/r.git")
        XCTAssertEqual(RepositoryAddress("git@github.com:acme/ada.git").display, "github.com:acme/ada.git")
        XCTAssertEqual(
            RepositoryAddress("deploy@git.example.edu:course/ada.git").display, "git.example.edu:course/ada.git")
        XCTAssertEqual(RepositoryAddress("/srv/git/ada").display, "/srv/git/ada")
    }
}
