/// What the similarity pages show beside `similarity.json` and never written into it: each
/// compared submission's files, and for each pair the lines of each file that hold shared code.
public struct SimilarityEvidence: Sendable, Equatable {
    public struct File: Sendable, Equatable {
        public var path: String
        public var text: String

        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    /// The lines, by file path, of the code one submission of a pair shares with the other.
    public struct SharedLines: Sendable, Equatable {
        public var first: [String: Set<Int>]
        public var second: [String: Set<Int>]

        public init(first: [String: Set<Int>] = [:], second: [String: Set<Int>] = [:]) {
            self.first = first
            self.second = second
        }
    }

    /// Exercise → student → files, in path order.
    public var files: [String: [String: [File]]]
    /// Exercise → one entry per pair, in the order of `ExerciseSimilarity.pairs`.
    public var shared: [String: [SharedLines]]

    public init(files: [String: [String: [File]]] = [:], shared: [String: [SharedLines]] = [:]) {
        self.files = files
        self.shared = shared
    }
}
