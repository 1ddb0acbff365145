import DescentSite
import FuzzSupport

/// TeX → MathML: convert (the first byte picks inline or display); the output is one `<math>`
/// element whose tags balance, and warnings point into the formula.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMath(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let (choice, tex) = FuzzInput.choice(data, size, among: 2)
    let result = MathConverter.convert(tex, display: choice == 1)
    invariant(result.mathml.hasPrefix("<math"), "output does not open with <math")
    invariant(result.mathml.hasSuffix("</math>"), "output does not close with </math>")
    if let problem = MarkupBalance.problem(in: result.mathml) {
        invariant(false, "\(problem) in the MathML of '\(tex)': \(result.mathml)")
    }
    for warning in result.warnings {
        invariant(warning.line >= 1 && warning.column >= 1, "warning at \(warning.line):\(warning.column)")
    }
    return 0
}
