/// The index's inline SVG charts (partials `histogram` and `passRates`), drawn from
/// `Charts.Histogram` and `Charts.PassRates`. Only `{{…}}` (escaped) for values.
enum ChartTemplates {
    static let histogram = """
        <svg class="chart" viewBox="0 0 420 190" role="img" aria-label="{{histogramDescription}}">
        <title>{{histogramDescription}}</title>
        <line class="axis" x1="10" y1="160.5" x2="410" y2="160.5"/>
        {{#histogramBars}}
        <rect class="bar" x="{{barX}}" y="{{barY}}" width="30" height="{{barHeight}}"/>
        {{#barShowsCount}}<text x="{{barLabelX}}" y="{{barCountY}}" text-anchor="middle">{{barCount}}</text>{{/barShowsCount}}
        <text x="{{barLabelX}}" y="176" text-anchor="middle">{{barLabel}}</text>
        {{/histogramBars}}
        </svg>
        """

    static let passRates = """
        <svg class="chart" viewBox="0 0 420 {{rateHeight}}" role="img" aria-label="{{rateDescription}}">
        <title>{{rateDescription}}</title>
        {{#rateRows}}
        <a href="{{rateHref}}"><text x="132" y="{{rateTextY}}" text-anchor="end">{{rateLabel}}</text></a>
        <rect class="track" x="140" y="{{rateY}}" width="220" height="14"/>
        <rect class="bar" x="140" y="{{rateY}}" width="{{rateWidth}}" height="14"/>
        <text x="{{ratePercentX}}" y="{{rateTextY}}">{{ratePercent}}</text>
        {{/rateRows}}
        </svg>
        """
}
