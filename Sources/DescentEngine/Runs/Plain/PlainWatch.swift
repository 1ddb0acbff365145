/// Whether the plain loop does anything but step: record a trace, note loss thresholds or test a
/// stopping rule. A loop that does none of these (``Unwatched``) carries no branch for them and
/// checks each step's health and bounds together, after the update.
protocol PlainWatch {
    static var watches: Bool { get }
}

/// The plain loop records, notes thresholds or tests a stopping rule.
enum Watched: PlainWatch {
    static var watches: Bool { true }
}

/// The plain loop only steps (summary recording, no thresholds, no stopping rule).
enum Unwatched: PlainWatch {
    static var watches: Bool { false }
}
