import Foundation

/// `similarity: {out: similarity, common_share: 0.5}` in grader.yml: after each grading, compare
/// the class (`grade similarity`) into `out` (relative to grader.yml; default `similarity/`).
public struct SimilaritySwitch: Sendable, Equatable {
    public var out: URL
    public var commonShare: Double

    public init(out: URL, commonShare: Double) {
        self.out = out
        self.commonShare = commonShare
    }
}
