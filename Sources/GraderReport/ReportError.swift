/// Why a report could not be written (besides the file system's own errors).
public enum ReportError: Error, Equatable, CustomStringConvertible {
    /// A built-in template is missing: a bug in `GraderReport`, never in the data.
    case missingTemplate(String)

    public var description: String {
        switch self {
        case .missingTemplate(let name): "the HTML template '\(name)' is not registered"
        }
    }
}
