/// The Python names of an objective's parameters and data columns: as written, with `_`
/// appended to one that is a Python keyword or a name the script itself uses (`lambda`,
/// `torch`, `theta`), so the formula reads as the lesson wrote it wherever it can.
struct PyTorchNames {
    /// Names a script defines or imports, and Python's keywords.
    static let reserved: Set<String> = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
        "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
        "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
        "torch", "math", "json", "os", "abs", "min", "max", "float", "theta", "rows", "loss_at", "stop",
        "norm", "runs", "run", "optimizer", "rule", "lr_scheduler", "SplitMix64", "data", "print",
    ]

    /// The Python name of `name`.
    subscript(name: String) -> String {
        Self.reserved.contains(name) ? name + "_" : name
    }
}
