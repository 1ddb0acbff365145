import Foundation

/// Reads an `expect:` line into an `Expectation`; the error message says what was expected.
enum ExpectationParser {
    struct Failure: Error { var message: String }

    static func parse(_ text: String) throws(Failure) -> Expectation {
        let line = text.replacingOccurrences(of: "≤", with: "<=").replacingOccurrences(of: "≥", with: ">=")
            .replacingOccurrences(of: "~=", with: "≈").replacingOccurrences(of: "+-", with: "±")
            .replacingOccurrences(of: "−", with: "-")
        if let (subject, claim) = try relational(line) {
            return Expectation(subject: RunSelector(subject), claim: claim, text: text)
        }
        for (verb, read) in verbs {
            guard let range = line.range(of: verb) else { continue }
            let subject = String(line[..<range.lowerBound])
            let rest = line[range.upperBound...].trimmingWhitespace()
            let claim = try read(rest)
            return Expectation(subject: RunSelector(subject), claim: claim, text: text)
        }
        throw Failure(
            message: "cannot read this expectation; expected e.g. 'converges within 12 iterations', "
                + "'diverges', 'w ≈ 0 ± 1e-3', 'loss < 1e-4', 'adam converges faster than gd' or "
                + "'adam reaches loss < 1e-4 before gd'")
    }

    /// Verbs in the order they are tried (longer phrases first).
    private static let verbs: [(String, @Sendable (String) throws(Failure) -> Expectation.Claim)] = [
        ("does not converge", { _ in .doesNotConverge }),
        ("converges faster than", { .convergesFaster(than: RunSelector($0)) }),
        ("converge faster than", { .convergesFaster(than: RunSelector($0)) }),
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
        let threshold = pieces[0].replacingOccurrences(of: "<", with: "").trimmingWhitespace()
        guard pieces.count == 2, let value = SpecParser.number(threshold) else {
            throw Failure(message: "expected 'SUBJECT reaches loss < VALUE before SUBJECT'")
        }
        return .reachesLossFirst(threshold: value, other: RunSelector(pieces[1]))
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
}
