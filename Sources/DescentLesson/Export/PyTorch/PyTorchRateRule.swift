import DescentEngine

/// A run's schedule or adaptive rule as the script writes it: a torch.optim.lr_scheduler class
/// where torch has one, otherwise one of the script's small rule classes
/// (``PyTorchRuleClasses``) that implement the rule in plain Python.
struct PyTorchRateRule: Equatable {
    /// How the loop drives the rule.
    enum Kind: Equatable {
        /// A torch scheduler: `scheduler.step()` after every iteration.
        case scheduler
        /// ReduceLROnPlateau: `scheduler.step(loss)` after every iteration.
        case plateau
        /// A rule torch lacks: `rule.rate(…)` before the step, `rule.review(…)` after it.
        case adaptive(PyTorchRuleClasses.Rule)

        /// Whether the script implements the rule itself.
        var isAdaptive: Bool {
            if case .adaptive = self { return true }
            return false
        }
    }

    var kind: Kind
    /// The expression that makes the rule from `optimizer`, e.g.
    /// `lr_scheduler.StepLR(optimizer, step_size=250, gamma=0.3)`.
    var maker: String

    /// The rule for a schedule call as written in the lesson; nil for `constant`.
    static func rule(_ call: OptimizerCall?) throws(PyTorchUnsupported) -> PyTorchRateRule? {
        guard let call, call.name != "constant" else { return nil }
        let arguments = call.arguments.map { ($0.key.value, ArgumentText.value($0.value.value)) }
        func keywords(_ renamed: [String: String] = [:], leading: [String] = []) -> String {
            (["optimizer"] + leading + arguments.map { (renamed[$0.0] ?? $0.0) + "=" + PyTorchLiteral.argument($0.1) })
                .joined(separator: ", ")
        }
        func scheduler(_ name: String, _ renamed: [String: String] = [:]) -> PyTorchRateRule {
            PyTorchRateRule(kind: .scheduler, maker: "lr_scheduler.\(name)(\(keywords(renamed)))")
        }
        switch call.name {
        case "step": return scheduler("StepLR")
        case "multistep": return scheduler("MultiStepLR")
        case "exponential": return scheduler("ExponentialLR")
        case "polynomial": return scheduler("PolynomialLR")
        case "linear", "warmup": return scheduler("LinearLR")
        case "cosine": return scheduler("CosineAnnealingLR")
        case "warm_restarts", "cosine_warm_restarts": return scheduler("CosineAnnealingWarmRestarts")
        case "one_cycle", "onecycle": return scheduler("OneCycleLR")
        case "cyclic":
            // torch requires base_lr; the lesson's default is the run's rate, as in torch-reference.py.
            let hasBase = arguments.contains { $0.0 == "base_lr" }
            let base = hasBase ? [] : ["base_lr=optimizer.param_groups[0][\"lr\"]"]
            return PyTorchRateRule(kind: .scheduler, maker: "lr_scheduler.CyclicLR(\(keywords(leading: base)))")
        case "inverse_time", "inverse":
            let decay = arguments.first { $0.0 == "decay" || $0.0 == "k" }.map { PyTorchLiteral.argument($0.1) } ?? "0"
            return PyTorchRateRule(
                kind: .scheduler, maker: "lr_scheduler.LambdaLR(optimizer, lambda t: 1 / (1 + \(decay) * t))")
        case "plateau", "reduce_on_plateau":
            return PyTorchRateRule(kind: .plateau, maker: "lr_scheduler.ReduceLROnPlateau(\(keywords()))")
        default:
            guard let rule = PyTorchRuleClasses.Rule(rawValue: call.name) else {
                throw PyTorchUnsupported("the schedule '\(call.name)' has no PyTorch counterpart here")
            }
            return PyTorchRateRule(kind: .adaptive(rule), maker: "\(rule.className)(\(keywords()))")
        }
    }
}
