import DescentText

/// `explore` and its one option on a `show:` line:
///
///     explore [SELECTOR]
///
/// The selector (an inline reference's, `[lr=0.3]`, `[momentum(momentum=0.5) lr=0.3]`) names
/// the run the figure opens on; whether it picks exactly one run is checked once the block is
/// compiled (`ExploreFigure.obstacle`).
extension SpecParser {
    mutating func readExplore(_ item: ValuePart, _ line: Int) -> Located<ShowItem>? {
        let words = Self.optionWords(item)
        guard let first = words.first else { return nil }
        var reader = PlotOptionReader(kind: .path, line: line)
        var selectorWords: [ValuePart] = []
        if first.text.count > "explore".count {
            selectorWords.append(
                ValuePart(String(first.text.dropFirst("explore".count)), column: first.column + "explore".count))
        }
        selectorWords += words.dropFirst()
        for word in selectorWords {
            guard word.text.hasPrefix("[") else {
                fail(
                    line, word.column,
                    "unknown explore option '\(word.text)'; 'explore' takes one run selector, e.g. 'explore [lr=0.3]'")
                return nil
            }
            reader.readSelectors(word)
        }
        for problem in reader.problems { fail(line, problem.column, problem.message) }
        guard reader.problems.isEmpty else { return nil }
        let selectors = reader.options.runs
        if selectors.count > 1 {
            fail(
                line, selectors[1].column,
                "'explore' opens on one run; give one selector (e.g. 'explore [lr=0.3]'), found \(selectors.count)")
            return nil
        }
        return Located(.explore(ExploreOptions(initial: selectors.first)), line: line, column: item.column)
    }
}
