import DescentText

/// Reads an `expect:` line into an `Expectation`; the error message says what was expected.
enum ExpectationParser {
    struct Failure: Error {
        var message: String
        /// Where the problem is, in characters from the start of the value (0: the whole line).
        var offset = 0
    }

    static func parse(_ text: String) throws(Failure) -> Expectation {
        try parseNormalised(ClaimText(text))
    }

    private static func parseNormalised(_ claimText: ClaimText) throws(Failure) -> Expectation {
        let line = claimText.normalised
        let text = claimText.original
        if let (subject, claim) = try relational(line) {
            let (quantifier, selector) = try quantified(subject, in: claimText, at: 0, race: false)
            return Expectation(subject: selector, quantifier: quantifier, claim: claim, text: text)
        }
        for (verb, read) in verbs {
            guard let range = line.firstRange(of: verb) else { continue }
            let subject = String(line[..<range.lowerBound])
            let restStart = line.distance(from: line.startIndex, to: range.upperBound)
            let rest = String(line[range.upperBound...])
            let claim = try read(rest.trimmingWhitespace())
            let (quantifier, selector) = try quantified(subject, in: claimText, at: 0, race: claim.isRace)
            return Expectation(
                subject: selector, quantifier: quantifier, claim: try quantifyOther(claim, rest, claimText, restStart),
                text: text)
        }
        throw Failure(
            message: "cannot read this expectation; expected e.g. 'converges within 12 iterations', "
                + "'diverges', 'w ≈ 0 ± 1e-3', 'loss < 1e-4', 'adam converges faster than gd' or "
                + "'adam reaches loss < 1e-4 before gd'")
    }

    /// Verbs in the order they are tried (longer phrases first).
    private static let verbs: [(String, @Sendable (String) throws(Failure) -> Expectation.Claim)] = [
        ("does not converge", { _ in .doesNotConverge }),
        ("converges faster than", { .convergesFaster(than: RunSelector($0), quantifier: .all) }),
        ("converge faster than", { .convergesFaster(than: RunSelector($0), quantifier: .all) }),
        ("reaches loss", reaches),
        ("reach loss", reaches),
        ("matches theory", { _ in .matchesTheory }),
        ("match theory", { _ in .matchesTheory }),
        ("converges", converges),
        ("converge", converges),
        ("diverges", diverges),
        ("diverge", diverges),
    ]

    private static func converges(_ rest: String) throws(Failure) -> Expectation.Claim {
        if rest.isEmpty { return .converges(nil) }
        let words = rest.split(separator: " ").map(String.init)
        if words.count == 3, words[0] == "within", let n = Int(words[1]), words[2].hasPrefix("iteration") {
            return .converges(.within(n))
        }
        if words.count == 3, words[0] == "in", let n = Int(words[1]), words[2].hasPrefix("iteration") {
            return .converges(.exactly(n))
        }
        if words.count == 3, words[0] == "at", words[1] == "iteration", let n = Int(words[2]) {
            return .converges(.exactly(n))
        }
        throw Failure(
            message:
                "expected 'converges', 'converges within N iterations' or 'converges at iteration N', found 'converges \(rest)'"
        )
    }

    private static func diverges(_ rest: String) throws(Failure) -> Expectation.Claim {
        if rest.isEmpty { return .diverges(within: nil) }
        let words = rest.split(separator: " ").map(String.init)
        if words.count == 3, words[0] == "within", let n = Int(words[1]), words[2].hasPrefix("iteration") {
            return .diverges(within: n)
        }
        throw Failure(message: "expected 'diverges' or 'diverges within N iterations', found 'diverges \(rest)'")
    }

    private static func reaches(_ rest: String) throws(Failure) -> Expectation.Claim {
        let pieces = rest.components(separatedBy: " before ")
        let threshold = pieces[0].replacingAll("<", with: "").trimmingWhitespace()
        guard pieces.count == 2, let value = SpecParser.number(threshold) else {
            throw Failure(message: "expected 'SUBJECT reaches loss < VALUE before SUBJECT'")
        }
        return .reachesLossFirst(threshold: value, other: RunSelector(pieces[1]), quantifier: .all)
    }

    /// `[SUBJECT] PARAM ≈ V ± T` or `[SUBJECT] loss OP V`.
    private static func relational(_ line: String) throws(Failure) -> (String, Expectation.Claim)? {
        let words = line.split(separator: " ").map(String.init)
        if let approx = words.firstIndex(of: "≈") {
            guard approx > 0, words.count == approx + 4, words[approx + 2] == "±",
                let value = SpecParser.number(words[approx + 1]), let tolerance = SpecParser.number(words[approx + 3])
            else {
                throw Failure(message: "expected 'PARAM ≈ VALUE ± TOLERANCE', e.g. 'w ≈ 0 ± 1e-3'")
            }
            return (
                words[..<(approx - 1)].joined(separator: " "),
                .parameter(name: words[approx - 1], value: value, tolerance: tolerance)
            )
        }
        guard let index = words.firstIndex(of: "loss"), index + 3 == words.count,
            index == 0 || !["reaches", "reach"].contains(words[index - 1]),
            let comparison = Expectation.Comparison(rawValue: words[index + 1])
        else { return nil }
        guard let value = SpecParser.number(words[index + 2]) else {
            throw Failure(message: "expected a number after 'loss \(comparison.rawValue)'")
        }
        return (words[..<index].joined(separator: " "), .finalLoss(comparison, value))
    }

    /// A race claim with its other side read again for a quantifier (`… before best gd`);
    /// `rest` is the text after the verb, starting `restStart` characters into the line.
    private static func quantifyOther(
        _ claim: Expectation.Claim, _ rest: String, _ text: ClaimText, _ restStart: Int
    ) throws(Failure) -> Expectation.Claim {
        let marker: String
        switch claim {
        case .reachesLossFirst: marker = " before "
        case .convergesFaster: marker = ""
        default: return claim
        }
        let start = marker.isEmpty ? rest.startIndex : rest.firstRange(of: marker)?.upperBound ?? rest.endIndex
        let side = String(rest[start...])
        let (quantifier, selector) = try quantified(
            side, in: text, at: restStart + rest.distance(from: rest.startIndex, to: start), race: true)
        switch claim {
        case .reachesLossFirst(let threshold, _, _):
            return .reachesLossFirst(threshold: threshold, other: selector, quantifier: quantifier)
        default:
            return .convergesFaster(than: selector, quantifier: quantifier)
        }
    }

    /// One side of a claim (`best adam lr=0.1`): its quantifier, when its first word is one, and
    /// the selector of the rest. `start` is where the side begins in the normalised line. A
    /// quantifier anywhere else, or `best` outside a race, is an error at that word.
    private static func quantified(_ side: String, in text: ClaimText, at start: Int, race: Bool) throws(Failure)
        -> (Quantifier, RunSelector)
    {
        var quantifier = Quantifier.all
        var rest = side
        for (index, word) in ClaimText.words(side).enumerated() {
            guard let found = Quantifier.words[word.text.lowercased()], found != .all else { continue }
            let offset = text.originalOffset(start + word.offset)
            guard index == 0 else {
                throw Failure(
                    message:
                        "'\(word.text)' must be the first word of the runs it picks from, as in '\(word.text) adam'",
                    offset: offset)
            }
            guard race || found == .any else {
                throw Failure(
                    message: "'best' picks the winner of a race ('converges faster than', 'reaches loss < X before'); "
                        + "for a claim about each run write 'all' or 'any'",
                    offset: offset)
            }
            quantifier = found
            rest = String(side.dropFirst(word.offset + word.text.count))
        }
        return (quantifier, RunSelector(rest))
    }
}
