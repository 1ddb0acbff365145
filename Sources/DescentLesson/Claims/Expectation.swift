import DescentText

/// A claim an `expect:` line makes about an experiment's runs, checked on every build.
///
/// Grammar (`SUBJECT` picks runs: omitted or `all` means every run; otherwise words such as
/// `momentum`, `adam`, `lr=0.3`, `batch=1` that a run's settings must all match):
///
///     [SUBJECT] converges [within N iterations | in N iterations | at iteration N]
///     [SUBJECT] diverges [within N iterations]
///     [SUBJECT] does not converge
///     [SUBJECT] PARAM ≈ VALUE ± TOLERANCE          (ASCII: ~= and +-)
///     [SUBJECT] loss < VALUE                       (also <=, >, >=; the final loss)
///     [SUBJECT] matches theory                     (measured iteration = closed-form prediction)
///     [Q] SUBJECT reaches loss < VALUE before [Q] SUBJECT
///     [Q] SUBJECT converges faster than [Q] SUBJECT
///
/// `Q` is a ``Quantifier`` (`all`, `best`, `any`); `any` also leads a single-run claim
/// (`any adam converges`: at least one matching run does).
public struct Expectation: Sendable, Equatable {
    /// What must hold.
    public enum Claim: Sendable, Equatable {
        case converges(IterationBound?)
        case diverges(within: Int?)
        case doesNotConverge
        case parameter(name: String, value: Double, tolerance: Double)
        case finalLoss(Comparison, Double)
        case matchesTheory
        case reachesLossFirst(threshold: Double, other: RunSelector, quantifier: Quantifier)
        case convergesFaster(than: RunSelector, quantifier: Quantifier)

        /// Whether the claim compares two sides' runs (where `best` has a meaning).
        var isRace: Bool {
            switch self {
            case .convergesFaster, .reachesLossFirst: true
            default: false
            }
        }
    }

    /// A bound on the converging iteration.
    public enum IterationBound: Sendable, Equatable {
        case within(Int)
        case exactly(Int)
    }

    /// `<`, `<=`, `>`, `>=`.
    public enum Comparison: String, Sendable, Equatable {
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="

        func holds(_ a: Double, _ b: Double) -> Bool {
            switch self {
            case .less: a < b
            case .lessOrEqual: a <= b
            case .greater: a > b
            case .greaterOrEqual: a >= b
            }
        }
    }

    public var subject: RunSelector
    /// How the subject's runs combine: every one (the default), the best, or any one.
    public var quantifier: Quantifier = .all
    public var claim: Claim
    /// The line as written, for messages.
    public var text: String
}

/// Words that pick runs out of a sweep: every word must match one of a run's settings.
public struct RunSelector: Sendable, Hashable {
    /// Lowercased terms; empty selects every run.
    public var terms: [String]

    init(_ text: String) {
        let normalised = text.replacingAll("η", with: "lr")
        terms = Self.words(normalised).map { $0.lowercased() }
            .map { $0.hasPrefix("eta=") ? "lr=" + $0.dropFirst(4) : $0 }
            .filter { !["all", "every", "run", "runs", "the", "with"].contains($0) }
    }

    /// Words split on spaces and commas outside parentheses, with spaces around a top-level
    /// `=` closed up (`lr = 0.3` → `lr=0.3`), so `adam(betas=(0.9, 0.999))` stays one word.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            if character == "(" { depth += 1 }
            if character == ")" { depth -= 1 }
            if depth == 0, character == " " || character == "," {
                if !current.isEmpty { words.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        var joined: [String] = []
        for word in words {
            if word == "=" || word.hasPrefix("="), let last = joined.popLast() {
                joined.append(last + word)
                continue
            }
            if let last = joined.last, last.hasSuffix("=") {
                joined[joined.count - 1] = last + word
                continue
            }
            joined.append(word)
        }
        return joined
    }

    /// Whether the start point (`x = 1, y = -2`) gives `parameter` the number `value`.
    static func startMatches(_ parameter: String, _ value: String, _ start: String) -> Bool {
        guard let wanted = SpecParser.number(value) else { return false }
        return start.split(separator: ",").contains { part in
            let sides = part.split(separator: "=").map { $0.trimmingWhitespace().lowercased() }
            return sides.count == 2 && sides[0] == parameter && SpecParser.number(sides[1]) == wanted
        }
    }

    /// The subject as written back in messages.
    public var description: String { terms.isEmpty ? "every run" : terms.joined(separator: " ") }

    /// Whether `facets` has every term.
    public func matches(_ facets: RunFacets) -> Bool {
        terms.allSatisfy { term in
            if !term.contains("("), let equals = term.firstIndex(of: "=") {
                let key = term[..<equals]
                let value = String(term[term.index(after: equals)...])
                switch key {
                case "lr": return SpecParser.number(value).map { $0 == facets.learningRate } ?? false
                case "batch": return value == (facets.batch.map(String.init) ?? "all")
                default: return Self.startMatches(String(key), value, facets.start)
                }
            }
            let compact = { (text: String) in text.lowercased().replacingAll(" ", with: "") }
            return [
                facets.optimizerName, compact(facets.optimizer), compact(facets.schedule),
                String(compact(facets.schedule).prefix { $0 != "(" }),
            ].contains(compact(term))
        }
    }
}
