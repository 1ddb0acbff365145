import DescentText
import FuzzSupport

/// The Markdown code scanner: scan; blocks lie within the text, in order and apart, and code
/// spans lie within the text, in order and apart.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdownCode(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let code = MarkdownCode(FuzzInput.text(data, size))
    let characterCount = code.text.characters.count
    let lineCount = code.text.lineCount
    var nextLine = 0
    for block in code.blocks {
        invariant(block.firstLine >= nextLine, "block at line \(block.firstLine) overlaps the one before")
        invariant(block.firstLine <= block.lastLine && block.lastLine < lineCount, "block \(block) outside the text")
        if let closing = block.fence?.closingLine {
            invariant(
                closing > block.firstLine && closing <= block.lastLine, "closing fence \(closing) outside \(block)")
        }
        nextLine = block.lastLine + 1
    }
    var nextCharacter = 0
    for span in code.spans {
        invariant(span.lowerBound >= nextCharacter, "code span \(span) overlaps the one before")
        invariant(span.count >= 2 && span.upperBound <= characterCount, "code span \(span) outside \(characterCount)")
        invariant(code.text.characters[span.lowerBound] == "`", "code span \(span) does not open with a backtick")
        invariant(code.text.characters[span.upperBound - 1] == "`", "code span \(span) does not close with a backtick")
        invariant(!code.isCodeLine(code.text.lineIndex(of: span.lowerBound)), "code span \(span) inside a code block")
        nextCharacter = span.upperBound
    }
    return 0
}
