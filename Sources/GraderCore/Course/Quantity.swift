import Foundation

/// Parses the human quantities grader.yml uses: durations (`90s`, `500ms`, `2m`) and sizes
/// (`512MiB`, `64KiB`, `1GiB`, `1000`).
enum Quantity {
    static func duration(_ text: String) -> Duration? {
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for (suffix, scale) in units where trimmed.hasSuffix(suffix) {
            let number = trimmed.dropLast(suffix.count)
            // "ms" ends in "s" too: only accept a plain number before the suffix.
            guard let value = Double(number), value > 0, value.isFinite else { continue }
            return .milliseconds(Int64((value * scale * 1000).rounded()))
        }
        return nil
    }

    static func size(_ text: String) -> Int? {
        let units: [(String, Int)] = [
            ("KiB", 1 << 10), ("MiB", 1 << 20), ("GiB", 1 << 30), ("KB", 1000), ("MB", 1_000_000),
            ("GB", 1_000_000_000), ("B", 1),
        ]
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for (suffix, scale) in units where trimmed.hasSuffix(suffix) {
            guard let value = Double(trimmed.dropLast(suffix.count)), value > 0 else { continue }
            return Int(value * Double(scale))
        }
        if let plain = Int(trimmed), plain > 0 { return plain }
        return nil
    }
}
