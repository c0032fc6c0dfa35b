import Foundation
import XCTest

@testable import GraderGit

/// A secret never prints, whatever way a value is turned into text.
final class SecretTests: XCTestCase {
    let value = "ghp_NeverPrintMe0123456789"

    func testEveryWayOfPrintingIsRedacted() {
        let secret = Secret(value)
        var dumped = ""
        dump(secret, to: &dumped)
        let texts = [
            "\(secret)", String(describing: secret), String(reflecting: secret), dumped,
            secret.description, secret.debugDescription,
        ]
        for text in texts {
            XCTAssertFalse(text.contains(value), text)
            XCTAssertTrue(text.contains("<redacted>"), text)
        }
        XCTAssertTrue(Mirror(reflecting: secret).children.isEmpty)
    }

    func testOptionsHoldingSecretsPrintNone() {
        let options = FetchOptions(
            credentials: Credentials(
                sshKey: .init(
                    file: URL(fileURLWithPath: "/keys/grader"), passphrase: Secret("passphrase-4321"), origin: "test"),
                token: .init(secret: Secret(value), origin: "TOKEN")))
        var dumped = ""
        dump(options, to: &dumped)
        for text in [dumped, "\(options)", String(reflecting: options)] {
            XCTAssertFalse(text.contains(value), text)
            XCTAssertFalse(text.contains("passphrase-4321"), text)
        }
        XCTAssertTrue(dumped.contains("/keys/grader"), "the rest still prints: \(dumped)")
    }

    func testRedactReplacesEveryOccurrence() {
        let secret = Secret(value)
        XCTAssertEqual(secret.redact("a \(value) b \(value)"), "a <redacted> b <redacted>")
        XCTAssertEqual(Secret("ab").redact("about a tab"), "about a tab", "too short to replace safely")
    }
}
