/// Finds the closest known name to a misspelled one, for "did you mean" hints.
///
/// Uses an edit distance (``editDistance(_:_:)``) ignoring case and accepts a candidate only when
/// the distance is small relative to the name's length (at most 2, and less than half the longer
/// name). Ties go to the candidate that also matches the name's case more closely, then to the
/// earlier candidate (callers list the likelier names first). One rule for every "did you mean"
/// Descent prints: block keys, optimizers, TeX commands, settings keys.
public enum Suggestion {
    /// The candidate closest to `name`, or nil when none is close enough.
    public static func closest(to name: String, in candidates: [String]) -> String? {
        let lowered = name.lowercased()
        var best: (name: String, distance: Int, exact: Int)?
        let loweredCount = lowered.count
        for candidate in candidates {
            let limit = min(2, max(1, (max(name.count, candidate.count) - 1) / 2))
            let loweredCandidate = candidate.lowercased()
            // Each edit changes the length by at most one: names whose lengths differ by more
            // than the limit are skipped without computing their distance (a long misspelling
            // against every TeX command was the slowest input the math fuzzer found).
            guard abs(loweredCount - loweredCandidate.count) <= limit else { continue }
            let distance = editDistance(lowered, loweredCandidate)
            guard distance <= limit else { continue }
            let exact = editDistance(name, candidate)
            if let current = best, (current.distance, current.exact) <= (distance, exact) {
                continue
            }
            best = (candidate, distance, exact)
        }
        return best?.name
    }

    /// "did you mean 'x'?" for the closest candidate, or nil.
    public static func didYouMean(_ name: String, in candidates: [String]) -> String? {
        closest(to: name, in: candidates).map { "did you mean '\($0)'?" }
    }

    /// The edit distance between two strings, counted in characters: insertions, deletions,
    /// substitutions and swaps of adjacent characters (optimal string alignment), so the
    /// common typo `adma` is one edit from `adam`.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let left = Array(a)
        let right = Array(b)
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var older = [Int](repeating: 0, count: right.count + 1)
        var previous = Array(0...right.count)
        var current = [Int](repeating: 0, count: right.count + 1)
        for i in 1...left.count {
            current[0] = i
            for j in 1...right.count {
                let cost = left[i - 1] == right[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, left[i - 1] == right[j - 2], left[i - 2] == right[j - 1] {
                    current[j] = min(current[j], older[j - 2] + 1)
                }
            }
            (older, previous, current) = (previous, current, older)
        }
        return previous[right.count]
    }
}
