// Encapsulation — reference solution.

/// Why an account operation was refused.
enum AccountError: Error {
    case invalidAmount
    case accountFrozen
    case insufficientFunds(available: Int)
    case sameAccount
}

/// A bank account holding whole cents, readable by anyone, changeable only through its methods.
final class BankAccount {
    let owner: String
    private(set) var balance: Int
    private(set) var transactions: [Int]
    private(set) var isFrozen: Bool

    init(owner: String) {
        self.owner = owner
        balance = 0
        transactions = []
        isFrozen = false
    }

    func deposit(_ amount: Int) throws {
        try checkCanDeposit(amount)
        apply(amount)
    }

    func withdraw(_ amount: Int) throws {
        try checkCanWithdraw(amount)
        apply(-amount)
    }

    func transfer(_ amount: Int, to other: BankAccount) throws {
        guard other !== self else { throw AccountError.sameAccount }
        // Check both sides before changing anything: all or nothing.
        try checkCanWithdraw(amount)
        try other.checkCanDeposit(amount)
        apply(-amount)
        other.apply(amount)
    }

    func freeze() {
        isFrozen = true
    }

    func unfreeze() {
        isFrozen = false
    }

    // MARK: - Private helpers: the only code that touches the balance

    private func checkCanDeposit(_ amount: Int) throws {
        guard amount > 0 else { throw AccountError.invalidAmount }
        guard !isFrozen else { throw AccountError.accountFrozen }
    }

    private func checkCanWithdraw(_ amount: Int) throws {
        guard amount > 0 else { throw AccountError.invalidAmount }
        guard !isFrozen else { throw AccountError.accountFrozen }
        guard amount <= balance else { throw AccountError.insufficientFunds(available: balance) }
    }

    private func apply(_ signedAmount: Int) {
        balance += signedAmount
        transactions.append(signedAmount)
    }
}

/// A thermostat whose target temperature always stays within `allowedRange`.
struct Thermostat {
    static let allowedRange: ClosedRange<Double> = 10...30

    private var storedTarget: Double        // hidden storage behind the validated property

    init(target: Double) {
        storedTarget = Thermostat.allowedRange.lowerBound
        self.target = target                // goes through the clamping setter
    }

    var target: Double {
        get {
            storedTarget
        }
        set {
            guard !newValue.isNaN else { return }
            storedTarget = min(max(newValue, Thermostat.allowedRange.lowerBound), Thermostat.allowedRange.upperBound)
        }
    }
}
