import Foundation

/// A secret (an access token, a key's passphrase) that can be handed around without ever being
/// printed: `description`, `debugDescription`, string interpolation, `dump` and `Mirror` all show
/// `<redacted>`. Only GraderGit reads the value, to give it to libgit2's credential callback.
public struct Secret: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// The value itself; never put it in a message, a report or a URL.
    let value: String

    public init(_ value: String) {
        self.value = value
    }

    public var description: String { "<redacted>" }
    public var debugDescription: String { "Secret(<redacted>)" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }

    /// `text` with every occurrence of the secret replaced by `<redacted>`. Secrets shorter than
    /// four characters are left alone: replacing them would garble ordinary words.
    func redact(_ text: String) -> String {
        guard value.count >= 4 else { return text }
        return text.replacingOccurrences(of: value, with: "<redacted>")
    }
}
