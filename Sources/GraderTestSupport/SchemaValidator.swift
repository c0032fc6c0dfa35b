import Foundation
import XCTest

/// Validates JSON files against the repository's JSON Schemas (`schemas/grade-report-1.schema.json`
/// by default, `gradescopeSchemaURL` for the Gradescope export) with Python's `jsonschema` (draft
/// 2020-12), run through `python3`. A missing `python3` or `jsonschema` is a failure.
public struct SchemaValidator {
    /// What one validation run said.
    public struct Verdict {
        public let valid: Bool
        public let report: String
    }

    /// The repository's `schemas/` folder, found from this source file's location.
    public static let schemasFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("schemas", isDirectory: true)

    /// `grade-report/1`: `summary.json` and (`#/$defs/student`) `students/*.json`.
    public static let schemaURL = schemasFolder.appendingPathComponent("grade-report-1.schema.json")

    /// Gradescope's `results.json`, as `grade` writes it (`gradescope/*.json`).
    public static let gradescopeSchemaURL = schemasFolder.appendingPathComponent("gradescope-results.schema.json")

    private static let exitInvalid: Int32 = 10
    private static let exitMissingModule: Int32 = 3

    /// Registers the root schema under a URN and validates every file against `root#pointer`.
    private static let script = """
        import json, sys
        try:
            import jsonschema
            from referencing import Registry, Resource
            from referencing.jsonschema import DRAFT202012
        except ImportError as error:
            print(f"cannot import: {error}", file=sys.stderr)
            sys.exit(\(exitMissingModule))
        schema_path, pointer, files = sys.argv[1], sys.argv[2], sys.argv[3:]
        with open(schema_path, encoding="utf-8") as f:
            root = json.load(f)
        jsonschema.Draft202012Validator.check_schema(root)
        uri = "urn:grade:schema"
        resource = Resource.from_contents(root, default_specification=DRAFT202012)
        registry = Registry().with_resource(uri, resource)
        validator = jsonschema.Draft202012Validator({"$ref": uri + pointer}, registry=registry)
        problems = 0
        for path in files:
            with open(path, encoding="utf-8") as f:
                document = json.load(f)
            for error in validator.iter_errors(document):
                problems += 1
                where = "/".join(str(part) for part in error.absolute_path) or "(root)"
                print(f"{path}: {where}: {error.message}")
        print(f"checked {len(files)} file(s) against {pointer}: {problems} problem(s)")
        sys.exit(\(exitInvalid) if problems else 0)
        """

    /// Validates `files` against the `pointer` (`#` for the whole, `#/$defs/student`) of `schema`.
    /// Returns nil, after recording a failure, when the validation could not run at all.
    public static func validate(
        _ files: [URL], against pointer: String, of schema: URL = schemaURL, file: StaticString = #filePath,
        line: UInt = #line
    ) -> Verdict? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema.path, pointer] + files.map(\.path)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            try process.run()
        } catch {
            XCTFail(
                "cannot run python3 (\(error)): install Python 3, then pip install jsonschema",
                file: file, line: line)
            return nil
        }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        switch process.terminationStatus {
        case 0:
            return Verdict(valid: true, report: output)
        case exitInvalid:
            return Verdict(valid: false, report: output)
        case exitMissingModule:
            XCTFail(
                "python3 lacks the jsonschema package: pip install jsonschema\n\(output)",
                file: file, line: line)
            return nil
        case let status:
            XCTFail(
                "python3 exited with \(status) (is it installed? pip install jsonschema):\n\(output)",
                file: file, line: line)
            return nil
        }
    }
}
