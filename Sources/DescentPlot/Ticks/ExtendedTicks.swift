import DescentText

/// Wilkinson's extended tick algorithm (Talbot, Lin & Hanrahan, "An Extension of Wilkinson's
/// Algorithm for Positioning Tick Labels on Axes", InfoVis 2010).
///
/// It searches step sizes `j·q·10^z` over the nice numbers `Q` and scores each labelling by
/// simplicity, coverage, density and legibility. This follows R's `labeling::extended`, which
/// ggplot2 uses, with one change: only the first three nice numbers, 1, 5 and 2, are searched
/// (R also tries 2.5, 4 and 3), so steps are always 1, 2 or 5 × 10ⁿ — never 0.3, 0.04 or 25 — and
/// every axis of a document counts alike. Simplicity is still scored against R's full list.
/// `(0, 1, m: 5)` gives 0, 0.2, 0.4, 0.6, 0.8, 1 and `(8.1, 14.1, m: 5)` gives 8, 10, 12, 14.
public enum ExtendedTicks {
    /// Nice numbers, most preferred first.
    public static let niceNumbers: [Double] = [1, 5, 2, 2.5, 4, 3]
    /// How many of `niceNumbers` are searched: 1, 5 and 2.
    public static let searchedNiceNumbers = 3
    /// Weights of simplicity, coverage, density and legibility.
    public static let weights: (simplicity: Double, coverage: Double, density: Double, legibility: Double) =
        (0.25, 0.2, 0.5, 0.05)

    /// Tick values for the interval `lower…upper`, aiming at `count` ticks. With `onlyLoose`
    /// the ticks enclose the interval. A zero-width interval yields that single value.
    public static func values(_ lower: Double, _ upper: Double, count: Int, onlyLoose: Bool = false) -> [Double] {
        guard lower.isFinite, upper.isFinite else { return [] }
        let (dmin, dmax) = (min(lower, upper), max(lower, upper))
        if dmax - dmin < 1e-12 * max(1, abs(dmax)) { return [dmin] }
        guard let best = search(dmin, dmax, target: Double(max(count, 2)), onlyLoose: onlyLoose) else {
            return [dmin, dmax]
        }
        return (0..<best.count).map { cleaned(best.start + Double($0) * best.step, step: best.step) }
    }

    /// Whether `step` is 1, 2 or 5 times a power of ten.
    static func isOneTwoFive(_ step: Double) -> Bool {
        let mantissa = step / pow(10, floor(log10(step) + 1e-9))
        return [1.0, 2, 5, 10].contains { abs(mantissa - $0) < 1e-9 }
    }

    struct Candidate {
        var start: Double
        var step: Double
        var count: Int
        var score: Double
    }

    private static func search(_ dmin: Double, _ dmax: Double, target m: Double, onlyLoose: Bool) -> Candidate? {
        var best: Candidate?
        var bestScore = -2.0
        var j = 1.0
        while j < 1e3 {
            for (index, q) in niceNumbers.prefix(searchedNiceNumbers).enumerated() {
                let simplicityMax = simplicityBound(index: index, j: j)
                if weighted(simplicityMax, 1, 1, 1) < bestScore { return best }
                // A skip j turns step q into j·q; keep only those still 1, 2 or 5 × 10ⁿ.
                guard isOneTwoFive(j * q) else { continue }
                searchCounts(
                    dmin, dmax, m: m, q: q, index: index, j: j, onlyLoose: onlyLoose, best: &best, bestScore: &bestScore
                )
            }
            j += 1
        }
        return best
    }

    private static func searchCounts(
        _ dmin: Double, _ dmax: Double, m: Double, q: Double, index: Int, j: Double,
        onlyLoose: Bool, best: inout Candidate?, bestScore: inout Double
    ) {
        let simplicityMax = simplicityBound(index: index, j: j)
        var k = 2.0
        while k < 1e3 {
            let densityMax = k >= m ? 2 - (k - 1) / (m - 1) : 1
            if weighted(simplicityMax, 1, densityMax, 1) < bestScore { return }
            let delta = (dmax - dmin) / (k + 1) / j / q
            var z = ceil(log10(delta))
            while z < 400 {
                let step = j * q * pow(10, z)
                let coverageMax = coverageBound(dmin, dmax, span: step * (k - 1))
                if weighted(simplicityMax, coverageMax, densityMax, 1) < bestScore { break }
                let minStart = floor(dmax / step) * j - (k - 1) * j
                let maxStart = ceil(dmin / step) * j
                if minStart <= maxStart {
                    var start = minStart
                    while start <= maxStart {
                        let lmin = start * (step / j)
                        let lmax = lmin + step * (k - 1)
                        let score = weighted(
                            simplicity(index: index, j: j, lmin: lmin, lmax: lmax, step: step),
                            coverage(dmin, dmax, lmin, lmax),
                            density(k: k, m: m, dmin, dmax, lmin, lmax), 1)
                        if score > bestScore && (!onlyLoose || (lmin <= dmin && lmax >= dmax)) {
                            bestScore = score
                            best = Candidate(start: lmin, step: step, count: Int(k), score: score)
                        }
                        start += 1
                    }
                }
                z += 1
            }
            k += 1
        }
    }

    private static func weighted(_ s: Double, _ c: Double, _ d: Double, _ l: Double) -> Double {
        weights.simplicity * s + weights.coverage * c + weights.density * d + weights.legibility * l
    }

    private static func simplicityBound(index: Int, j: Double) -> Double {
        1 - Double(index) / Double(niceNumbers.count - 1) - j + 1
    }

    private static func simplicity(index: Int, j: Double, lmin: Double, lmax: Double, step: Double) -> Double {
        let eps = Double.ulpOfOne * 100
        let remainder = lmin - floor(lmin / step) * step
        let includesZero = (remainder < eps || step - remainder < eps) && lmin <= 0 && lmax >= 0
        return 1 - Double(index) / Double(niceNumbers.count - 1) - j + (includesZero ? 1 : 0)
    }

    private static func coverage(_ dmin: Double, _ dmax: Double, _ lmin: Double, _ lmax: Double) -> Double {
        let range = dmax - dmin
        return 1 - 0.5 * (pow(dmax - lmax, 2) + pow(dmin - lmin, 2)) / pow(0.1 * range, 2)
    }

    private static func coverageBound(_ dmin: Double, _ dmax: Double, span: Double) -> Double {
        let range = dmax - dmin
        guard span > range else { return 1 }
        let half = (span - range) / 2
        return 1 - 0.5 * (2 * half * half) / pow(0.1 * range, 2)
    }

    private static func density(k: Double, m: Double, _ dmin: Double, _ dmax: Double, _ lmin: Double, _ lmax: Double)
        -> Double
    {
        let r = (k - 1) / (lmax - lmin)
        let rt = (m - 1) / (max(lmax, dmax) - min(dmin, lmin))
        return 2 - max(r / rt, rt / r)
    }

    /// Removes floating-point noise such as `0.30000000000000004` by rounding to the step's
    /// precision.
    static func cleaned(_ value: Double, step: Double) -> Double {
        let decimals = max(0, 3 - Int(floor(log10(abs(step)))))
        let factor = pow(10, Double(min(decimals, 300)))
        let rounded = (value * factor).rounded() / factor
        if abs(rounded) < abs(step) * 1e-9 { return 0 }
        return abs(rounded - value) <= abs(step) * 1e-6 ? rounded : value
    }
}
