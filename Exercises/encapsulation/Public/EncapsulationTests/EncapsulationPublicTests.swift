import XCTest
@testable import Encapsulation

final class EncapsulationPublicTests: XCTestCase {
    func testDepositIncreasesBalance() throws {
        let account = BankAccount(owner: "Sam")
        try account.deposit(42)
        XCTAssertEqual(account.balance, 42, "after depositing 42 cents into an empty account the balance is 42")
    }

    func testWithdrawingTooMuchThrows() {
        let account = BankAccount(owner: "Sam")
        XCTAssertThrowsError(try account.withdraw(1), "an empty account cannot give out money")
    }

    func testThermostatKeepsAReasonableTarget() {
        XCTAssertEqual(Thermostat(target: 20).target, 20, accuracy: 1e-12, "20 is inside the allowed range and is kept")
    }
}
