import Foundation

/// The index's two charts as numbers for the SVG templates in `ChartTemplates`: drawn when the
/// page is written, so they show with JavaScript off and in print.
///
/// Coordinates are in the SVG's own units (`viewBox`); the page scales the drawing to its width.
enum Charts {
    /// Students per tenth of the points: ten columns, each labelled with its count.
    struct Histogram {
        struct Bar {
            let barX: String
            let barY: String
            let barHeight: String
            let barCount: Int
            let barShowsCount: Bool
            let barCountY: String
            let barLabel: String
            let barLabelX: String
        }

        let histogramBars: [Bar]
        let histogramDescription: String

        init(bins: [Int], counting subject: String = "Students by total score") {
            let tallest = max(bins.max() ?? 0, 1)
            let bottom = 160.0
            let height = 130.0
            histogramBars = bins.enumerated().map { index, count in
                let barHeight = count == 0 ? 0 : max(height * Double(count) / Double(tallest), 1)
                let left = 10 + Double(index) * 40
                return Bar(
                    barX: Charts.number(left + 5), barY: Charts.number(bottom - barHeight),
                    barHeight: Charts.number(barHeight), barCount: count, barShowsCount: count > 0,
                    barCountY: Charts.number(bottom - barHeight - 4), barLabel: Self.label(index),
                    barLabelX: Charts.number(left + 20))
            }
            histogramDescription =
                "\(subject): "
                + bins.enumerated().map { "\(Self.label($0)) %: \($1)" }.joined(separator: ", ")
        }

        static func label(_ index: Int) -> String {
            index == 9 ? "90–100" : "\(index * 10)–\(index * 10 + 9)"
        }
    }

    /// One horizontal bar per exercise: the share of its points the class earned.
    struct PassRates {
        struct Row {
            let rateLabel: String
            let rateHref: String
            let rateY: String
            let rateTextY: String
            let rateWidth: String
            let ratePercent: String
            let ratePercentX: String
        }

        let rateRows: [Row]
        let rateHeight: String
        let rateDescription: String

        init(_ exercises: [ExerciseStatistics], href: (String) -> String) {
            let barWidth = 220.0
            rateRows = exercises.enumerated().map { index, exercise in
                let rate = exercise.passRate ?? 0
                let top = 6 + Double(index) * 22
                let width = barWidth * rate
                return Row(
                    rateLabel: ReportText.clipped(exercise.id, limit: 20, marker: "…"), rateHref: href(exercise.id),
                    rateY: Charts.number(top), rateTextY: Charts.number(top + 12),
                    rateWidth: Charts.number(width),
                    ratePercent: exercise.passRate.map(Charts.percent) ?? "—",
                    ratePercentX: Charts.number(140 + width + 6))
            }
            rateHeight = Charts.number(12 + Double(exercises.count) * 22)
            rateDescription =
                "Pass rate per exercise: "
                + exercises.map { "\($0.id) \($0.passRate.map(Charts.percent) ?? "no points")" }
                .joined(separator: ", ")
        }
    }

    /// A coordinate with at most one decimal: `12`, `12.5`.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    /// `0.8333` → `83 %`.
    static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded())) %"
    }
}
