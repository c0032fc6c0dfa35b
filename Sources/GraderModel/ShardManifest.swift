import Foundation

/// `shard.json`: what one shard of a grading (`grade --shard I/N`) was and graded. Written last,
/// after every report of the shard, so a folder without it is a shard that did not finish.
/// `grade merge` reads it to check that the shards fit together.
public struct ShardManifest: Codable, Sendable, Equatable {
    public static let schemaID = "grade-shard/1"
    public static let fileName = "shard.json"

    public var schema: String
    /// 1 … `count`.
    public var shard: Int
    public var count: Int
    public var course: String
    /// `CourseVersion.digest`: the same for every shard of one grading.
    public var courseVersion: String
    /// The exercises graded, in course order.
    public var exercises: [String]
    /// Every student of the grading (all shards), in roster order.
    public var roster: [String]
    /// The students of this shard, in roster order.
    public var students: [String]

    public init(
        shard: Int, count: Int, course: String, courseVersion: String, exercises: [String], roster: [String],
        students: [String]
    ) {
        schema = Self.schemaID
        self.shard = shard
        self.count = count
        self.course = course
        self.courseVersion = courseVersion
        self.exercises = exercises
        self.roster = roster
        self.students = students
    }

    enum CodingKeys: String, CodingKey {
        case schema, shard, count, course, courseVersion = "course_version", exercises, roster, students
    }
}
