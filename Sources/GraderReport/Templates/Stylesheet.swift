/// The one stylesheet of every page, inlined in each (partial `stylesheet`), so that any page,
/// a student's above all, reads the same when it is published, mailed or printed on its own.
///
/// Plain text (a partial's literal text is never escaped, so `>` selectors survive). Colours mark
/// results (`t-ok` full marks or passed, `t-part` some points, `t-bad` none or failed, `t-warn`
/// crashed, timed out or the grader's error, `t-none` nothing handed in or not run); the status
/// is always written beside them in words.
enum Stylesheet {
    static let css = """
        :root { color-scheme: light; --ink: #1d1d1f; --muted: #5b5b60; --line: #d4d4d8; --head: #f3f3f5;
          --accent: #1f5fa8; --ok: #dff3df; --part: #fff1c7; --bad: #fbe0e0; --warn: #fde7cf; --none: #ececee;
          --bar: #3d7cc4; --track: #e4e4e8; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
          color: var(--ink); background: #fff; margin: 0 auto; padding: 1rem 1.5rem 3rem; max-width: 90rem; }
        h1 { font-size: 1.6rem; margin: .25rem 0; overflow-wrap: anywhere; }
        h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; overflow-wrap: anywhere; }
        h3 { font-size: 1rem; margin: 1rem 0 .35rem; }
        a { color: var(--accent); }
        code, pre { font-family: ui-monospace, "SF Mono", Menlo, Consolas, "DejaVu Sans Mono", monospace; font-size: .88em; }
        nav { font-size: .9rem; margin-bottom: .5rem; }
        .meta { color: var(--muted); margin: 0 0 1rem; overflow-wrap: anywhere; }
        .warning { background: var(--part); border: 1px solid #d9b64a; padding: .5rem .75rem; }
        .hint { color: var(--muted); font-size: .9rem; margin: .25rem 0; }
        .js-only { display: none; }
        .sortable .js-only { display: inline; }
        .scroll { overflow-x: auto; max-width: 100%; -webkit-overflow-scrolling: touch; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; }
        th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
        thead th, tfoot th, tfoot td { background: var(--head); }
        thead th { white-space: nowrap; }
        .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        .status { display: block; font-size: .75rem; color: var(--muted); }
        table.grades tbody th { position: sticky; left: 0; background: #fff; z-index: 1; }
        table.grades tbody th, table.grades tbody td { white-space: nowrap; }
        button.sort { font: inherit; font-size: .8rem; margin-left: .25rem; padding: 0 .3rem; border: 1px solid var(--line);
          border-radius: .25rem; background: #fff; color: var(--muted); cursor: pointer; }
        th[aria-sort] button.sort { color: var(--ink); border-color: var(--ink); }
        th[aria-sort="ascending"] button.sort::after { content: " ▲"; }
        th[aria-sort="descending"] button.sort::after { content: " ▼"; }
        .t-ok { background: var(--ok); }
        .t-part { background: var(--part); }
        .t-bad { background: var(--bad); }
        .t-warn { background: var(--warn); }
        .t-none { background: var(--none); }
        .badge { display: inline-block; padding: .05rem .45rem; border-radius: .35rem; font-size: .85rem; font-weight: normal; }
        .legend .badge { margin-right: .35rem; }
        dl.totals { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; margin: .5rem 0 1rem; }
        dl.totals div { min-width: 8rem; }
        dl.totals dt { color: var(--muted); font-size: .85rem; }
        dl.totals dd { margin: 0; font-size: 1.15rem; font-weight: 600; }
        .charts { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: flex-start; }
        figure { margin: 0; flex: 1 1 22rem; max-width: 34rem; }
        figcaption { color: var(--muted); font-size: .85rem; }
        svg.chart { width: 100%; height: auto; display: block; }
        svg.chart text { font: 11px system-ui, -apple-system, "DejaVu Sans", sans-serif; fill: var(--ink); }
        svg.chart a text { fill: var(--accent); text-decoration: underline; }
        svg .bar { fill: var(--bar); }
        svg .track { fill: var(--track); }
        svg .axis { stroke: var(--muted); stroke-width: 1; }
        svg.rate { width: 6rem; height: .7rem; vertical-align: middle; margin-right: .4rem; }
        .message, pre { white-space: pre-wrap; overflow-wrap: anywhere; }
        pre { background: #f6f6f8; border: 1px solid var(--line); padding: .5rem; margin: .35rem 0; max-height: 30rem; overflow: auto; }
        .truncated { color: #8a4b00; font-style: italic; font-size: .9rem; }
        .allowed { color: var(--muted); font-size: .9rem; border-left: 3px solid var(--line); padding-left: .5rem; }
        table.late { margin: .25rem 0 .75rem; }
        section.exercise { border-top: 2px solid var(--line); margin-top: 1.25rem; }
        section.exercise h2 .score { font-weight: normal; color: var(--muted); }
        ol.diagnostics { padding-left: 1.5rem; }
        ol.diagnostics li { margin-bottom: .5rem; }
        ol.diagnostics li p { margin: 0; overflow-wrap: anywhere; }
        .d-error strong { color: #a4161a; }
        .d-warning strong { color: #8a4b00; }
        details { margin: .5rem 0; }
        summary { cursor: pointer; }
        @media (max-width: 40rem) {
          body { padding: .75rem .75rem 2rem; font-size: 14px; }
          h1 { font-size: 1.3rem; }
          th, td { padding: .25rem .35rem; }
        }
        @media print {
          body { font-size: 10pt; max-width: none; padding: 0; }
          nav, button.sort, .hint { display: none; }
          .scroll { overflow: visible; }
          pre { max-height: none; overflow: visible; }
          a { color: inherit; text-decoration: none; }
          table.grades tbody th { position: static; }
          tr, figure, ol.diagnostics li { break-inside: avoid; }
          h2, h3 { break-after: avoid; }
          * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }
        """
}
