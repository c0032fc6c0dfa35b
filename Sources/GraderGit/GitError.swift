import CGit2
import Foundation

/// A libgit2 failure: which operation on what, libgit2's own error code, class and message, and a
/// hint a human can act on.
///
/// `description` reads like `could not clone 'https://github.com/acme/course-ada.git': unexpected
/// http status code: 404 (check that the repository exists at that URL or path, and that this
/// machine can reach it)`.
public struct GitError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What we were doing: "clone", "fetch", "create cache", "open", "lookup commit", "read tree",
    /// "read blob"; or why a fetch was refused: `authenticate`, `verifyHostKey`,
    /// `stayWithinLimits`.
    public let operation: String
    /// What we were doing it to: the source URL or path, the cache folder, or the commit.
    public let target: String
    /// libgit2's return code (`git_error_code`), e.g. -1 (`GIT_ERROR`), -3 (`GIT_ENOTFOUND`),
    /// -16 (`GIT_EAUTH`).
    public let code: Int32
    /// libgit2's error class (`git_error_t`), e.g. 2 (`GIT_ERROR_OS`), 12 (`GIT_ERROR_NET`);
    /// 0 when libgit2 recorded none.
    public let errorClass: Int32
    /// libgit2's own message (never empty).
    public let message: String
    /// What to do about it, when we can tell.
    public let hint: String?

    /// `hint` defaults to one derived from the operation, code and class.
    public init(
        operation: String, target: String, code: Int32, errorClass: Int32, message: String,
        hint: String? = nil
    ) {
        self.operation = operation
        self.target = target
        self.code = code
        self.errorClass = errorClass
        self.message = message.isEmpty ? "libgit2 error \(code) (no message)" : message
        self.hint =
            hint
            ?? Self.defaultHint(
                operation: operation, code: code, errorClass: errorClass, message: message)
    }

    /// The server did not accept any credential the grader offered (or it had none to offer).
    public static let authenticate = "authenticate"
    /// The SSH server's host key is not in the grader's known_hosts.
    public static let verifyHostKey = "verify host key"
    /// The fetch was cancelled at its size or time limit.
    public static let stayWithinLimits = "stay within limits"

    public var description: String {
        var text: String
        switch operation {
        case Self.authenticate:
            text = "authentication failed for \(target): \(message)"
        case Self.verifyHostKey, Self.stayWithinLimits:
            text = message
        default:
            text = "could not \(operation) '\(target)': \(message)"
        }
        if let hint {
            text += " (\(hint))"
        }
        return text
    }

    /// The same error with another hint.
    func withHint(_ hint: String) -> GitError {
        GitError(
            operation: operation, target: target, code: code, errorClass: errorClass,
            message: message, hint: hint)
    }

    private static func defaultHint(
        operation: String, code: Int32, errorClass: Int32, message: String
    ) -> String? {
        func isClass(_ classes: git_error_t...) -> Bool {
            classes.contains { Int32($0.rawValue) == errorClass }
        }
        if code == GIT_EAUTH.rawValue || code == GIT_ECERTIFICATE.rawValue {
            return "the repository may be private or the URL wrong; check that it exists and that "
                + "the grader may read it"
        }
        // libgit2 1.5 reports a local source owned by another user as code -1 with the message
        // "config value 'safe.directory' was not found", not as GIT_EOWNER.
        if code == GIT_EOWNER.rawValue || message.contains("safe.directory") {
            return "the repository belongs to another user, which libgit2 refuses (git's "
                + "safe.directory rule); run the grader as its owner, or list the folder under "
                + "safe.directory in the grader's global git configuration"
        }
        if operation == "clone" || operation == "fetch" {
            return "check that the repository exists at that URL or path, and that this machine "
                + "can reach it"
        }
        if code == GIT_ENOTFOUND.rawValue, operation == "lookup commit" {
            return "the commit is not in the cache; fetch the repository first"
        }
        if isClass(GIT_ERROR_ODB, GIT_ERROR_ZLIB, GIT_ERROR_OBJECT) {
            return "the cached repository may be damaged; delete the cache folder and run again"
        }
        if isClass(GIT_ERROR_OS) || operation == "create cache" {
            return "check that the folder exists, has free space and is writable"
        }
        return nil
    }

    /// The error libgit2 recorded for this thread after `code` (a negative return value) came back.
    static func last(_ code: Int32, operation: String, target: String) -> GitError {
        var errorClass: Int32 = 0
        var message = ""
        if let error = git_error_last() {
            errorClass = error.pointee.klass
            if let text = error.pointee.message {
                message = String(cString: text)
            }
        }
        git_error_clear()
        return GitError(
            operation: operation, target: target, code: code, errorClass: errorClass,
            message: message.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// A failure outside libgit2 (file system, bad argument), in the same shape.
    static func other(_ message: String, operation: String, target: String, errorClass: git_error_t)
        -> GitError
    {
        GitError(
            operation: operation, target: target, code: GIT_ERROR.rawValue,
            errorClass: Int32(errorClass.rawValue), message: message)
    }
}
