/// The keys an experiment block understands, with their other spellings.
public enum BlockKey: String, CaseIterable, Sendable {
    case objective, start, optimizer, lr, schedule, steps, epochs, batch, seed, data
    case stop, show, expect, rows, minimum, caption, budget

    /// Other accepted spellings of each key (ASCII and Greek forms).
    static let aliases: [String: BlockKey] = [
        "f": .objective, "eta": .lr, "η": .lr, "learning-rate": .lr, "learning_rate": .lr,
        "optimizers": .optimizer, "schedules": .schedule, "max-steps": .steps, "batch-size": .batch,
        "batch_size": .batch, "min": .minimum,
    ]

    /// Keys that may appear on several lines of one block.
    var isRepeatable: Bool { self == .expect }

    /// The key for a spelling, or nil when unknown.
    static func named(_ name: String) -> BlockKey? {
        BlockKey(rawValue: name.lowercased()) ?? aliases[name] ?? aliases[name.lowercased()]
    }

    /// Every spelling, for suggestions.
    static var spellings: [String] { allCases.map(\.rawValue) + aliases.keys.sorted() }
}
