/// `students/<file>.html`: one student's results, what to fix first, then every exercise with its
/// tests, compiler diagnostics and captured output. Rendered from a `StudentPage`; holds nothing
/// of any other student.
///
/// Only `{{…}}` (escaped) for values; never `{{{…}}}`.
enum StudentTemplate {
    static let html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        {{> head}}
        <title>{{identifier}} — {{pageTitle}}</title>
        </head>
        <body>
        <nav><a href="../index.html">← Class overview</a> · <a href="{{jsonHref}}">These results as JSON</a></nav>
        <header>
        <h1>{{identifier}}</h1>
        <p class="meta">{{pageTitle}} · graded {{generatedAt}} · sandbox <code>{{sandbox}}</code></p>
        </header>
        <main>
        <div class="scroll">
        <table class="facts">
        <tr><th scope="row">GitHub</th><td>{{#gitHub}}{{gitHub}}{{/gitHub}}{{^gitHub}}—{{/gitHub}}</td></tr>
        <tr><th scope="row">Repository</th><td>{{#repository}}{{#repositoryURL}}<a href="{{repositoryURL}}"><code>{{repository}}</code></a>{{/repositoryURL}}{{^repositoryURL}}<code>{{repository}}</code>{{/repositoryURL}}{{/repository}}{{^repository}}—{{/repository}}</td></tr>
        <tr><th scope="row">Commit graded</th><td>{{#commit}}{{#commitURL}}<a href="{{commitURL}}"><code>{{commit}}</code></a>{{/commitURL}}{{^commitURL}}<code>{{commit}}</code>{{/commitURL}}{{/commit}}{{^commit}}—{{/commit}}</td></tr>
        {{#headCommit}}
        <tr><th scope="row">Newest commit when fetched</th><td>{{#headURL}}<a href="{{headURL}}"><code>{{headCommit}}</code></a>{{/headURL}}{{^headURL}}<code>{{headCommit}}</code>{{/headURL}} (not graded: see each exercise's deadline)</td></tr>
        {{/headCommit}}
        <tr><th scope="row">Score</th><td><strong>{{score}}</strong> / {{maxScore}} ({{percent}})</td></tr>
        </table>
        </div>
        {{#hasExercises}}
        <h2>Summary</h2>
        <div class="scroll">
        <table class="summary">
        <thead>
        <tr><th scope="col">Exercise</th><th scope="col">Status</th><th scope="col" class="num">Score</th><th scope="col">What to look at</th></tr>
        </thead>
        <tbody>
        {{#exercises}}
        <tr><th scope="row"><a href="#{{exerciseAnchor}}">{{exerciseID}}</a></th><td class="t-{{exerciseTone}}">{{exerciseStatusLabel}}</td><td class="num">{{exerciseScore}} / {{exerciseMax}}</td><td>{{exerciseHint}}</td></tr>
        {{/exercises}}
        </tbody>
        </table>
        </div>
        {{/hasExercises}}
        {{#exercises}}
        <section class="exercise" id="{{exerciseAnchor}}">
        <h2>{{exerciseID}} <span class="badge t-{{exerciseTone}}">{{exerciseStatusLabel}}</span> <span class="score">{{exerciseScore}} / {{exerciseMax}}</span></h2>
        {{#exerciseLate}}
        <div class="scroll">
        <table class="facts late t-{{lateTone}}">
        {{#lateRows}}
        <tr><th scope="row">{{lateLabel}}</th><td>{{#lateCode}}{{#lateURL}}<a href="{{lateURL}}"><code>{{lateValue}}</code></a>{{/lateURL}}{{^lateURL}}<code>{{lateValue}}</code>{{/lateURL}}{{/lateCode}}{{^lateCode}}{{lateValue}}{{/lateCode}}</td></tr>
        {{/lateRows}}
        </table>
        </div>
        {{/exerciseLate}}
        {{#exerciseMessage}}
        <p class="message">{{exerciseMessage}}</p>
        {{/exerciseMessage}}
        {{#exerciseAllowed}}
        <p class="allowed">{{exerciseAllowed}}</p>
        {{/exerciseAllowed}}
        {{#hasDiagnostics}}
        <h3>Compiler diagnostics</h3>
        <ol class="diagnostics">
        {{#diagnostics}}
        <li class="d-{{diagnosticSeverity}}">
        <p>{{#diagnosticPlace}}<code class="file">{{diagnosticPlace}}</code>{{/diagnosticPlace}}{{#diagnosticLine}} line {{diagnosticLine}}{{/diagnosticLine}}{{#diagnosticColumn}}, column {{diagnosticColumn}}{{/diagnosticColumn}}{{#diagnosticPlace}}: {{/diagnosticPlace}}{{#diagnosticSeverity}}<strong>{{diagnosticSeverity}}</strong>: {{/diagnosticSeverity}}{{diagnosticMessage}}</p>
        {{#diagnosticExcerpt}}
        <pre>{{diagnosticExcerpt}}</pre>
        {{/diagnosticExcerpt}}
        </li>
        {{/diagnostics}}
        </ol>
        {{#diagnosticsNotice}}
        <p class="truncated">{{diagnosticsNotice}}</p>
        {{/diagnosticsNotice}}
        {{/hasDiagnostics}}
        {{#hasTests}}
        <details class="tests"{{#testsOpen}} open{{/testsOpen}}>
        <summary>{{testsSummary}}</summary>
        <div class="scroll">
        <table>
        <thead>
        <tr><th scope="col">Test</th><th scope="col">Status</th><th scope="col" class="num">Score</th><th scope="col" class="num">Duration</th><th scope="col">Message</th></tr>
        </thead>
        <tbody>
        {{#tests}}
        <tr><td><code>{{testName}}</code></td><td class="t-{{testTone}}">{{testStatusLabel}}</td><td class="num">{{testScore}} / {{testMax}}</td><td class="num">{{testDuration}}</td><td>{{#testMessage}}<div class="message">{{testMessage}}</div>{{/testMessage}}</td></tr>
        {{/tests}}
        </tbody>
        </table>
        </div>
        </details>
        {{/hasTests}}
        {{#output}}
        <details class="output">
        <summary>Captured output{{#outputNotice}} (truncated){{/outputNotice}}</summary>
        <pre>{{output}}</pre>
        {{#outputNotice}}
        <p class="truncated">{{outputNotice}}</p>
        {{/outputNotice}}
        </details>
        {{/output}}
        </section>
        {{/exercises}}
        {{^exercises}}
        <p>No exercises were graded.</p>
        {{/exercises}}
        </main>
        </body>
        </html>

        """
}
