/// `index.html`: the class at a glance (totals, the two charts) and every student × every
/// exercise, sortable by any column with JavaScript on. Rendered from an `IndexPage`.
///
/// Only `{{…}}` (escaped) for values; never `{{{…}}}`.
enum IndexTemplate {
    static let html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        {{> head}}
        <title>{{pageTitle}}</title>
        </head>
        <body>
        <header>
        <h1>{{pageTitle}}</h1>
        <p class="meta">Course <code>{{course}}</code> · graded {{generatedAt}} · sandbox <code>{{sandbox}}</code> · {{studentCount}} students · {{exerciseCount}} exercises{{#cacheReuse}} · {{cacheReuse}}{{/cacheReuse}}</p>
        {{#unsandboxed}}
        <p class="warning">Student code ran without a sandbox (level <code>none</code>).</p>
        {{/unsandboxed}}
        </header>
        <main>
        <dl class="totals">
        <div><dt>Class average</dt><dd>{{averageScore}} / {{maxScore}} ({{averagePercent}})</dd></div>
        <div><dt>Median</dt><dd>{{medianScore}}</dd></div>
        <div><dt>Full marks</dt><dd>{{fullMarks}} of {{studentCount}}</dd></div>
        </dl>
        <div class="charts">
        <figure>
        {{#histogram}}
        {{> histogram}}
        {{/histogram}}
        <figcaption>Students by total score, in tenths of the points available.</figcaption>
        </figure>
        <figure>
        {{#passRates}}
        {{> passRates}}
        {{/passRates}}
        <figcaption>Pass rate per exercise: the share of its points the class earned (a submission that is missing or does not compile earns none). Each name opens that exercise's page.</figcaption>
        </figure>
        </div>
        <h2>Students</h2>
        <p class="hint">Each student opens their own page, each exercise its class page.<span class="js-only"> The sort buttons order the table by a column.</span></p>
        <div class="scroll">
        <table id="grades" class="grades">
        <thead>
        <tr><th scope="col">Student</th><th scope="col">GitHub</th><th scope="col">Commit</th>{{#columns}}<th scope="col" class="num"><a href="{{columnHref}}">{{columnID}}</a></th>{{/columns}}<th scope="col" class="num">Total</th></tr>
        </thead>
        <tbody>
        {{#rows}}
        <tr>
        <th scope="row"><a href="{{rowHref}}">{{rowIdentifier}}</a></th>
        <td>{{rowGitHub}}</td>
        <td>{{#rowCommitShort}}{{#rowCommitURL}}<a href="{{rowCommitURL}}" title="{{rowCommit}}"><code>{{rowCommitShort}}</code></a>{{/rowCommitURL}}{{^rowCommitURL}}<code title="{{rowCommit}}">{{rowCommitShort}}</code>{{/rowCommitURL}}{{/rowCommitShort}}{{^rowCommitShort}}—{{/rowCommitShort}}</td>
        {{#cells}}
        {{#cellKnown}}<td class="num t-{{cellTone}}" data-sort="{{cellSort}}">{{cellScore}} / {{cellMax}}<span class="status">{{cellStatusLabel}}</span></td>{{/cellKnown}}{{^cellKnown}}<td class="num t-none" data-sort="{{cellSort}}">—</td>{{/cellKnown}}
        {{/cells}}
        <td class="num" data-sort="{{rowSort}}"><strong>{{rowScore}}</strong> / {{rowMax}}</td>
        </tr>
        {{/rows}}
        </tbody>
        <tfoot>
        <tr><th scope="row">Class average</th><td></td><td></td>{{#columns}}<td class="num">{{columnAverage}} / {{columnMax}}</td>{{/columns}}<td class="num"><strong>{{averageScore}}</strong> / {{maxScore}}</td></tr>
        </tfoot>
        </table>
        </div>
        <p class="legend"><span class="badge t-ok">full marks</span><span class="badge t-part">some points</span><span class="badge t-bad">no points, compile error or rejected</span><span class="badge t-warn">grader error</span><span class="badge t-none">missing</span></p>
        </main>
        <script>{{> sortScript}}</script>
        </body>
        </html>

        """
}
