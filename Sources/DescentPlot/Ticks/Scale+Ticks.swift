import DescentText

extension Scale {
    /// Ticks for this scale aiming at about `count` labels.
    ///
    /// Linear scales use `ExtendedTicks`. Log scales put major ticks on decades and minor ticks
    /// on 2…9 times a decade while decades are few; over many decades only every second, third…
    /// decade is labelled and the rest become minor ticks. Symlog scales tick zero and signed
    /// decades. Ticks outside the effective domain are dropped.
    public func ticks(count: Int) -> [Tick] {
        let domain = effectiveDomain
        switch kind {
        case .linear:
            return linearTicks(domain, count: count)
        case .log:
            return LogTicks.ticks(domain, count: count)
        case .symlog(let constant):
            return LogTicks.symlogTicks(domain, constant: constant, count: count)
        }
    }

    /// Extended-Wilkinson ticks inside the domain; when a small count leaves fewer than two of
    /// them (a narrow phone axis with one label tells nothing of the scale), it asks for more.
    private func linearTicks(_ domain: ClosedRange<Double>, count: Int) -> [Tick] {
        var values: [Double] = []
        for asked in count...(count + 3) where values.count < 2 {
            values = ExtendedTicks.values(domain.lowerBound, domain.upperBound, count: asked)
                .filter { Self.within(domain, $0) }
        }
        return zip(values, TickLabelFormat.labels(for: values)).map { Tick(value: $0, label: $1) }
    }

    static func within(_ domain: ClosedRange<Double>, _ value: Double) -> Bool {
        let slack = (domain.upperBound - domain.lowerBound) * 1e-9
        return value >= domain.lowerBound - slack && value <= domain.upperBound + slack
    }
}

/// Tick placement on log and symlog scales.
enum LogTicks {
    static func ticks(_ domain: ClosedRange<Double>, count: Int) -> [Tick] {
        let low = Int(floor(log10(domain.lowerBound) + 1e-9))
        let high = Int(ceil(log10(domain.upperBound) - 1e-9))
        let decades = (low...high).filter { within(domain, pow(10, Double($0))) }
        if decades.count < 3 { return subDecadeTicks(domain, count: count) }
        let stride = labelStride(decades.count, count: count)
        let showMinors = decades.count <= max(count, 2) * 3 / 2 && stride == 1
        var ticks: [Tick] = []
        for exponent in low...high {
            let decade = pow(10, Double(exponent))
            if within(domain, decade) {
                let labelled = exponent % stride == 0
                ticks.append(
                    Tick(value: decade, label: labelled ? TickLabelFormat.powerOfTen(exponent) : nil, isMajor: labelled)
                )
            }
            guard showMinors else { continue }
            for multiple in 2...9 where within(domain, Double(multiple) * decade) {
                ticks.append(Tick(value: Double(multiple) * decade, label: nil, isMajor: false))
            }
        }
        return labellingTop(ticks, domain, count: count)
    }

    /// The ticks with the domain's top labelled when it ends at 2 or 5 × 10ⁿ, at least twice
    /// the highest labelled decade: an axis whose data reach 2.6 ends at 5 and says so, rather
    /// than stopping its labels at 1. Not when the top sits closer to that decade than
    /// `topLabelShare` of the spacing `count` labels would have: on an axis from 10⁻²¹ to 20
    /// the labels 20 and 1 would touch.
    static func labellingTop(_ ticks: [Tick], _ domain: ClosedRange<Double>, count: Int) -> [Tick] {
        let top = domain.upperBound
        guard let last = ticks.last(where: { $0.label != nil }), top >= 2 * last.value * (1 - 1e-9),
            ExtendedTicks.isOneTwoFive(top)
        else { return ticks }
        let span = log10(top / domain.lowerBound)
        guard log10(top / last.value) >= span / Double(max(count, 2)) * topLabelShare else { return ticks }
        let exponent = Int(floor(log10(top) + 1e-9))
        let label =
            abs(exponent) < 3
            ? TickLabelFormat.label(for: top) : TickLabelFormat.scientific(top, tolerance: top * 1e-9)
        return ticks.filter { abs($0.value - top) > top * 1e-9 } + [Tick(value: top, label: label, isMajor: true)]
    }

    /// The least distance between the top label and the highest decade label, as a share of
    /// the spacing between `count` evenly spread labels.
    static let topLabelShare = 0.5

    /// Stride between labelled decades so that at most `count` labels are shown.
    static func labelStride(_ decades: Int, count: Int) -> Int {
        var stride = 1
        while (decades + stride - 1) / stride > max(count, 2) { stride += 1 }
        return stride
    }

    /// Domains holding fewer than three powers of ten: label 1, 2 and 5 times powers of ten
    /// when they fit (a sweep from 0.1 to 3 reads 0.1, 0.2, 0.5, 1, 2, not just 0.1 and 1),
    /// otherwise fall back to linear ticks.
    private static func subDecadeTicks(_ domain: ClosedRange<Double>, count: Int) -> [Tick] {
        let low = Int(floor(log10(domain.lowerBound)))
        let high = Int(ceil(log10(domain.upperBound)))
        var values: [Double] = []
        for exponent in low...high {
            for multiple in [1.0, 2, 5] where within(domain, multiple * pow(10, Double(exponent))) {
                values.append(multiple * pow(10, Double(exponent)))
            }
        }
        if values.count < 3 {
            values = ExtendedTicks.values(domain.lowerBound, domain.upperBound, count: count)
                .filter { Scale.within(domain, $0) && $0 > 0 }
            return zip(values, TickLabelFormat.labels(for: values)).map { Tick(value: $0, label: $1) }
        }
        // Each 1-2-5 label as short as it can be (0.5, 1, 2), not padded to common decimals
        // (0.5, 1.0, 2.0) as evenly spaced linear labels are.
        return values.map { Tick(value: $0, label: TickLabelFormat.label(for: $0)) }
    }

    /// Whether `value` lies in a log domain, with a tolerance relative to each end: the linear
    /// test's slack, a fraction of the whole width, would let 10⁻⁹ into a domain from 10⁻⁸ to 20.
    static func within(_ domain: ClosedRange<Double>, _ value: Double) -> Bool {
        value >= domain.lowerBound * (1 - 1e-9) && value <= domain.upperBound * (1 + 1e-9)
    }

    static func symlogTicks(_ domain: ClosedRange<Double>, constant: Double, count: Int) -> [Tick] {
        let first = Int(ceil(log10(constant) - 1e-9))
        let largest = max(abs(domain.lowerBound), abs(domain.upperBound))
        let last = Int(floor(log10(max(largest, constant)) + 1e-9))
        let exponents = first <= last ? Array(first...last) : []
        let stride = labelStride(
            exponents.count * (domain.lowerBound < 0 && domain.upperBound > 0 ? 2 : 1) + 1, count: count)
        var ticks: [Tick] = []
        for exponent in exponents.reversed() where (exponent - first) % stride == 0 {
            ticks.append(
                Tick(
                    value: -pow(10, Double(exponent)),
                    label: TickLabelFormat.minus + TickLabelFormat.powerOfTen(exponent)))
        }
        ticks.append(Tick(value: 0, label: "0"))
        for exponent in exponents where (exponent - first) % stride == 0 {
            ticks.append(Tick(value: pow(10, Double(exponent)), label: TickLabelFormat.powerOfTen(exponent)))
        }
        return ticks.filter { Scale.within(domain, $0.value) }
    }
}
