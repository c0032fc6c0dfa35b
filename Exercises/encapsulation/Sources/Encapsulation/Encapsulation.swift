// Encapsulation — starter code.
// Replace every `fatalError("TODO: …")` with your implementation.
// Keep the declarations exactly as they are: the grader's tests use them. You may add private
// properties and methods.

/// Why an account operation was refused. Given: do not change.
enum AccountError: Error {
    case invalidAmount                      // an amount of 0 or less
    case accountFrozen                      // this account (or the other one in a transfer) is frozen
    case insufficientFunds(available: Int)  // the amount is larger than the balance
    case sameAccount                        // a transfer from an account to itself
}

/// A bank account holding whole cents. Its state can be read by anyone but changed only through
/// its methods, which keep it valid: the balance is never negative, and every change is recorded.
final class BankAccount {
    let owner: String

    /// The current balance in cents. Never negative.
    private(set) var balance: Int

    /// Every successful change of the balance, in order: deposits and incoming transfers as
    /// positive amounts, withdrawals and outgoing transfers as negative amounts.
    private(set) var transactions: [Int]

    /// A frozen account refuses deposits, withdrawals and transfers.
    private(set) var isFrozen: Bool

    /// A new, empty, unfrozen account.
    init(owner: String) {
        fatalError("TODO: init(owner:)")
    }

    /// Adds `amount` cents. Throws `.invalidAmount` if `amount` <= 0, then `.accountFrozen`
    /// if frozen.
    func deposit(_ amount: Int) throws {
        fatalError("TODO: deposit")
    }

    /// Takes out `amount` cents. Throws `.invalidAmount` if `amount` <= 0, then `.accountFrozen`
    /// if frozen, then `.insufficientFunds(available: balance)` if `amount` > balance.
    func withdraw(_ amount: Int) throws {
        fatalError("TODO: withdraw")
    }

    /// Moves `amount` cents from this account to `other`, all or nothing. Throws `.sameAccount`
    /// if `other` is this very account, otherwise the errors of withdraw, with `.accountFrozen`
    /// also when `other` is frozen. A failed transfer changes neither account.
    func transfer(_ amount: Int, to other: BankAccount) throws {
        fatalError("TODO: transfer")
    }

    func freeze() {
        fatalError("TODO: freeze")
    }

    func unfreeze() {
        fatalError("TODO: unfreeze")
    }
}

/// A thermostat whose target temperature always stays within `allowedRange`.
struct Thermostat {
    static let allowedRange: ClosedRange<Double> = 10...30

    /// The target is clamped into `allowedRange`; a NaN target becomes the range's lower bound.
    init(target: Double) {
        fatalError("TODO: Thermostat.init(target:)")
    }

    /// Anyone may read and set the target, but setting clamps it into `allowedRange`:
    /// 35 becomes 30, 4 becomes 10. Setting NaN is ignored (the target stays as it was).
    var target: Double {
        get {
            fatalError("TODO: Thermostat.target getter")
        }
        set {
            fatalError("TODO: Thermostat.target setter")
        }
    }
}
