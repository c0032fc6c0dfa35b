import Foundation

/// A hidden suite compiled once per exercise (`Compiler.prebuild`), and the linker's command line
/// that turns it and one student's object into a test binary without going through the `swiftc`
/// and `clang` drivers (which cost more than the link itself).
struct PrebuiltSuite: Sendable {
    static let outputPlaceholder = "@GRADE-OUTPUT@"
    static let studentPlaceholder = "@GRADE-STUDENT-OBJECT@"

    /// The suite and its harness, compiled.
    var object: URL
    /// The linker and its arguments as the drivers ran them for the interface module, with the
    /// placeholders where the output and the module's object go; nil: link through `swiftc`.
    var linkCommand: [String]?
    /// The suite linked into an executable that loads the module as a shared library, tried first
    /// (`Compiler.linkLoadable`); nil where that could not be set up.
    var loadable: LoadableSuite? = nil

    /// The command that links the suite with `student` into `output`, or nil.
    func link(student: String, output: String) -> [String]? {
        linkCommand?.map {
            switch $0 {
            case Self.outputPlaceholder: output
            case Self.studentPlaceholder: student
            default: $0
            }
        }
    }

    /// The linker command in the output of `swiftc -v -o OUTPUT SUITE.o INTERFACE.o` (clang prints it
    /// as one line, the linker's path in double quotes, arguments with spaces quoted too), with
    /// `output` and `interfaceObject` replaced by the placeholders; nil unless each appears once.
    static func linkCommand(verboseOutput: String, output: String, interfaceObject: String) -> [String]? {
        for line in verboseOutput.split(separator: "\n") where line.hasPrefix(" \"") {
            guard let arguments = ShellWords.split(line), let linker = arguments.first,
                linker.hasSuffix("/ld") || linker.contains("/ld.")
            else { continue }
            guard arguments.filter({ $0 == output }).count == 1,
                arguments.filter({ $0 == interfaceObject }).count == 1
            else { return nil }
            return arguments.map {
                $0 == output ? outputPlaceholder : $0 == interfaceObject ? studentPlaceholder : $0
            }
        }
        return nil
    }
}
