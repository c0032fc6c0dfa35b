/// `students/<file>.html`: one student's exercises and tests. Rendered from a `StudentPage`.
///
/// Only `{{…}}` (escaped) for values; never `{{{…}}}`.
enum StudentTemplate {
    static let html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{identifier}} — {{pageTitle}}</title>
        <style>
        {{> stylesheet}}
        </style>
        </head>
        <body>
        <p><a href="../index.html">← all students</a> · <a href="{{jsonHref}}">JSON</a></p>
        <h1>{{identifier}}</h1>
        <p class="meta">{{pageTitle}} · generated {{generatedAt}} · sandbox <code>{{sandbox}}</code></p>
        <table>
        <tr><th scope="row">GitHub</th><td>{{#gitHub}}{{gitHub}}{{/gitHub}}{{^gitHub}}—{{/gitHub}}</td></tr>
        <tr><th scope="row">Repository</th><td>{{#repository}}<code>{{repository}}</code>{{/repository}}{{^repository}}—{{/repository}}</td></tr>
        <tr><th scope="row">Commit</th><td>{{#commit}}<code>{{commit}}</code>{{/commit}}{{^commit}}—{{/commit}}</td></tr>
        <tr><th scope="row">Score</th><td><strong>{{score}}</strong> / {{maxScore}}</td></tr>
        </table>
        {{#exercises}}
        <section class="exercise">
        <h2>{{exerciseID}}: <span class="s-{{exerciseStatus}}">{{exerciseStatusLabel}}</span>, {{exerciseScore}} / {{exerciseMax}}</h2>
        {{#exerciseMessage}}
        <p class="message">{{exerciseMessage}}</p>
        {{/exerciseMessage}}
        {{#diagnostics}}
        <h3>Compiler diagnostics</h3>
        <pre>{{diagnostics}}</pre>
        {{/diagnostics}}
        {{#hasTests}}
        <table>
        <thead>
        <tr><th scope="col">Test</th><th scope="col">Status</th><th scope="col" class="num">Score</th><th scope="col" class="num">Duration</th><th scope="col">Message</th></tr>
        </thead>
        <tbody>
        {{#tests}}
        <tr><td><code>{{testName}}</code></td><td class="s-{{testStatus}}">{{testStatusLabel}}</td><td class="num">{{testScore}} / {{testMax}}</td><td class="num">{{testDuration}}</td><td>{{#testMessage}}<span class="message">{{testMessage}}</span>{{/testMessage}}</td></tr>
        {{/tests}}
        </tbody>
        </table>
        {{/hasTests}}
        {{#output}}
        <h3>Captured output</h3>
        <pre>{{output}}</pre>
        {{/output}}
        </section>
        {{/exercises}}
        {{^exercises}}
        <p>No exercises were graded.</p>
        {{/exercises}}
        </body>
        </html>

        """
}
