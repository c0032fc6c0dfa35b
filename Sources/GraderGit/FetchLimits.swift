import Foundation

/// Bounds on one repository's fetch: a wall-clock time and a size. A fetch that exceeds either
/// is cancelled (from libgit2's progress callbacks, and by interrupting a transfer that has
/// stalled), and the cache is left as it was before the fetch (or absent, for a first clone).
public struct FetchLimits: Sendable, Equatable {
    /// The whole fetch of one repository: connecting, negotiating, downloading, updating refs.
    public var timeout: Duration?
    /// Bytes received from the server (the pack), before any of it is kept.
    public var maxSize: Int?

    public init(timeout: Duration? = nil, maxSize: Int? = nil) {
        self.timeout = timeout
        self.maxSize = maxSize
    }

    /// No limits.
    public static let unlimited = FetchLimits()

    /// "500 MiB", "1.5 GiB", "64 KiB", "900 bytes".
    static func text(bytes: Int) -> String {
        let units: [(String, Double)] = [("GiB", 1_073_741_824), ("MiB", 1_048_576), ("KiB", 1024)]
        for (unit, scale) in units where Double(bytes) >= scale {
            let value = Double(bytes) / scale
            let number =
                value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
            return "\(number) \(unit)"
        }
        return "\(bytes) bytes"
    }

    /// "120s", "1.5s", "500ms".
    static func text(duration: Duration) -> String {
        let milliseconds =
            duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        if milliseconds < 1000 {
            return "\(milliseconds)ms"
        }
        if milliseconds % 1000 == 0 {
            return "\(milliseconds / 1000)s"
        }
        return String(format: "%.1fs", Double(milliseconds) / 1000)
    }
}
