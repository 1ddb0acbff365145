extension Animation {
    /// The class names for an element shown in `frame`.
    func classes(frame: Int, scope: String) -> String {
        "anim \(scope)-f\(frame)"
    }

    /// CSS rules animating `frameCount` frames of the mark `scope` in the chart `root`.
    func styles(frameCount: Int, scope: String, root: String) -> [String] {
        guard frameCount > 0 else { return [] }
        switch ending {
        case .hold:
            let appear = "@keyframes \(scope)-in{from{opacity:0}to{opacity:1}}"
            return [appear]
                + (0..<frameCount).map { frame in
                    let delay = SVGNumber.format(Double(frame) * frameDuration)
                    return
                        "\(root) .\(scope)-f\(frame){animation:\(scope)-in \(SVGNumber.format(fadeDuration))s ease-out \(delay)s both}"
                }
        case .loop(let pause):
            let period = Double(frameCount) * frameDuration + pause
            return (0..<frameCount).flatMap { frame in
                loopRules(frame: frame, period: period, scope: scope, root: root)
            }
        }
    }

    /// CSS rules showing element `frame` of `frameCount` only while its frame is on screen:
    /// hidden before and after (its base style), except the last, which fades in and stays.
    /// With motion reduced (`animation: none`) only the last is seen, as in the final frame.
    func momentStyles(frameCount: Int, scope: String, root: String) -> [String] {
        guard frameCount > 0, case .hold = ending else {
            return styles(frameCount: frameCount, scope: scope, root: root)
        }
        let last = frameCount - 1
        let shown = "@keyframes \(scope)-on{from,to{opacity:1}}"
        let moments = (0..<last).map { frame in
            let delay = SVGNumber.format(Double(frame) * frameDuration)
            return
                "\(root) .\(scope)-f\(frame){opacity:0;animation:\(scope)-on \(SVGNumber.format(frameDuration))s linear \(delay)s}"
        }
        let appear = "@keyframes \(scope)-in{from{opacity:0}to{opacity:1}}"
        let delay = SVGNumber.format(Double(last) * frameDuration)
        let final =
            "\(root) .\(scope)-f\(last){animation:\(scope)-in \(SVGNumber.format(fadeDuration))s ease-out \(delay)s both}"
        return [shown, appear] + moments + [final]
    }

    private func loopRules(frame: Int, period: Double, scope: String, root: String) -> [String] {
        let start = Double(frame) * frameDuration / period * 100
        let shown = min(100, start + fadeDuration / period * 100)
        let name = "\(scope)-k\(frame)"
        let keyframes =
            "@keyframes \(name){0%,\(SVGNumber.format(start))%{opacity:0}\(SVGNumber.format(shown))%,100%{opacity:1}}"
        let rule = "\(root) .\(scope)-f\(frame){animation:\(name) \(SVGNumber.format(period))s linear infinite}"
        return [keyframes, rule]
    }
}
