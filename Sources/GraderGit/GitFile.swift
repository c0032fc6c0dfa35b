import Foundation

/// One entry of a commit's tree, read from the object database.
public struct GitFile: Sendable, Equatable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// A plain file (mode 100644).
        case regular
        /// A file with its executable bit set (mode 100755).
        case executable
        /// A symbolic link (mode 120000); `contents` is the link's target, never what it points to.
        case symlink
        /// A submodule (gitlink, mode 160000); `contents` is empty.
        case submodule
    }

    /// Relative to the folder asked for, with "/" separators: "Loops.swift", "Helpers/Extra.swift".
    public let path: String
    public let kind: Kind
    /// The blob's bytes; the link target for a symlink; empty for a submodule.
    public let contents: Data

    public init(path: String, kind: Kind, contents: Data) {
        self.path = path
        self.kind = kind
        self.contents = contents
    }

    /// `contents` as UTF-8 text, or nil when it is not valid UTF-8.
    public var text: String? {
        String(data: contents, encoding: .utf8)
    }
}
