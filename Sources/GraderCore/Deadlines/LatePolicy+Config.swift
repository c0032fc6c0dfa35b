import Foundation
import GraderModel

extension LatePolicy {
    static let keys: Set = ["policy", "grace", "penalty_per_day", "max_days"]

    /// `late:` of grader.yml over `base`: a policy name alone (`late: on-time-only`) or a mapping
    /// `{policy: latest-with-penalty, grace: 15m, penalty_per_day: 10%, max_days: 5}`.
    static func parse(_ value: YAMLValue, base: LatePolicy) throws(ConfigError) -> LatePolicy {
        var policy = base
        if case .scalar = value.node {
            policy.kind = try kind(value)
            return policy
        }
        let keys = try value.mapping(allowed: keys)
        if let v = keys["policy"] { policy.kind = try kind(v) }
        if let v = keys["grace"] { policy.grace = try grace(v) }
        if let v = keys["penalty_per_day"] { policy.penaltyPerDay = try percent(v) }
        if let v = keys["max_days"] {
            let text = try v.string()
            guard let days = Int(text), days >= 0 else {
                throw v.error("expected a whole number of days of at least 0, got '\(text)'")
            }
            policy.maxDays = days
        }
        return policy
    }

    private static func kind(_ value: YAMLValue) throws(ConfigError) -> LatePolicyKind {
        let text = try value.string()
        guard let kind = LatePolicyKind(rawValue: text) else {
            let known = LatePolicyKind.allCases.map(\.rawValue).joined(separator: " or ")
            throw value.error("'\(text)' is not a late policy: write \(known)")
        }
        return kind
    }

    /// A duration (`15m`, `1h`, `90s`), or `0`.
    private static func grace(_ value: YAMLValue) throws(ConfigError) -> TimeInterval {
        let text = try value.string()
        if ["0", "0s", "0m", "0h"].contains(text) { return 0 }
        guard let duration = Quantity.duration(text) else {
            throw value.error("'\(text)' is not a duration: write a number and a unit, like 15m, 1h or 0")
        }
        let (seconds, attoseconds) = duration.components
        return TimeInterval(seconds) + TimeInterval(attoseconds) / 1e18
    }

    /// `10%` or `10`: a percent from 0 to 100.
    private static func percent(_ value: YAMLValue) throws(ConfigError) -> Double {
        let text = try value.string()
        let number = text.hasSuffix("%") ? String(text.dropLast()).trimmingCharacters(in: .whitespaces) : text
        guard let percent = Double(number), percent.isFinite, (0...100).contains(percent) else {
            throw value.error("'\(text)' is not a percent from 0% to 100%: write it like 10%")
        }
        return percent
    }
}
