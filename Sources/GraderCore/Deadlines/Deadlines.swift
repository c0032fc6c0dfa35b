import Foundation

/// Everything a grading run needs to judge deadlines: `--at`, the extensions, the snapshot log.
public struct Deadlines: Sendable {
    /// `grade --at`: one deadline for every exercise, instead of each exercise's `due`.
    public var at: Date?
    public var extensions: Extensions
    public var seen: SeenRecords

    /// No deadline anywhere: every exercise is graded at the remote's HEAD.
    public static let none = Deadlines()

    public init(at: Date? = nil, extensions: Extensions = .none, seen: SeenRecords = .empty) {
        self.at = at
        self.extensions = extensions
        self.seen = seen
    }

    /// The deadline of `exercise` for `identifier`: the student's extension, else `--at`, else the
    /// exercise's `due`; nil when there is none.
    public func deadline(for identifier: String, exercise: Exercise) -> Deadline? {
        if let due = extensions.due(for: identifier, exercise: exercise.id) {
            return Deadline(due: due, extended: true, policy: exercise.late)
        }
        guard let due = at ?? exercise.due else { return nil }
        return Deadline(due: due, extended: false, policy: exercise.late)
    }

    /// Whether any exercise of `course` can have a deadline for anyone.
    public func apply(to course: Course) -> Bool {
        at != nil || !extensions.isEmpty || course.exercises.contains { $0.due != nil }
    }

    /// Reads what a run over `roster` needs: the extensions grader.yml names (checked against the
    /// course and the roster) and the snapshot log in the course's `.grade/`.
    public static func load(course: Course, roster: Roster, at: Date?) throws -> Deadlines {
        var deadlines = Deadlines(at: at)
        if let file = course.extensions {
            deadlines.extensions = try Extensions.load(file, course: course, roster: roster)
        }
        if deadlines.apply(to: course) {
            deadlines.seen = try SeenLog.read(stateFolder: course.stateFolder)
        }
        return deadlines
    }
}

/// One student's deadline for one exercise.
public struct Deadline: Sendable, Equatable {
    public var due: Date
    /// From `extensions.csv`.
    public var extended: Bool
    public var policy: LatePolicy

    public init(due: Date, extended: Bool, policy: LatePolicy) {
        self.due = due
        self.extended = extended
        self.policy = policy
    }
}
