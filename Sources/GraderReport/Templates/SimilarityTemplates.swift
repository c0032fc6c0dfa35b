/// The instructors' similarity pages (`grade similarity`): `index` (per exercise a histogram of
/// pair scores and the ranked pairs) and `pair` (both submissions side by side, shared lines
/// marked). Only `{{…}}` (escaped) for values: student code is text, never markup.
enum SimilarityTemplates {
    static let style = """
        <style>
        .caveat { border-left: 4px solid #b45309; background: #fffbeb; padding: .6em 1em; }
        .sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1em; }
        @media (max-width: 800px) { .sides { grid-template-columns: 1fr; } }
        .sides section { min-width: 0; }
        pre.code { overflow-x: auto; background: #f8fafc; border: 1px solid #e2e8f0; padding: .5em 0; font-size: .85em; line-height: 1.35; }
        pre.code span.line { display: block; padding: 0 .6em; }
        pre.code span.line.shared { background: #fde68a; }
        pre.code span.line.longest { background: #f59e0b; }
        pre.code span.no { display: inline-block; width: 3.5em; color: #64748b; user-select: none; }
        </style>
        """

    static let index = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        {{> head}}
        {{> similarityStyle}}
        <title>Similarity — {{pageTitle}}</title>
        </head>
        <body>
        <header>
        <h1>Similarity</h1>
        <p class="meta">{{pageTitle}} · compared {{generatedAt}} · {{settingsText}} · for instructors only</p>
        </header>
        <main>
        <p class="caveat">{{caveat}}</p>
        {{#exercises}}
        <section id="{{anchor}}">
        <h2>{{exerciseID}}</h2>
        <p>{{submissions}} submissions compared · {{pairCount}} pair(s) share code{{#shownNote}} · {{shownNote}}{{/shownNote}}</p>
        {{> histogram}}
        {{#hasUnparsed}}
        <p class="hint">Did not parse (compared by their tokens all the same): {{#unparsed}}<code>{{unparsedStudent}}</code> ({{unparsedFiles}}) {{/unparsed}}</p>
        {{/hasUnparsed}}
        {{#hasPairs}}
        <div class="scroll">
        <table class="pairs">
        <thead><tr><th scope="col" class="num">#</th><th scope="col">First</th><th scope="col">Second</th><th scope="col" class="num">Similarity</th><th scope="col" class="num">Of first</th><th scope="col" class="num">Of second</th><th scope="col" class="num">Longest shared</th></tr></thead>
        <tbody>
        {{#rows}}
        <tr><td class="num">{{rank}}</td><td>{{first}}</td><td>{{second}}</td><td class="num"><a href="{{href}}">{{similarity}}</a></td><td class="num">{{firstCoverage}}</td><td class="num">{{secondCoverage}}</td><td class="num">{{longest}}</td></tr>
        {{/rows}}
        </tbody>
        </table>
        </div>
        {{/hasPairs}}
        </section>
        {{/exercises}}
        </main>
        </body>
        </html>

        """

    static let pair = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        {{> head}}
        {{> similarityStyle}}
        <title>{{exerciseID}}: {{first}} and {{second}} — Similarity</title>
        </head>
        <body>
        <nav><a href="../../index.html#{{anchor}}">← Similarity</a></nav>
        <header>
        <h1>{{exerciseID}}: {{first}} and {{second}}</h1>
        <p class="meta">similarity {{similarity}} · {{firstCoverage}} of {{first}}'s counted code is in {{second}}'s, {{secondCoverage}} the other way · longest shared run {{longest}}</p>
        </header>
        <main>
        <p class="caveat">{{caveat}} Marked lines hold code both share; the darkest, the longest shared run.</p>
        <div class="sides">
        {{#sides}}
        <section>
        <h2>{{student}}</h2>
        {{#files}}
        <h3><code>{{path}}</code></h3>
        <pre class="code">{{#lines}}<span class="line{{#shared}} shared{{/shared}}{{#longest}} longest{{/longest}}"><span class="no">{{number}}</span>{{text}}</span>{{/lines}}</pre>
        {{/files}}
        </section>
        {{/sides}}
        </div>
        </main>
        </body>
        </html>

        """
}
