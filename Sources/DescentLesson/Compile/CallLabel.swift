import DescentText

/// How an optimizer or schedule call is named in labels, legends and captions: the method's
/// display name (`Adam`, `RMSprop`, `Warm restarts` — capitalised, so a caption's sentence
/// never starts with a lowercase identifier) and its arguments as `name value` in parentheses,
/// so a label never holds a comma outside them (captions list labels with commas):
///
/// - `momentum(momentum=0.5)` → `Momentum 0.5` (an argument named like the method is its value);
/// - `adam(betas=(0.9, 0.999), eps=1e-8)` → `Adam (betas (0.9, 0.999), eps 1e-8)`;
/// - `step(step_size=10, gamma=0.5)` → `Step (step_size 10, gamma 0.5)`;
/// - `hypergradient(beta=0.1, normalized=true)` → `Hypergradient (beta 0.1, normalized)`, and
///   `cycle_momentum=false` → `no cycle_momentum`: a switch reads as a word, not `true`/`false`.
///
/// Values are kept as written; a call that does not read as `name(key=value, …)` is kept whole.
enum CallLabel {
    /// The label of `call`, written as in the block.
    static func display(_ call: String) -> String {
        let text = call.trimmingWhitespace()
        guard let open = text.firstIndex(of: "(") else { return displayName(text) }
        guard text.hasSuffix(")") else { return text }
        let name = String(text[..<open]).trimmingWhitespace()
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
        let arguments = topLevelItems(inside).filter { !$0.isEmpty }
        var own: String?
        var others: [String] = []
        for argument in arguments {
            guard let equals = argument.firstIndex(of: "=") else { return text }
            let key = String(argument[..<equals]).trimmingWhitespace()
            let value = String(argument[argument.index(after: equals)...]).trimmingWhitespace()
            if key == name, own == nil { own = value } else { others.append(argumentLabel(key, value)) }
        }
        let lead = displayName(name) + (own.map { " " + $0 } ?? "")
        return others.isEmpty ? lead : "\(lead) (\(others.joined(separator: ", ")))"
    }

    /// `beta 0.1`; a switch as its name (`normalized`) or `no` and its name.
    private static func argumentLabel(_ key: String, _ value: String) -> String {
        switch value {
        case "true": key
        case "false": "no \(key)"
        default: "\(key) \(value)"
        }
    }

    /// `adam` → `Adam`, `rmsprop` → `RMSprop`, `warm_restarts` → `Warm restarts`.
    static func displayName(_ name: String) -> String {
        if let known = knownNames[name] { return known }
        let words = name.replacingUnderscores()
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// Methods whose names are spelled as their authors (and torch.optim) spell them.
    private static let knownNames: [String: String] = [
        "gd": "GD", "sgd": "SGD", "adagrad": "Adagrad", "rmsprop": "RMSprop", "adam": "Adam", "adamw": "AdamW",
        "adadelta": "Adadelta", "adamax": "Adamax", "nadam": "NAdam", "radam": "RAdam",
    ]

    /// Items separated by commas outside parentheses and brackets, trimmed.
    private static func topLevelItems(_ text: Substring) -> [String] {
        var items: [String] = []
        var current = ""
        var depth = 0
        for character in text {
            switch character {
            case "(", "[": depth += 1
            case ")", "]": depth -= 1
            case "," where depth == 0:
                items.append(current.trimmingWhitespace())
                current = ""
                continue
            default: break
            }
            current.append(character)
        }
        items.append(current.trimmingWhitespace())
        return items
    }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" ? " " : $0 })
    }
}
