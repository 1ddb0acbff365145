import DescentText

/// One formula found in Markdown source by `MathExtractor`.
public struct MathSpan: Sendable, Hashable {
    /// The TeX between the delimiters, exactly as written (spaces and line breaks included).
    public let tex: String
    /// True for `$$…$$`, false for `$…$`.
    public let display: Bool
    /// The token that stands in for the formula in `MathExtraction.markdown`.
    public let placeholder: String
    /// Where the opening `$` or `$$` is in the original Markdown.
    public let position: SourcePosition
    /// Where the first character of `tex` is in the original Markdown.
    public let texPosition: SourcePosition

    /// Creates a span.
    public init(
        tex: String, display: Bool, placeholder: String,
        position: SourcePosition, texPosition: SourcePosition
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

    /// The Markdown position of a 1-based line and column of `tex`.
    public func position(ofTeXLine line: Int, column: Int) -> SourcePosition {
        line == 1
            ? SourcePosition(line: texPosition.line, column: texPosition.column + column - 1)
            : SourcePosition(line: texPosition.line + line - 1, column: column)
    }

    /// Converts the formula to MathML, placing its warnings in the Markdown source.
    public func render() -> RenderedMath {
        rendered(MathConverter.convert(tex, display: display))
    }

    /// The formula rendered from `conversion`, `MathConverter`'s for this span's TeX and kind
    /// (the same for every span that writes the same formula), its warnings placed in the
    /// Markdown source at this span.
    public func rendered(_ conversion: MathConversion) -> RenderedMath {
        let warnings = conversion.warnings.map { warning in
            let position = position(ofTeXLine: warning.line, column: warning.column)
            return Located(warning.value, line: position.line, column: position.column)
        }
        return RenderedMath(span: self, mathml: conversion.mathml, warnings: warnings)
    }
}
