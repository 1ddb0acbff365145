import DescentLesson

/// The lines of a lesson outside its generated regions, as a splice must keep them, each with
/// its line ending: blank lines are left out (a splice adds one before a new region and removes
/// the one before a removed region), and so is the ending of the last line (a region at the end
/// of a file without a final newline moves it).
struct OutsideRegions {
    var lines: [String] = []

    init(_ document: LessonDocument) {
        let inside = Set(document.regions.flatMap { Array($0.beginLine...$0.endLine) })
        for (index, line) in document.lines.enumerated() where !inside.contains(index) {
            guard !line.text.allSatisfy(\.isWhitespace) else { continue }
            lines.append(line.raw)
        }
        if let last = lines.popLast() { lines.append(String(last.prefix { !$0.isNewline })) }
    }
}
