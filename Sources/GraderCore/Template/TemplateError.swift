/// Why `grade template` wrote nothing.
public struct TemplateError: Error, Sendable, CustomStringConvertible {
    public var description: String
}
