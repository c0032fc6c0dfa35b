import Foundation

/// `similarity.json` (`grade-similarity/1`): per exercise, how much code each pair of students'
/// graded submissions share, starter code and code most of the class has left out. A score is a
/// reason to look at two submissions side by side, not a verdict.
public struct SimilarityReport: Codable, Sendable, Equatable {
    public static let schemaID = "grade-similarity/1"
    public static let caveat =
        "A score says how much code two submissions share once names, literals, comments and layout are ignored. It is a reason to look at both side by side, not a verdict: short exercises leave little room for different solutions."

    public var schema = schemaID
    public var course: String
    public var generatedAt: Date
    public var caveat = caveat
    public var settings: SimilaritySettings
    public var exercises: [ExerciseSimilarity]

    public init(course: String, generatedAt: Date, settings: SimilaritySettings, exercises: [ExerciseSimilarity]) {
        self.course = course
        self.generatedAt = generatedAt
        self.settings = settings
        self.exercises = exercises
    }

    enum CodingKeys: String, CodingKey {
        case schema, course, generatedAt = "generated_at", caveat, settings, exercises
    }
}

/// How fingerprints are taken and what is left out.
public struct SimilaritySettings: Codable, Sendable, Equatable {
    /// Tokens per fingerprinted run (k-gram).
    public var k: Int
    /// Winnowing window: one fingerprint at least every `window` k-grams.
    public var window: Int
    /// A fingerprint found in more than this share of the class (and in more than ten
    /// submissions) is common code, never counted.
    public var commonShare: Double

    public init(k: Int = 8, window: Int = 5, commonShare: Double = 0.5) {
        self.k = k
        self.window = window
        self.commonShare = commonShare
    }

    enum CodingKeys: String, CodingKey {
        case k, window, commonShare = "common_share"
    }
}

public struct ExerciseSimilarity: Codable, Sendable, Equatable {
    public var id: String
    /// Students whose submission was compared.
    public var submissions: Int
    /// Files that did not parse, compared by their lexical tokens: student → paths.
    public var unparsed: [String: [String]]
    /// Pairs by similarity, in tenths: `histogram[0]` counts pairs below 0.1 (no shared code included).
    public var histogram: [Int]
    /// Pairs that share code, most similar first.
    public var pairs: [SimilarPair]

    public init(id: String, submissions: Int, unparsed: [String: [String]], histogram: [Int], pairs: [SimilarPair]) {
        self.id = id
        self.submissions = submissions
        self.unparsed = unparsed
        self.histogram = histogram
        self.pairs = pairs
    }
}

public struct SimilarPair: Codable, Sendable, Equatable {
    public var first: String
    public var second: String
    /// Shared fingerprints over the mean of both submissions' counted fingerprints, 0…1.
    public var similarity: Double
    /// The share of `first`'s counted fingerprints that `second` has too, 0…1; and the converse.
    public var firstCoverage: Double
    public var secondCoverage: Double
    public var sharedFingerprints: Int
    /// The longest run of shared code found.
    public var longest: SharedFragment?

    public init(
        first: String, second: String, similarity: Double, firstCoverage: Double, secondCoverage: Double,
        sharedFingerprints: Int, longest: SharedFragment?
    ) {
        self.first = first
        self.second = second
        self.similarity = similarity
        self.firstCoverage = firstCoverage
        self.secondCoverage = secondCoverage
        self.sharedFingerprints = sharedFingerprints
        self.longest = longest
    }

    enum CodingKeys: String, CodingKey {
        case first, second, similarity, firstCoverage = "first_coverage", secondCoverage = "second_coverage"
        case sharedFingerprints = "shared_fingerprints", longest
    }
}

/// A stretch of code two submissions share: about `tokens` tokens, at these lines of each.
public struct SharedFragment: Codable, Sendable, Equatable {
    public struct Place: Codable, Sendable, Equatable {
        public var file: String
        public var startLine: Int
        public var endLine: Int

        public init(file: String, startLine: Int, endLine: Int) {
            self.file = file
            self.startLine = startLine
            self.endLine = endLine
        }

        enum CodingKeys: String, CodingKey {
            case file, startLine = "start_line", endLine = "end_line"
        }
    }

    public var tokens: Int
    public var first: Place
    public var second: Place

    public init(tokens: Int, first: Place, second: Place) {
        self.tokens = tokens
        self.first = first
        self.second = second
    }
}
