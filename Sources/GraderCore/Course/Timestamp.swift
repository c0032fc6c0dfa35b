import Foundation

/// The one way dates and times are read and written in course files and the snapshot log:
/// ISO 8601 with a time zone (`2026-12-07T23:59:00Z`, `2026-12-08T00:59:00+01:00`, fractions allowed).
public enum Timestamp {
    /// The date, or nil when `text` is not an ISO 8601 date and time with a time zone.
    public static func parse(_ text: String) -> Date? {
        try? Date(text.trimmingCharacters(in: .whitespaces), strategy: .iso8601)
    }

    /// UTC, with milliseconds: `2026-12-07T23:59:00.250Z`.
    public static func precise(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    /// UTC, whole seconds: `2026-12-07T23:59:00Z`.
    public static func text(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle())
    }
}
