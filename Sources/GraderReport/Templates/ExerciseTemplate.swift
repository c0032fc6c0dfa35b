/// `exercises/<file>.html`: how the class did on one exercise: its hidden tests, hardest first,
/// and the failure messages most students met. Rendered from an `ExercisePage`; names no student.
///
/// Only `{{…}}` (escaped) for values; never `{{{…}}}`.
enum ExerciseTemplate {
    static let html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        {{> head}}
        <title>{{exerciseID}} — {{pageTitle}}</title>
        </head>
        <body>
        <nav><a href="../index.html">← Class overview</a></nav>
        <header>
        <h1>{{exerciseID}}</h1>
        <p class="meta">{{pageTitle}} · graded {{generatedAt}} · sandbox <code>{{sandbox}}</code> · {{studentCount}} students</p>
        </header>
        <main>
        <dl class="totals">
        <div><dt>Pass rate</dt><dd>{{passRate}}</dd></div>
        <div><dt>Average</dt><dd>{{averageScore}} / {{maxScore}}</dd></div>
        <div><dt>Full marks</dt><dd>{{fullMarks}} of {{studentCount}}</dd></div>
        </dl>
        <p class="legend">{{#statuses}}<span class="badge t-{{statusTone}}">{{statusLabel}}: {{statusCount}}</span>{{/statuses}}</p>
        <h2>Hidden tests, hardest first</h2>
        {{#hasTallies}}
        <div class="scroll">
        <table id="tests">
        <thead>
        <tr><th scope="col">Test</th><th scope="col">Pass rate</th><th scope="col" class="num">Passed</th><th scope="col" class="num">Failed</th><th scope="col" class="num">Crashed</th><th scope="col" class="num">Timed out</th><th scope="col" class="num">Not run</th><th scope="col" class="num">No result</th></tr>
        </thead>
        <tbody>
        {{#tallies}}
        <tr><th scope="row"><code>{{tallyName}}</code></th><td class="num"><svg class="rate" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true"><rect class="track" width="100" height="10"/><rect class="bar" width="{{tallyWidth}}" height="10"/></svg>{{tallyPercent}}</td><td class="num">{{tallyPassed}}</td><td class="num">{{tallyFailed}}</td><td class="num">{{tallyCrashed}}</td><td class="num">{{tallyTimeout}}</td><td class="num">{{tallyNotRun}}</td><td class="num">{{tallyNoResult}}</td></tr>
        {{/tallies}}
        </tbody>
        </table>
        </div>
        <p class="hint">Counts are of students. Not run: the tests never ran (the code is missing or did not compile, or an earlier crash stopped them). No result: the student's report has no line for this test.</p>
        {{/hasTallies}}
        {{^hasTallies}}
        <p>No student's code reached the hidden tests.</p>
        {{/hasTallies}}
        <h2>Where the class is stuck</h2>
        {{#hasFailures}}
        <div class="scroll">
        <table id="failures">
        <thead>
        <tr><th scope="col" class="num">Students</th><th scope="col">From</th><th scope="col">Message</th></tr>
        </thead>
        <tbody>
        {{#failures}}
        <tr><td class="num">{{failureCount}}</td><td>{{failureKind}}{{#failureTests}}<br><code>{{failureTest}}</code>{{/failureTests}}{{#failureMoreTests}}<br>{{failureMoreTests}}{{/failureMoreTests}}</td><td><div class="message">{{failureText}}</div></td></tr>
        {{/failures}}
        </tbody>
        </table>
        </div>
        {{#moreFailures}}
        <p class="hint">{{moreFailures}}</p>
        {{/moreFailures}}
        {{/hasFailures}}
        {{^hasFailures}}
        <p>Nothing failed: every student passed every test.</p>
        {{/hasFailures}}
        </main>
        </body>
        </html>

        """
}
