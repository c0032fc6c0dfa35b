import XCTest
@testable import Encapsulation

final class BankAccountTests: XCTestCase {
    /// Runs `body` and names the AccountError it threw (matched case by case), or "no error".
    private func failure(of body: () throws -> Void) -> String {
        do {
            try body()
            return "no error"
        } catch let error as AccountError {
            switch error {
            case .invalidAmount: return "invalidAmount"
            case .accountFrozen: return "accountFrozen"
            case .insufficientFunds(let available): return "insufficientFunds(available: \(available))"
            case .sameAccount: return "sameAccount"
            }
        } catch {
            return "an error that is not an AccountError"
        }
    }

    func testNewAccountStartsEmptyAndUnfrozen() {
        let account = BankAccount(owner: "Ada")
        XCTAssertEqual(account.owner, "Ada", "the owner should be stored")
        XCTAssertEqual(account.balance, 0, "a new account starts with a balance of 0")
        XCTAssertEqual(account.transactions, [], "a new account has no transactions yet")
        XCTAssertFalse(account.isFrozen, "a new account is not frozen")
    }

    func testDepositsAndWithdrawalsUpdateBalanceAndHistory() {
        let account = BankAccount(owner: "Ada")
        XCTAssertEqual(failure { try account.deposit(500) }, "no error", "depositing a positive amount should succeed")
        XCTAssertEqual(failure { try account.withdraw(120) }, "no error", "withdrawing less than the balance should succeed")
        XCTAssertEqual(failure { try account.deposit(30) }, "no error", "a second deposit should succeed")
        XCTAssertEqual(failure { try account.withdraw(410) }, "no error", "withdrawing exactly the whole balance should succeed")
        XCTAssertEqual(account.balance, 0, "500 - 120 + 30 - 410 leaves nothing")
        XCTAssertEqual(account.transactions, [500, -120, 30, -410], "every change is recorded in order: deposits positive, withdrawals negative")
    }

    func testNonPositiveAmountsAreRejected() {
        let account = BankAccount(owner: "Ada")
        try? account.deposit(100)
        XCTAssertEqual(failure { try account.deposit(0) }, "invalidAmount", "depositing 0 should throw invalidAmount")
        XCTAssertEqual(failure { try account.deposit(-50) }, "invalidAmount", "depositing a negative amount should throw invalidAmount, not sneak money out")
        XCTAssertEqual(failure { try account.withdraw(0) }, "invalidAmount", "withdrawing 0 should throw invalidAmount")
        XCTAssertEqual(failure { try account.withdraw(-50) }, "invalidAmount", "withdrawing a negative amount should throw invalidAmount, not sneak money in")
        XCTAssertEqual(account.balance, 100, "rejected operations must not change the balance")
        XCTAssertEqual(account.transactions, [100], "rejected operations must not be recorded")
    }

    func testOverdraftIsRejectedWithTheAvailableBalance() {
        let account = BankAccount(owner: "Ada")
        try? account.deposit(250)
        XCTAssertEqual(failure { try account.withdraw(251) }, "insufficientFunds(available: 250)", "withdrawing more than the balance should throw insufficientFunds carrying the available balance")
        XCTAssertEqual(account.balance, 250, "a refused withdrawal leaves the balance alone: it never goes negative")
        XCTAssertEqual(account.transactions, [250], "a refused withdrawal is not recorded")
        let empty = BankAccount(owner: "Bob")
        XCTAssertEqual(failure { try empty.withdraw(1) }, "insufficientFunds(available: 0)", "an empty account cannot give out even one cent")
    }

    func testFrozenAccountRejectsEverythingUntilUnfrozen() {
        let account = BankAccount(owner: "Ada")
        try? account.deposit(100)
        account.freeze()
        XCTAssertTrue(account.isFrozen, "freeze() should freeze the account")
        XCTAssertEqual(failure { try account.deposit(10) }, "accountFrozen", "a frozen account refuses deposits")
        XCTAssertEqual(failure { try account.withdraw(10) }, "accountFrozen", "a frozen account refuses withdrawals")
        XCTAssertEqual(account.balance, 100, "nothing changes while frozen")
        account.unfreeze()
        XCTAssertFalse(account.isFrozen, "unfreeze() should unfreeze the account")
        XCTAssertEqual(failure { try account.withdraw(10) }, "no error", "after unfreezing, withdrawals work again")
        XCTAssertEqual(account.transactions, [100, -10], "only the successful operations are recorded")
    }

    func testTransferMovesMoneyBetweenAccounts() {
        let ada = BankAccount(owner: "Ada")
        let bob = BankAccount(owner: "Bob")
        try? ada.deposit(1000)
        XCTAssertEqual(failure { try ada.transfer(300, to: bob) }, "no error", "a transfer within the balance should succeed")
        XCTAssertEqual(ada.balance, 700, "the amount leaves the sending account")
        XCTAssertEqual(bob.balance, 300, "the amount arrives in the receiving account")
        XCTAssertEqual(ada.transactions, [1000, -300], "the sender records an outgoing (negative) amount")
        XCTAssertEqual(bob.transactions, [300], "the receiver records an incoming (positive) amount")
    }

    func testFailedTransferChangesNeitherAccount() {
        let ada = BankAccount(owner: "Ada")
        let bob = BankAccount(owner: "Bob")
        try? ada.deposit(100)
        XCTAssertEqual(failure { try ada.transfer(150, to: bob) }, "insufficientFunds(available: 100)", "transferring more than the balance should throw insufficientFunds")
        XCTAssertEqual(failure { try ada.transfer(-5, to: bob) }, "invalidAmount", "transferring a negative amount should throw invalidAmount")
        bob.freeze()
        XCTAssertEqual(failure { try ada.transfer(50, to: bob) }, "accountFrozen", "transferring into a frozen account should throw accountFrozen")
        XCTAssertEqual(ada.balance, 100, "after failed transfers the sender keeps all its money (all or nothing)")
        XCTAssertEqual(bob.balance, 0, "after failed transfers the receiver got nothing")
        XCTAssertEqual(ada.transactions, [100], "failed transfers leave no trace in the sender's history")
        XCTAssertEqual(bob.transactions, [], "failed transfers leave no trace in the receiver's history")
    }

    func testTransferToTheSameAccountIsRejected() {
        let ada = BankAccount(owner: "Ada")
        try? ada.deposit(100)
        XCTAssertEqual(failure { try ada.transfer(10, to: ada) }, "sameAccount", "a transfer from an account to itself (the very same object) should throw sameAccount")
        XCTAssertEqual(ada.transactions, [100], "the refused self-transfer is not recorded")
        let namesake = BankAccount(owner: "Ada")
        XCTAssertEqual(failure { try ada.transfer(10, to: namesake) }, "no error", "another account with the same owner is a different account: the transfer is allowed")
        XCTAssertEqual(namesake.balance, 10, "the namesake account received the money")
    }

    private func isSettable<Root, Value>(_ keyPath: WritableKeyPath<Root, Value>) -> Bool { true }
    private func isSettable<Root, Value>(_ keyPath: KeyPath<Root, Value>) -> Bool { false }

    func testAccountStateCannotBeSetFromOutside() {
        let account = BankAccount(owner: "Eve")
        XCTAssertEqual(failure { try account.deposit(5) }, "no error", "the only way to change the balance is through methods such as deposit")
        XCTAssertEqual(account.balance, 5, "the balance stays readable from outside")
        XCTAssertFalse(isSettable(\BankAccount.balance), "code outside BankAccount must be able to read the balance but not set it (think private(set))")
        XCTAssertFalse(isSettable(\BankAccount.transactions), "code outside BankAccount must be able to read the transactions but not replace them")
        XCTAssertFalse(isSettable(\BankAccount.isFrozen), "code outside BankAccount must use freeze() and unfreeze(), not set isFrozen directly")
        XCTAssertFalse(isSettable(\BankAccount.owner), "the owner never changes")
    }
}

final class ThermostatTests: XCTestCase {
    private func isSettable<Root, Value>(_ keyPath: WritableKeyPath<Root, Value>) -> Bool { true }
    private func isSettable<Root, Value>(_ keyPath: KeyPath<Root, Value>) -> Bool { false }

    func testThermostatClampsTheTargetIntoTheAllowedRange() {
        XCTAssertTrue(isSettable(\Thermostat.target), "the target must stay settable from outside: the setter validates instead of hiding it")
        var thermostat = Thermostat(target: 21.5)
        XCTAssertEqual(thermostat.target, 21.5, accuracy: 1e-12, "a target inside the range is kept as given")
        thermostat.target = 35
        XCTAssertEqual(thermostat.target, 30, accuracy: 1e-12, "a target above the range is clamped to its upper bound")
        thermostat.target = 4
        XCTAssertEqual(thermostat.target, 10, accuracy: 1e-12, "a target below the range is clamped to its lower bound")
        thermostat.target = 30
        XCTAssertEqual(thermostat.target, 30, accuracy: 1e-12, "the bounds themselves are allowed")
        thermostat.target = -.infinity
        XCTAssertEqual(thermostat.target, 10, accuracy: 1e-12, "minus infinity is clamped to the lower bound")
    }

    func testThermostatInitializerClampsToo() {
        XCTAssertEqual(Thermostat(target: 99).target, 30, accuracy: 1e-12, "the initializer must clamp as well: 99 becomes the upper bound")
        XCTAssertEqual(Thermostat(target: -5).target, 10, accuracy: 1e-12, "the initializer must clamp as well: -5 becomes the lower bound")
        XCTAssertEqual(Thermostat(target: .nan).target, 10, accuracy: 1e-12, "a NaN initial target becomes the lower bound")
    }

    func testThermostatIgnoresNaN() {
        var thermostat = Thermostat(target: 22)
        thermostat.target = .nan
        XCTAssertEqual(thermostat.target, 22, accuracy: 1e-12, "setting NaN should be ignored, keeping the previous target")
    }
}
