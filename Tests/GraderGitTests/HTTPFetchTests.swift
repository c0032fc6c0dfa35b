import Foundation
import GraderGit
import GraderTestSupport
import XCTest

/// Fetching over HTTP with an access token, from `git http-backend` behind basic authentication
/// on 127.0.0.1 (`HTTPGitServer`).
final class HTTPFetchTests: GitTestCase {
    private let token = "ghp_TestToken0123456789abcdefSECRET"
    private var server: HTTPGitServer?

    override func tearDown() {
        server?.stop()
        super.tearDown()
    }

    /// Serves the scratch folder's students; `ada` demands `password` when given.
    private func serve(password: String?) throws -> HTTPGitServer {
        let server = try HTTPGitServer(
            serving: scratch.url.appendingPathComponent("students"),
            passwords: password.map { ["ada": $0] } ?? [:])
        self.server = server
        return server
    }

    private func options(token: String?, help: String = "set TEST_TOKEN") -> FetchOptions {
        FetchOptions(
            credentials: Credentials(
                token: token.map { .init(secret: Secret($0), origin: "TEST_TOKEN") }, tokenHelp: help))
    }

    func testTheRightTokenFetchesAndIsStoredNowhere() throws {
        let (_, commit) = try makeStudentWithCommit()
        let server = try serve(password: token)
        let url = server.url("ada")
        XCTAssertEqual(try Git.fetchHead(from: url, into: cacheURL(), options: options(token: token))?.commit, commit)
        XCTAssertEqual(try Git.fetchHead(from: url, into: cacheURL(), options: options(token: token))?.commit, commit)

        let config = try String(contentsOf: cacheURL().appendingPathComponent("config"), encoding: .utf8)
        XCTAssertTrue(config.contains("url = \(url)\n"), config)
        XCTAssertEqual(SecretScan.files(containing: token, under: scratch.url.appendingPathComponent("caches")), [])
        XCTAssertTrue(server.requests.contains { $0.hasSuffix("auth=yes") }, "\(server.requests)")
    }

    func testAWrongTokenIsOfferedOnceAndIsAnAuthenticationFailure() throws {
        _ = try makeStudentWithCommit()
        let server = try serve(password: token)
        let url = server.url("ada")
        let error = gitError {
            _ = try Git.fetchHead(from: url, into: cacheURL(), options: options(token: "ghp_WrongToken9876543210"))
        }
        XCTAssertEqual(error?.operation, GitError.authenticate)
        XCTAssertEqual(error?.code, -16)
        XCTAssertEqual(
            error?.description,
            "authentication failed for \(url): the server refused the token from TEST_TOKEN (user "
                + "'x-access-token') (check that the token is valid, has not expired, and may read this "
                + "repository (for GitHub: read access to the repository's contents))")
        XCTAssertEqual(server.requests.filter { $0.hasSuffix("auth=yes") }.count, 1, "\(server.requests)")
        XCTAssertEqual(cacheFolderContents(), [], "no cache, no partial clone")
    }

    func testNoTokenSaysWhatToSet() throws {
        _ = try makeStudentWithCommit()
        let server = try serve(password: token)
        let url = server.url("ada")
        let error = gitError { _ = try Git.fetchHead(from: url, into: cacheURL(), options: options(token: nil)) }
        XCTAssertEqual(
            error?.description,
            "authentication failed for \(url): the server asks for a login and no access token is set (set TEST_TOKEN)")
    }

    func testAPublicRepositoryNeverSeesTheToken() throws {
        let (_, commit) = try makeStudentWithCommit()
        let server = try serve(password: nil)
        XCTAssertEqual(
            try Git.fetchHead(from: server.url("ada"), into: cacheURL(), options: options(token: token))?.commit, commit
        )
        XCTAssertFalse(server.requests.isEmpty)
        XCTAssertTrue(server.requests.allSatisfy { $0.hasSuffix("auth=no") }, "\(server.requests)")
    }

    func testCredentialsWrittenInTheURLAreUsedButNeverStoredOrShown() throws {
        let (_, commit) = try makeStudentWithCommit()
        let password = "url-password-5678-SECRET"
        let server = try serve(password: password)
        let clean = server.url("ada")
        let withCredentials = clean.replacingOccurrences(of: "http://", with: "http://someone:\(password)@")
        XCTAssertEqual(Git.displayedSource(withCredentials), clean)

        XCTAssertEqual(
            try Git.fetchHead(from: withCredentials, into: cacheURL(), options: options(token: nil))?.commit, commit)
        let config = try String(contentsOf: cacheURL().appendingPathComponent("config"), encoding: .utf8)
        XCTAssertTrue(config.contains("url = \(clean)\n"), config)
        XCTAssertEqual(SecretScan.files(containing: password, under: scratch.url.appendingPathComponent("caches")), [])

        let wrong = clean.replacingOccurrences(of: "http://", with: "http://someone:not-the-password-42@")
        let error = gitError { _ = try Git.fetchHead(from: wrong, into: cacheURL("bob"), options: options(token: nil)) }
        XCTAssertEqual(error?.target, clean)
        XCTAssertFalse(error?.description.contains("not-the-password-42") ?? true, error?.description ?? "")
        XCTAssertTrue(error?.description.contains("the user and password written in the repository's URL") ?? false)
    }

    func testHTTPSCertificatesKeepLibgit2sValidation() throws {
        _ = try makeStudentWithCommit()
        let server = try HTTPGitServer(
            serving: scratch.url.appendingPathComponent("students"), passwords: ["ada": token], selfSignedTLS: true)
        self.server = server
        let url = server.url("ada")
        XCTAssertTrue(url.hasPrefix("https://"))
        let error = gitError { _ = try Git.fetchHead(from: url, into: cacheURL(), options: options(token: token)) }
        XCTAssertEqual(error?.code, -17, "GIT_ECERTIFICATE: \(error?.description ?? "")")
        XCTAssertNotEqual(error?.operation, GitError.verifyHostKey)
        XCTAssertEqual(server.requests, [], "no request, so no token, reached a server nobody vouches for")
        XCTAssertEqual(cacheFolderContents(), [])
    }
}
