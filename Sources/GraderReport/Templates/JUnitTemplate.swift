/// `junit/<file>.xml`, rendered from a `JUnitReport`. Mustache's escaping (`&lt;`, `&gt;`, `&amp;`,
/// `&quot;`, `&#39;`) is valid XML; only `{{…}}` for values.
enum JUnitTemplate {
    static let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <testsuites name="{{reportName}}" tests="{{totalTests}}" failures="{{totalFailures}}" errors="{{totalErrors}}" skipped="{{totalSkipped}}" time="{{totalTime}}" timestamp="{{timestamp}}">
        {{#suites}}
          <testsuite name="{{suiteName}}" tests="{{suiteTests}}" failures="{{suiteFailures}}" errors="{{suiteErrors}}" skipped="{{suiteSkipped}}" time="{{suiteTime}}" timestamp="{{timestamp}}">
            <properties>
        {{#suiteProperties}}
              <property name="{{propertyName}}" value="{{propertyValue}}"/>
        {{/suiteProperties}}
            </properties>
        {{#cases}}
        {{^caseHasBody}}
            <testcase classname="{{caseClass}}" name="{{caseName}}" time="{{caseTime}}"/>
        {{/caseHasBody}}
        {{#caseHasBody}}
            <testcase classname="{{caseClass}}" name="{{caseName}}" time="{{caseTime}}">
        {{#caseFailure}}
              <failure type="{{problemType}}" message="{{problemMessage}}">{{problemText}}</failure>
        {{/caseFailure}}
        {{#caseError}}
              <error type="{{problemType}}" message="{{problemMessage}}">{{problemText}}</error>
        {{/caseError}}
        {{#caseSkipped}}
              <skipped message="{{problemMessage}}"/>
        {{/caseSkipped}}
            </testcase>
        {{/caseHasBody}}
        {{/cases}}
        {{#suiteOutput}}
            <system-out>{{suiteOutput}}</system-out>
        {{/suiteOutput}}
          </testsuite>
        {{/suites}}
        </testsuites>

        """
}
