/// One formula found in Markdown source by `MathExtractor`.
public struct MathSpan: Sendable, Hashable {
    /// The TeX between the delimiters, exactly as written (spaces and line breaks included).
    public let tex: String
    /// True for `$$…$$`, false for `$…$`.
    public let display: Bool
    /// The token that stands in for the formula in `MathExtraction.markdown`.
    public let placeholder: String
    /// Where the opening `$` or `$$` is in the original Markdown.
    public let position: MathSourcePosition
    /// Where the first character of `tex` is in the original Markdown.
    public let texPosition: MathSourcePosition

    /// Creates a span.
    public init(
        tex: String, display: Bool, placeholder: String,
        position: MathSourcePosition, texPosition: MathSourcePosition
    ) {
        self.tex = tex
        self.display = display
        self.placeholder = placeholder
        self.position = position
        self.texPosition = texPosition
    }

    /// The formula as written in the Markdown, delimiters included.
    public var source: String {
        let delimiter = display ? "$$" : "$"
        return delimiter + tex + delimiter
    }

    /// The Markdown position of the 1-based `column` of `tex` (as in `MathWarning.column`),
    /// following line breaks inside the formula.
    public func position(ofTeXColumn column: Int) -> MathSourcePosition {
        let before = tex.prefix(max(0, column - 1))
        let breaks = before.filter { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }.count
        guard breaks > 0, let lastBreak = before.lastIndex(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) else {
            return MathSourcePosition(line: texPosition.line, column: texPosition.column + column - 1)
        }
        let columnOnLine = before.distance(from: lastBreak, to: before.endIndex)
        return MathSourcePosition(line: texPosition.line + breaks, column: columnOnLine)
    }

    /// Converts the formula to MathML, placing its warnings in the Markdown source.
    public func render() -> RenderedMath {
        let conversion = MathConverter.convert(tex, display: display)
        let warnings = conversion.warnings.map {
            MathSourceWarning(position: position(ofTeXColumn: $0.column), message: $0.message)
        }
        return RenderedMath(span: self, mathml: conversion.mathml, warnings: warnings)
    }
}
