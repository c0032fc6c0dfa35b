import Foundation

/// The whole run (`summary.json`, schema `grade-report/1`).
public struct GradeReport: Codable, Sendable, Equatable {
    public static let schemaID = "grade-report/1"

    public var schema: String
    public var course: String
    public var title: String?
    public var generatedAt: Date
    /// The isolation level student code ran under (`none`, `bubblewrap`, …).
    public var sandbox: String
    /// The `--at` time every exercise was graded against, when one was given.
    public var deadline: Date?
    public var students: [StudentResult]
    /// How many results came from the result cache; nil when the run did not use it (`--no-cache`).
    public var cache: CacheCounts?

    public init(
        course: String, title: String?, generatedAt: Date, sandbox: String,
        students: [StudentResult], deadline: Date? = nil, cache: CacheCounts? = nil
    ) {
        self.schema = Self.schemaID
        self.course = course
        self.title = title
        self.generatedAt = generatedAt
        self.sandbox = sandbox
        self.deadline = deadline
        self.students = students
        self.cache = cache
    }

    enum CodingKeys: String, CodingKey {
        case schema, course, title, generatedAt = "generated_at", sandbox, deadline, students, cache
    }
}
