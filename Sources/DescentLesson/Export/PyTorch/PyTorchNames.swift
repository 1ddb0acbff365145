/// The Python names of an objective's parameters and data columns: as written, with `_`
/// appended (as often as needed) to one that is a Python keyword, a builtin the script calls,
/// a name the script defines at module level — its imports, functions, classes and the loop's
/// variables (`loss`, `steps`, `theta`, …), which would overwrite a data column read from
/// `loss_at` — or the objective function's own name. The formula then reads as the lesson wrote
/// it wherever it can.
struct PyTorchNames {
    /// Python's keywords, the builtins the script calls, and every name the script binds at
    /// module level (`PyTorchScriptTests` checks this list against the golden scripts).
    static let reserved: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
        "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
        "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
        "abs", "all", "dict", "enumerate", "float", "isinstance", "len", "list", "map", "max", "min", "print",
        "range", "slice", "sum", "super", "zip",
        "torch", "math", "json", "os", "lr_scheduler", "JSON", "norm", "loss_at", "stop", "SplitMix64", "shuffle",
        "Rule", "BoldDriver", "Hypergradient", "Armijo", "Polyak", "runs", "data",
        "number", "run", "theta", "optimizer", "rule", "steps", "epoch_losses", "previous_loss", "rows", "outcome",
        "size", "per_epoch", "batched", "order", "generator", "i", "loss", "grad", "before", "lr", "after",
        "accepted", "at", "step", "final", "final_loss", "row", "point", "end", "said", "shown",
    ]

    /// The objective function's Python name.
    let function: String
    private let taken: Set<String>

    /// Names for the objective called `objective`.
    init(objective: String) {
        function = Self.free(objective, in: Self.reserved)
        taken = Self.reserved.union([function])
    }

    /// The Python name of the parameter or column `name`.
    subscript(name: String) -> String {
        Self.free(name, in: taken)
    }

    private static func free(_ name: String, in taken: Set<String>) -> String {
        var free = name
        while taken.contains(free) { free += "_" }
        return free
    }
}
