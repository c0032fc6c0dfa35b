import Foundation
import GraderModel

/// Compares every pair of one exercise's submissions through an index of fingerprints: only
/// submissions that share a fingerprint are ever paired, so a class of hundreds costs about as
/// much as reading it. Fingerprints of the starter code, and those more than `commonShare` of the
/// class has, are left out before anything is counted.
struct SimilarityComparer {
    var settings: SimilaritySettings
    /// A fingerprint held by this many submissions or fewer is never common code, whatever the share.
    static let fewestCommon = 10

    struct Submission {
        var student: String
        var files: [(path: String, source: String)]
    }

    func compare(exercise: String, submissions: [Submission], starter: [(path: String, source: String)])
        -> ExerciseSimilarity
    {
        compareWithEvidence(exercise: exercise, submissions: submissions, starter: starter).result
    }

    /// The comparison, and for each of its pairs (same order) the lines that hold shared code.
    func compareWithEvidence(
        exercise: String, submissions: [Submission], starter: [(path: String, source: String)]
    ) -> (result: ExerciseSimilarity, shared: [SimilarityEvidence.SharedLines]) {
        let starterRuns = Set(Fingerprints.kgramHashes(SimilarityTokens(files: starter).tokens, k: settings.k))
        let read = submissions.map { SimilarityTokens(files: $0.files) }
        var prints = read.map { Fingerprints(tokens: $0.tokens, k: settings.k, window: settings.window) }
        var holders: [UInt64: [Int]] = [:]
        for (index, fingerprints) in prints.enumerated() {
            for hash in fingerprints.hashes where !starterRuns.contains(hash) {
                holders[hash, default: []].append(index)
            }
        }
        // Common code: in more than `commonShare` of the class, and in more than ten submissions
        // (in a small class, four students with one solution are four students to look at).
        let common = max(Self.fewestCommon, Int((settings.commonShare * Double(submissions.count)).rounded(.down)))
        holders = holders.filter { $0.value.count <= common }
        for index in prints.indices { prints[index].filter { holders[$0] != nil } }

        var shared: [Int: [UInt64]] = [:]  // first * count + second → shared hashes
        for (hash, students) in holders where students.count > 1 {
            for (offset, first) in students.enumerated() {
                for second in students[(offset + 1)...] {
                    shared[first * submissions.count + second, default: []].append(hash)
                }
            }
        }
        var histogram = [Int](repeating: 0, count: 10)
        let allPairs = submissions.count * (submissions.count - 1) / 2
        var pairs: [(pair: SimilarPair, lines: SimilarityEvidence.SharedLines)] = []
        for (key, hashes) in shared {
            let (first, second) = (key / submissions.count, key % submissions.count)
            let (one, two) = (prints[first].count, prints[second].count)
            let similarity = 2 * Double(hashes.count) / Double(one + two)
            histogram[min(9, Int(similarity * 10))] += 1
            let lines = SimilarityEvidence.SharedLines(
                first: self.lines(of: hashes, in: prints[first], read[first]),
                second: self.lines(of: hashes, in: prints[second], read[second]))
            pairs.append(
                (
                    SimilarPair(
                        first: submissions[first].student, second: submissions[second].student,
                        similarity: similarity, firstCoverage: Double(hashes.count) / Double(one),
                        secondCoverage: Double(hashes.count) / Double(two), sharedFingerprints: hashes.count,
                        longest: longest(hashes, prints[first], prints[second], read[first], read[second])), lines
                ))
        }
        histogram[0] += allPairs - shared.count
        pairs.sort {
            ($0.pair.similarity, $1.pair.first, $1.pair.second) > ($1.pair.similarity, $0.pair.first, $0.pair.second)
        }
        var unparsed: [String: [String]] = [:]
        for (index, tokens) in read.enumerated() where !tokens.unparsed.isEmpty {
            unparsed[submissions[index].student] = tokens.unparsed
        }
        let result = ExerciseSimilarity(
            id: exercise, submissions: submissions.count, unparsed: unparsed, histogram: histogram,
            pairs: pairs.map(\.pair))
        return (result, pairs.map(\.lines))
    }

    /// The lines, by file, that the runs of `hashes` cover in one submission.
    private func lines(
        of hashes: [UInt64], in fingerprints: Fingerprints, _ tokens: SimilarityTokens
    ) -> [String: Set<Int>] {
        var lines: [String: Set<Int>] = [:]
        for hash in hashes {
            for start in fingerprints.positions(of: hash) {
                for index in start..<min(start + settings.k, tokens.places.count) {
                    let place = tokens.places[index]
                    lines[tokens.files[place.file], default: []].insert(place.line)
                }
            }
        }
        return lines
    }

    /// The longest chain of shared fingerprints that lie close together, in the same order, in
    /// both submissions: a stretch of code they share.
    private func longest(
        _ hashes: [UInt64], _ one: Fingerprints, _ two: Fingerprints, _ first: SimilarityTokens,
        _ second: SimilarityTokens
    ) -> SharedFragment? {
        // Every place a shared fingerprint is at in one, with every place in the other.
        let matches = hashes.flatMap { hash in
            one.positions(of: hash).flatMap { a in two.positions(of: hash).map { b in (a, b) } }
        }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        guard !matches.isEmpty else { return nil }
        // The chain ending at each match: the earliest match it starts from, where each link is
        // close to the one before in both submissions and in the same order.
        let gap = settings.k + settings.window
        var chainStart = Array(matches.indices)
        for index in matches.indices {
            var link = index - 1
            while link >= 0, matches[index].0 - matches[link].0 <= gap {
                let step = matches[index].1 - matches[link].1
                if matches[link].0 < matches[index].0, step > 0, step <= gap,
                    matches[chainStart[link]].0 < matches[chainStart[index]].0
                {
                    chainStart[index] = chainStart[link]
                }
                link -= 1
            }
        }
        let end =
            matches.indices.max { index, other in
                matches[index].0 - matches[chainStart[index]].0 < matches[other].0 - matches[chainStart[other]].0
            } ?? 0
        let best = (start: chainStart[end], end: end)
        func place(_ tokens: SimilarityTokens, from: Int, to: Int) -> SharedFragment.Place {
            var end = min(to + settings.k - 1, tokens.places.count - 1)
            // A run that reaches into the next file ends, for the lines shown, with its first file.
            while end > from && tokens.places[end].file != tokens.places[from].file { end -= 1 }
            return SharedFragment.Place(
                file: tokens.files[tokens.places[from].file], startLine: tokens.places[from].line,
                endLine: tokens.places[end].line)
        }
        let (a, b) = (matches[best.start], matches[best.end])
        return SharedFragment(
            tokens: b.0 - a.0 + settings.k, first: place(first, from: a.0, to: b.0),
            second: place(second, from: a.1, to: b.1))
    }
}
