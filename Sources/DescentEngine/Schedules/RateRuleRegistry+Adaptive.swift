/// The adaptive rules: they read the run's loss and gradient, so they are controllers proper.
extension RateRuleRegistry {
    static let adaptiveEntries: [String: RateRuleEntry] = [
        "plateau": plateau, "reduce_on_plateau": plateau,
        "bold_driver": RateRuleEntry(arguments: ["lr_inc", "lr_dec", "max_perf_inc"]) { r throws(ConfigurationError) in
            BoldDriverController(
                increase: try r.number("lr_inc", default: 1.05, where: { $0 >= 1 }, "≥ 1"),
                decrease: try r.number("lr_dec", default: 0.7, where: { $0 > 0 && $0 < 1 }, "in (0, 1)"),
                maximumLossIncrease: try r.number("max_perf_inc", default: 1.04, where: { $0 >= 1 }, "≥ 1"))
        },
        "hypergradient": RateRuleEntry(arguments: ["beta", "normalized"]) { r throws(ConfigurationError) in
            guard r.has("beta") else { throw r.fail("beta", "is required") }
            let normalized = try r.flag("normalized", default: false)
            let beta =
                normalized
                ? try r.number("beta", default: 0, where: { $0 >= 0 && $0 < 1 }, "in [0, 1) with normalized=true")
                : try r.number("beta", default: 0, where: nonNegative, "≥ 0")
            return HypergradientController(beta: beta, normalized: normalized)
        },
        "armijo": RateRuleEntry(arguments: ["c", "shrink", "grow"]) { r throws(ConfigurationError) in
            ArmijoController(
                sufficientDecrease: try r.number("c", default: 1e-4, where: { $0 > 0 && $0 < 1 }, "in (0, 1)"),
                shrink: try r.number("shrink", default: 0.5, where: { $0 > 0 && $0 < 1 }, "in (0, 1)"),
                growth: try r.optionalNumber("grow", where: { $0 >= 1 }, "≥ 1"))
        },
        "polyak": RateRuleEntry(arguments: ["f_star"]) { r throws(ConfigurationError) in
            guard r.has("f_star") else { throw r.fail("f_star", "is required (the known minimum value)") }
            return PolyakController(optimalValue: try r.number("f_star", default: 0))
        },
    ]

    private static let plateau = RateRuleEntry(arguments: [
        "mode", "factor", "patience", "threshold", "threshold_mode",
        "cooldown", "min_lr", "eps",
    ]) { r throws(ConfigurationError) in
        PlateauController(
            maximizing: try r.word("mode", default: "min", choices: ["min", "max"]) == "max",
            factor: try r.number("factor", default: 0.1, where: { $0 >= 0 && $0 < 1 }, "in [0, 1)"),
            patience: try r.integer("patience", default: 10, minimum: 0),
            threshold: try r.number("threshold", default: 1e-4, where: nonNegative, "≥ 0"),
            relativeThreshold: try r.word("threshold_mode", default: "rel", choices: ["rel", "abs"]) == "rel",
            cooldown: try r.integer("cooldown", default: 0, minimum: 0),
            minimumRate: try r.number("min_lr", default: 0, where: nonNegative, "≥ 0"),
            epsilon: try r.number("eps", default: 1e-8, where: nonNegative, "≥ 0"))
    }
}
