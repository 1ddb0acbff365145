import DescentEngine
import FuzzSupport

/// Stopping rules (`|Δw| < 0.001 and |grad| < 0.001`) for a two-parameter objective: parse, and
/// evaluate what parses on a fixed state; errors point into the rule.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStoppingRule(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzInput.text(data, size)
    do {
        let rule = try StoppingRuleParser.parse(text, parameters: ["w", "b"])
        _ = rule.holds(current: [1, 2], proposal: [0.5, 1.5], gradient: [3, -4], loss: 0.25, previousLoss: 0.5)
    } catch {
        invariant(
            error.column >= 1 && error.column <= text.count + 1,
            "column \(error.column) outside a rule of \(text.count) characters")
    }
    return 0
}
