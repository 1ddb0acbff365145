import DescentText

/// Maps the optimizer names lessons use to constructors, validating arguments the way
/// torch.optim does (names, types, ranges) and suggesting near misses.
///
/// Names: `gd`, `sgd` (plain SGD), `momentum` (SGD, momentum 0.9 by default), `nesterov` (SGD,
/// momentum 0.9, nesterov), `adagrad`, `rmsprop`, `adam`, `adamw`, `adadelta`, `adamax`, `nadam`,
/// `radam`. Argument names are torch.optim's (`momentum`, `betas`, `eps`, `weight_decay`, …).
/// The learning rate is not an optimizer argument here: a run carries it (and a schedule). A
/// lesson may write it in the call (`adam(lr=0.1)`); the lesson layer takes it out as a run
/// setting before the call reaches this registry.
public enum OptimizerRegistry {
    private struct Entry: Sendable {
        let arguments: [String]
        let make: @Sendable (ArgumentReader) throws(ConfigurationError) -> any Optimizer
    }

    /// Every registered name, in documentation order.
    public static let names = [
        "gd", "sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw",
        "adadelta", "adamax", "nadam", "radam",
    ]

    /// The argument names `name` accepts, or nil for an unknown name.
    public static func argumentNames(for name: String) -> [String]? {
        entries[name]?.arguments
    }

    /// A fresh optimizer for `name` configured by `arguments`.
    /// - Parameter column: the column of the name in the lesson, echoed in a name error.
    public static func make(_ name: String, arguments: [Argument] = [], column: Int? = nil) throws(ConfigurationError)
        -> any Optimizer
    {
        guard let entry = entries[name] else {
            throw ConfigurationError(
                message: "unknown optimizer '\(name)'", column: column,
                suggestion: Suggestion.didYouMean(name, in: names))
        }
        let reader = try ArgumentReader(arguments, allowed: entry.arguments, owner: name)
        return try entry.make(reader)
    }

    private static let entries: [String: Entry] = [
        "gd": sgd(name: "gd", momentum: 0, nesterov: false),
        "sgd": sgd(name: "sgd", momentum: 0, nesterov: false),
        "momentum": sgd(name: "momentum", momentum: 0.9, nesterov: false),
        "nesterov": sgd(name: "nesterov", momentum: 0.9, nesterov: true),
        "adagrad": Entry(arguments: ["lr_decay", "weight_decay", "initial_accumulator_value", "eps", "maximize"]) {
            r throws(ConfigurationError) in
            Adagrad(
                learningRateDecay: try r.number("lr_decay", default: 0, where: { $0 >= 0 }, "≥ 0"),
                weightDecay: try weightDecay(r, 0),
                initialAccumulatorValue: try r.number(
                    "initial_accumulator_value", default: 0, where: { $0 >= 0 }, "≥ 0"),
                epsilon: try epsilon(r, 1e-10), maximize: try r.flag("maximize", default: false))
        },
        "rmsprop": Entry(arguments: ["alpha", "eps", "weight_decay", "momentum", "centered", "maximize"]) {
            r throws(ConfigurationError) in
            RMSprop(
                alpha: try r.number("alpha", default: 0.99, where: { $0 >= 0 && $0 <= 1 }, "in [0, 1]"),
                epsilon: try epsilon(r, 1e-8), weightDecay: try weightDecay(r, 0),
                momentum: try r.number("momentum", default: 0, where: { $0 >= 0 }, "≥ 0"),
                centered: try r.flag("centered", default: false), maximize: try r.flag("maximize", default: false))
        },
        "adam": Entry(arguments: ["betas", "eps", "weight_decay", "amsgrad", "maximize"]) {
            r throws(ConfigurationError) in
            Adam(
                betas: try betas(r), epsilon: try epsilon(r, 1e-8), weightDecay: try weightDecay(r, 0),
                amsgrad: try r.flag("amsgrad", default: false), maximize: try r.flag("maximize", default: false))
        },
        "adamw": Entry(arguments: ["betas", "eps", "weight_decay", "amsgrad", "maximize"]) {
            r throws(ConfigurationError) in
            AdamW(
                betas: try betas(r), epsilon: try epsilon(r, 1e-8), weightDecay: try weightDecay(r, 1e-2),
                amsgrad: try r.flag("amsgrad", default: false), maximize: try r.flag("maximize", default: false))
        },
        "adadelta": Entry(arguments: ["rho", "eps", "weight_decay", "maximize"]) { r throws(ConfigurationError) in
            Adadelta(
                rho: try r.number("rho", default: 0.9, where: { $0 >= 0 && $0 <= 1 }, "in [0, 1]"),
                epsilon: try epsilon(r, 1e-6), weightDecay: try weightDecay(r, 0),
                maximize: try r.flag("maximize", default: false))
        },
        "adamax": Entry(arguments: ["betas", "eps", "weight_decay", "maximize"]) { r throws(ConfigurationError) in
            Adamax(
                betas: try betas(r), epsilon: try epsilon(r, 1e-8), weightDecay: try weightDecay(r, 0),
                maximize: try r.flag("maximize", default: false))
        },
        "nadam": Entry(arguments: ["betas", "eps", "weight_decay", "momentum_decay", "maximize"]) {
            r throws(ConfigurationError) in
            NAdam(
                betas: try betas(r), epsilon: try epsilon(r, 1e-8), weightDecay: try weightDecay(r, 0),
                momentumDecay: try r.number("momentum_decay", default: 4e-3, where: { $0 >= 0 }, "≥ 0"),
                maximize: try r.flag("maximize", default: false))
        },
        "radam": Entry(arguments: ["betas", "eps", "weight_decay", "maximize"]) { r throws(ConfigurationError) in
            RAdam(
                betas: try betas(r), epsilon: try epsilon(r, 1e-8), weightDecay: try weightDecay(r, 0),
                maximize: try r.flag("maximize", default: false))
        },
    ]

    private static func sgd(name: String, momentum defaultMomentum: Double, nesterov defaultNesterov: Bool) -> Entry {
        Entry(arguments: ["momentum", "dampening", "weight_decay", "nesterov", "maximize"]) {
            r throws(ConfigurationError) in
            let momentum = try r.number("momentum", default: defaultMomentum, where: { $0 >= 0 }, "≥ 0")
            let dampening = try r.number("dampening", default: 0)
            let nesterov = try r.flag("nesterov", default: defaultNesterov)
            if nesterov && (momentum <= 0 || dampening != 0) {
                throw r.fail(
                    r.has("dampening") && dampening != 0 ? "dampening" : (r.has("momentum") ? "momentum" : "nesterov"),
                    "conflicts: nesterov momentum requires a momentum > 0 and zero dampening")
            }
            return SGD(
                name: name, momentum: momentum, dampening: dampening, weightDecay: try weightDecay(r, 0),
                nesterov: nesterov, maximize: try r.flag("maximize", default: false))
        }
    }

    private static func betas(_ r: ArgumentReader) throws(ConfigurationError) -> (Double, Double) {
        let values = try r.numbers("betas", default: [0.9, 0.999], count: 2, where: { $0 >= 0 && $0 < 1 }, "in [0, 1)")
        return (values[0], values[1])
    }

    private static func epsilon(_ r: ArgumentReader, _ fallback: Double) throws(ConfigurationError) -> Double {
        try r.number("eps", default: fallback, where: { $0 >= 0 }, "≥ 0")
    }

    private static func weightDecay(_ r: ArgumentReader, _ fallback: Double) throws(ConfigurationError) -> Double {
        try r.number("weight_decay", default: fallback, where: { $0 >= 0 }, "≥ 0")
    }
}
