import DescentEngine
import FuzzSupport

/// Objective definitions (`f(w) = w^2`): parse; what parses prints as text that parses back to
/// the same tree, differentiates, prints as TeX and compiles.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpression(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = FuzzInput.text(data, size)
    guard let objective = try? Objective.parse(text) else { return 0 }
    let printed = objective.body.text
    do {
        let reparsed = try Objective.parseFormula(printed, parameters: objective.parameters)
        invariant(reparsed == objective.body, "'\(printed)' parses to a different tree than '\(text)'")
    } catch {
        invariant(false, "the printed formula '\(printed)' of '\(text)' does not parse: \(error.message)")
    }
    for gradient in objective.gradient { _ = gradient.tex }
    _ = objective.body.tex
    _ = try? CompiledObjective(objective)
    return 0
}
