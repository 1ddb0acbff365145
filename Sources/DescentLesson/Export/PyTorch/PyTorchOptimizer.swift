import DescentEngine

/// A run's optimizer as its torch.optim constructor: `torch.optim.SGD(params, lr=0.1,
/// momentum=0.5)`, with the run's base rate and every hyperparameter that differs from
/// torch's default (so `momentum` and `nesterov`, whose defaults are ours, not torch's, are
/// written out).
enum PyTorchOptimizer {
    /// The torch.optim class and the lesson name whose defaults are torch's, per lesson name.
    private static let classes: [String: (torchClass: String, torchDefaults: String)] = [
        "gd": ("SGD", "sgd"), "sgd": ("SGD", "sgd"), "momentum": ("SGD", "sgd"), "nesterov": ("SGD", "sgd"),
        "adagrad": ("Adagrad", "adagrad"), "rmsprop": ("RMSprop", "rmsprop"), "adam": ("Adam", "adam"),
        "adamw": ("AdamW", "adamw"), "adadelta": ("Adadelta", "adadelta"), "adamax": ("Adamax", "adamax"),
        "nadam": ("NAdam", "nadam"), "radam": ("RAdam", "radam"),
    ]

    /// `torch.optim.CLASS(params, lr=…, …)` for `optimizer` at `learningRate`.
    static func constructor(_ optimizer: any Optimizer, learningRate: Double) throws(PyTorchUnsupported) -> String {
        guard let entry = classes[optimizer.name] else {
            throw PyTorchUnsupported("the optimizer '\(optimizer.name)' has no torch.optim class")
        }
        let defaults = (try? OptimizerRegistry.make(entry.torchDefaults).hyperparameters) ?? []
        var arguments = ["params", "lr=" + PyTorchLiteral.number(learningRate)]
        for (name, value) in optimizer.hyperparameters
        where !defaults.contains(where: { $0.name == name && $0.value == value }) {
            arguments.append(name + "=" + python(value))
        }
        return "torch.optim.\(entry.torchClass)(" + arguments.joined(separator: ", ") + ")"
    }

    /// A hyperparameter's report text (`0.9`, `true`, `(0.9, 0.999)`) as Python.
    private static func python(_ text: String) -> String {
        switch text {
        case "true": "True"
        case "false": "False"
        default: text
        }
    }
}
