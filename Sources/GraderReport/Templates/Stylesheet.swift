/// The one inline stylesheet of every HTML page, registered as the partial `stylesheet`.
///
/// Plain text (a partial's literal text is never escaped, so `>` selectors survive).
enum Stylesheet {
    static let css = """
        body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5rem; color: #1d1d1f; background: #fff; }
        h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.15rem; margin: 0 0 .5rem; }
        h3 { font-size: 1rem; margin: 1rem 0 .25rem; }
        .meta { color: #555; margin: 0 0 1rem; }
        .warning { background: #fff3cd; border: 1px solid #e0c060; padding: .5rem .75rem; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; }
        th, td { border: 1px solid #ccc; padding: .3rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: #f2f2f2; }
        td.num, th.num { text-align: right; white-space: nowrap; }
        .status { display: block; font-size: .8rem; }
        pre, .message { white-space: pre-wrap; overflow-wrap: anywhere; }
        pre { background: #f6f6f6; border: 1px solid #ddd; padding: .5rem; max-height: 30rem; overflow: auto; }
        section.exercise { border-top: 2px solid #ccc; padding: .75rem 0; }
        .s-passed, .s-graded { background: #e7f6e7; }
        .s-failed, .s-compile_error, .s-rejected { background: #fde8e8; }
        .s-crashed, .s-timeout, .s-error { background: #fdf0dc; }
        .s-not_run, .s-missing, .s-absent { background: #f0f0f0; }
        """
}
