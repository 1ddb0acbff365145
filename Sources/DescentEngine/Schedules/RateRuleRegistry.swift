import DescentText

/// One registry entry: accepted argument names and a constructor.
struct RateRuleEntry: Sendable {
    let arguments: [String]
    let make: @Sendable (ArgumentReader) throws(ConfigurationError) -> any RateController
}

/// Maps the schedule and adaptive-rule names lessons use to controllers, validating arguments
/// (names, types, ranges) with "did you mean" suggestions. Argument names follow
/// torch.optim.lr_scheduler where PyTorch has the schedule.
///
/// Schedules: `constant`; `step` (step_size, gamma=0.1); `multistep` (milestones, gamma=0.1);
/// `exponential` (gamma); `inverse_time`/`inverse` (decay or k); `polynomial` (total_iters=5,
/// power=1); `linear`/`warmup` (start_factor=1/3, end_factor=1, total_iters=5); `cosine`
/// (T_max, eta_min=0); `warm_restarts` (T_0, T_mult=1, eta_min=0); `cyclic` (max_lr, base_lr,
/// step_size_up=2000, step_size_down, mode, gamma=1, cycle_momentum=true, base_momentum=0.8,
/// max_momentum=0.9); `one_cycle` (max_lr, total_steps, pct_start=0.3, anneal_strategy=cos,
/// div_factor=25, final_div_factor=1e4, three_phase=false, cycle_momentum=true,
/// base_momentum=0.85, max_momentum=0.95).
/// Adaptive rules: `plateau` (mode, factor, patience, threshold, threshold_mode, cooldown,
/// min_lr, eps); `bold_driver` (lr_inc=1.05, lr_dec=0.7, max_perf_inc=1.04); `hypergradient`
/// (beta, normalized=false); `armijo` (c=1e-4, shrink=0.5, grow); `polyak` (f_star).
public enum RateRuleRegistry {
    typealias Entry = RateRuleEntry

    /// Every registered name (aliases included).
    public static var names: [String] { entries.keys.sorted() }

    /// The argument names `name` accepts, or nil for an unknown name.
    public static func argumentNames(for name: String) -> [String]? { entries[name]?.arguments }

    /// A fresh controller for `name` configured by `arguments`.
    public static func make(_ name: String, arguments: [Argument] = [], column: Int? = nil) throws(ConfigurationError)
        -> any RateController
    {
        guard let entry = entries[name] else {
            throw ConfigurationError(
                message: "unknown learning-rate schedule '\(name)'", column: column,
                suggestion: Suggestion.didYouMean(name, in: names))
        }
        return try entry.make(try ArgumentReader(arguments, allowed: entry.arguments, owner: name))
    }

    static func positive(_ value: Double) -> Bool { value > 0 }
    static func nonNegative(_ value: Double) -> Bool { value >= 0 }

    private static func schedule(
        _ arguments: [String],
        _ make: @escaping @Sendable (ArgumentReader) throws(ConfigurationError) -> some LearningRateSchedule
    ) -> Entry {
        Entry(arguments: arguments) { r throws(ConfigurationError) in ScheduledRate(try make(r)) }
    }

    private static let entries: [String: Entry] = {
        var table: [String: Entry] = [
            "constant": schedule([]) { _ in ConstantSchedule() },
            "step": schedule(["step_size", "gamma"]) { r throws(ConfigurationError) in
                guard r.has("step_size") else { throw r.fail("step_size", "is required") }
                return StepDecaySchedule(
                    stepSize: try r.integer("step_size", default: 1, minimum: 1),
                    gamma: try r.number("gamma", default: 0.1, where: nonNegative, "≥ 0"))
            },
            "multistep": schedule(["milestones", "gamma"]) { r throws(ConfigurationError) in
                let milestones = try r.numbers(
                    "milestones", default: [], where: { $0 >= 0 && $0 == $0.rounded() }, "whole numbers ≥ 0")
                return MultiStepSchedule(
                    milestones: milestones.map { Int($0) },
                    gamma: try r.number("gamma", default: 0.1, where: nonNegative, "≥ 0"))
            },
            "exponential": schedule(["gamma"]) { r throws(ConfigurationError) in
                guard r.has("gamma") else { throw r.fail("gamma", "is required") }
                return ExponentialSchedule(gamma: try r.number("gamma", default: 1, where: nonNegative, "≥ 0"))
            },
            "polynomial": schedule(["total_iters", "power"]) { r throws(ConfigurationError) in
                PolynomialSchedule(
                    totalIterations: try r.integer("total_iters", default: 5, minimum: 1),
                    power: try r.number("power", default: 1, where: nonNegative, "≥ 0"))
            },
            "linear": schedule(["start_factor", "end_factor", "total_iters"]) { r throws(ConfigurationError) in
                LinearSchedule(
                    startFactor: try r.number(
                        "start_factor", default: 1.0 / 3, where: { $0 > 0 && $0 <= 1 }, "in (0, 1]"),
                    endFactor: try r.number("end_factor", default: 1, where: { $0 >= 0 && $0 <= 1 }, "in [0, 1]"),
                    totalIterations: try r.integer("total_iters", default: 5, minimum: 1))
            },
            "cosine": schedule(["T_max", "eta_min"]) { r throws(ConfigurationError) in
                guard r.has("T_max") else { throw r.fail("T_max", "is required") }
                return CosineAnnealingSchedule(
                    period: try r.integer("T_max", default: 1, minimum: 1),
                    minimumRate: try r.number("eta_min", default: 0, where: nonNegative, "≥ 0"))
            },
            "warm_restarts": schedule(["T_0", "T_mult", "eta_min"]) { r throws(ConfigurationError) in
                guard r.has("T_0") else { throw r.fail("T_0", "is required") }
                return WarmRestartsSchedule(
                    firstPeriod: try r.integer("T_0", default: 1, minimum: 1),
                    periodMultiplier: try r.integer("T_mult", default: 1, minimum: 1),
                    minimumRate: try r.number("eta_min", default: 0, where: nonNegative, "≥ 0"))
            },
            "cyclic": cyclic,
            "one_cycle": oneCycle,
        ]
        table["inverse_time"] = inverseTime
        table["inverse"] = inverseTime
        table["warmup"] = table["linear"]
        table["onecycle"] = oneCycle
        table["cosine_warm_restarts"] = table["warm_restarts"]
        for (name, entry) in adaptiveEntries { table[name] = entry }
        return table
    }()

    private static let inverseTime = schedule(["decay", "k"]) { r throws(ConfigurationError) in
        if r.has("decay") && r.has("k") { throw r.fail("k", "repeats 'decay'; give one of them") }
        let key = r.has("k") ? "k" : "decay"
        guard r.has(key) else { throw r.fail("decay", "is required") }
        return InverseTimeSchedule(decay: try r.number(key, default: 0, where: nonNegative, "≥ 0"))
    }

    private static let cyclic = schedule(
        [
            "base_lr", "max_lr", "step_size_up", "step_size_down", "mode", "gamma", "cycle_momentum",
            "base_momentum", "max_momentum",
        ]
    ) { r throws(ConfigurationError) in
        guard r.has("max_lr") else { throw r.fail("max_lr", "is required") }
        let up = try r.integer("step_size_up", default: 2000, minimum: 1)
        let mode = try r.word("mode", default: "triangular", choices: ["triangular", "triangular2", "exp_range"])
        return CyclicSchedule(
            baseRate: try r.optionalNumber("base_lr", where: nonNegative, "≥ 0"),
            maximumRate: try r.number("max_lr", default: 0, where: nonNegative, "≥ 0"), stepsUp: up,
            stepsDown: r.has("step_size_down") ? try r.integer("step_size_down", default: up, minimum: 1) : nil,
            mode: CyclicSchedule.Mode(rawValue: mode) ?? .triangular,
            gamma: try r.number("gamma", default: 1, where: positive, "> 0"),
            momentumCycle: try momentumCycle(r, base: 0.8, maximum: 0.9))
    }

    private static let oneCycle = schedule([
        "max_lr", "total_steps", "pct_start", "anneal_strategy", "div_factor",
        "final_div_factor", "three_phase", "cycle_momentum", "base_momentum", "max_momentum",
    ]) { r throws(ConfigurationError) in
        guard r.has("max_lr") else { throw r.fail("max_lr", "is required") }
        guard r.has("total_steps") else { throw r.fail("total_steps", "is required") }
        return OneCycleSchedule(
            maximumRate: try r.number("max_lr", default: 0, where: positive, "> 0"),
            totalSteps: try r.integer("total_steps", default: 1, minimum: 2),
            warmupFraction: try r.number("pct_start", default: 0.3, where: { $0 > 0 && $0 < 1 }, "in (0, 1)"),
            cosineAnnealing: try r.word("anneal_strategy", default: "cos", choices: ["cos", "linear"]) == "cos",
            divisionFactor: try r.number("div_factor", default: 25, where: positive, "> 0"),
            finalDivisionFactor: try r.number("final_div_factor", default: 1e4, where: positive, "> 0"),
            threePhase: try r.flag("three_phase", default: false),
            momentumCycle: try momentumCycle(r, base: 0.85, maximum: 0.95))
    }

    /// torch's `cycle_momentum` (default true), `base_momentum` and `max_momentum` with the
    /// scheduler's defaults; nil when cycling is off. Momentum arguments without cycling are
    /// a contradiction.
    private static func momentumCycle(_ r: ArgumentReader, base: Double, maximum: Double) throws(ConfigurationError)
        -> MomentumCycle?
    {
        guard try r.flag("cycle_momentum", default: true) else {
            for name in ["base_momentum", "max_momentum"] where r.has(name) {
                throw r.fail(name, "has no effect with cycle_momentum=false")
            }
            return nil
        }
        return MomentumCycle(
            base: try r.number("base_momentum", default: base, where: nonNegative, "≥ 0"),
            maximum: try r.number("max_momentum", default: maximum, where: nonNegative, "≥ 0"))
    }
}
