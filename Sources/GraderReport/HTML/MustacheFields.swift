import Mustache

// The page models the templates walk most often (a test row, a cell of the index, a JUnit case),
// answered field by field: mustache otherwise finds each name by reflecting over every field of
// the value, which was most of the time `grade` took to write the reports of a large class.
// Each list must name every field of its type: a field left out renders as nothing, which the
// golden reports of GraderReportTests show.

extension StudentPage.Test: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "testName": testName
        case "testTone": testTone
        case "testStatusLabel": testStatusLabel
        case "testScore": testScore
        case "testMax": testMax
        case "testDuration": testDuration
        case "testMessage": testMessage
        default: nil
        }
    }
}

extension StudentPage.DiagnosticEntry: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "diagnosticPlace": diagnosticPlace
        case "diagnosticLine": diagnosticLine
        case "diagnosticColumn": diagnosticColumn
        case "diagnosticSeverity": diagnosticSeverity
        case "diagnosticMessage": diagnosticMessage
        case "diagnosticExcerpt": diagnosticExcerpt
        default: nil
        }
    }
}

extension StudentPage.Exercise: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "exerciseID": exerciseID
        case "exerciseAnchor": exerciseAnchor
        case "exerciseTone": exerciseTone
        case "exerciseStatusLabel": exerciseStatusLabel
        case "exerciseScore": exerciseScore
        case "exerciseMax": exerciseMax
        case "exerciseHint": exerciseHint
        case "exerciseLate": exerciseLate
        case "exerciseMessage": exerciseMessage
        case "exerciseAllowed": exerciseAllowed
        case "hasDiagnostics": hasDiagnostics
        case "diagnostics": diagnostics
        case "diagnosticsNotice": diagnosticsNotice
        case "hasTests": hasTests
        case "testsOpen": testsOpen
        case "testsSummary": testsSummary
        case "tests": tests
        case "output": output
        case "outputNotice": outputNotice
        default: nil
        }
    }
}

extension IndexPage.Cell: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "cellKnown": cellKnown
        case "cellTone": cellTone
        case "cellStatusLabel": cellStatusLabel
        case "cellScore": cellScore
        case "cellMax": cellMax
        case "cellSort": cellSort
        default: nil
        }
    }
}

extension IndexPage.Row: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "rowHref": rowHref
        case "rowIdentifier": rowIdentifier
        case "rowGitHub": rowGitHub
        case "rowCommit": rowCommit
        case "rowCommitShort": rowCommitShort
        case "rowCommitURL": rowCommitURL
        case "cells": cells
        case "rowScore": rowScore
        case "rowMax": rowMax
        case "rowSort": rowSort
        default: nil
        }
    }
}

extension IndexPage.Column: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "columnID": columnID
        case "columnHref": columnHref
        case "columnAverage": columnAverage
        case "columnMax": columnMax
        default: nil
        }
    }
}

extension JUnitReport.Problem: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "problemType": problemType
        case "problemMessage": problemMessage
        case "problemText": problemText
        default: nil
        }
    }
}

extension JUnitReport.Case: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "caseClass": caseClass
        case "caseName": caseName
        case "caseTime": caseTime
        case "caseHasBody": caseHasBody
        case "caseFailure": caseFailure
        case "caseError": caseError
        case "caseSkipped": caseSkipped
        default: nil
        }
    }
}

extension JUnitReport.Property: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "propertyName": propertyName
        case "propertyValue": propertyValue
        default: nil
        }
    }
}

extension JUnitReport.Suite: MustacheParent {
    func child(named name: String) -> Any? {
        switch name {
        case "suiteName": suiteName
        case "suiteTests": suiteTests
        case "suiteFailures": suiteFailures
        case "suiteErrors": suiteErrors
        case "suiteSkipped": suiteSkipped
        case "suiteTime": suiteTime
        case "suiteProperties": suiteProperties
        case "cases": cases
        case "suiteOutput": suiteOutput
        default: nil
        }
    }
}
