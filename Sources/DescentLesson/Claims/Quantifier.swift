/// How one side of a race claim (`converges faster than`, `reaches loss < X before`) combines
/// the runs it matches, written as the side's first word: `best adam reaches loss < 1e-6
/// before best gd`, `any momentum converges faster than all gd`.
///
/// A race ranks runs by a score, lower being better: the iteration a run converges at or first
/// reaches the loss, or, in a block without a stop rule, its final loss; a run that never gets
/// there scores worst. The claim holds when the subject side's score is reached and beats the
/// other side's:
///
/// - `all` (the default): every run of the side counts — the subject's slowest run must beat
///   the other side's fastest;
/// - `best`: only the side's best run (lowest score, first in run order on ties) counts;
/// - `any`: one run is enough — on the subject side the same as `best`; on the other side the
///   subject need only beat its slowest run.
///
/// On the other side `best` is the same as `all`: beating the best run beats them all.
public enum Quantifier: String, Sendable, Equatable, CaseIterable {
    case all, best, any

    /// The words read as quantifiers at the start of a side (`every` for `all`).
    static let words: [String: Quantifier] = ["all": .all, "every": .all, "best": .best, "any": .any]

    /// The side's score from its runs' scores (lower is better).
    func subjectScore(_ scores: [Double]) -> Double {
        self == .all ? scores.max() ?? .infinity : scores.min() ?? .infinity
    }

    /// The other side's score: what the subject must beat.
    func otherScore(_ scores: [Double]) -> Double {
        self == .any ? scores.max() ?? .infinity : scores.min() ?? .infinity
    }
}
