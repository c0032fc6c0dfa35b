/// `index.html`: every student × every exercise. Rendered from an `IndexPage`.
///
/// Only `{{…}}` (escaped) for values; never `{{{…}}}`.
enum IndexTemplate {
    static let html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{pageTitle}}</title>
        <style>
        {{> stylesheet}}
        </style>
        </head>
        <body>
        <h1>{{pageTitle}}</h1>
        <p class="meta">Course <code>{{course}}</code> · generated {{generatedAt}} · sandbox <code>{{sandbox}}</code> · {{studentCount}} students</p>
        {{#unsandboxed}}
        <p class="warning">Student code ran without a sandbox (level <code>none</code>).</p>
        {{/unsandboxed}}
        <table>
        <thead>
        <tr><th scope="col">Student</th><th scope="col">GitHub</th><th scope="col">Commit</th>{{#columns}}<th scope="col" class="num">{{columnID}}</th>{{/columns}}<th scope="col" class="num">Total</th></tr>
        </thead>
        <tbody>
        {{#rows}}
        <tr>
        <th scope="row"><a href="{{rowHref}}">{{rowIdentifier}}</a></th>
        <td>{{rowGitHub}}</td>
        <td>{{#rowCommitShort}}<code title="{{rowCommit}}">{{rowCommitShort}}</code>{{/rowCommitShort}}{{^rowCommitShort}}—{{/rowCommitShort}}</td>
        {{#cells}}
        {{#cellKnown}}<td class="num s-{{cellStatus}}">{{cellScore}} / {{cellMax}}<span class="status">{{cellStatusLabel}}</span></td>{{/cellKnown}}{{^cellKnown}}<td class="num s-absent">—</td>{{/cellKnown}}
        {{/cells}}
        <td class="num"><strong>{{rowScore}}</strong> / {{rowMax}}</td>
        </tr>
        {{/rows}}
        </tbody>
        </table>
        </body>
        </html>

        """
}
