import DescentText

/// `plot KIND` and its options on a `show:` line:
///
///     plot KIND[SELECTOR…] [log] [SELECTOR…] [with ID[SELECTOR…] | with (ID[SELECTOR…], …)]
///          [xlim=(LOW, HIGH)] [ylim=(LOW, HIGH)] [wide | square] [aspect=equal | aspect=free]
///
/// Options are separated by spaces, in any order, each at most once. A selector is an inline
/// reference's (`[lr=0.1]`, `[adam lr=0.01]`: every word must match the run); several select
/// every run that matches any of them.
extension SpecParser {
    /// The most experiments `with` may name in one figure.
    static let maximumCompanions = 8
    /// The most selectors one experiment of a figure may have.
    static let maximumSelectors = 32

    /// The words of a plot option list that take a value (`key=value`).
    static let plotKeys = ["xlim", "ylim", "aspect"]
    /// Every option word, for suggestions.
    static let plotWords = ["log", "with", "wide", "square"] + plotKeys

    mutating func readPlot(_ item: ValuePart, _ line: Int) -> Located<ShowItem>? {
        let words = Self.optionWords(item)
        let kinds = PlotKind.allCases.map(\.rawValue)
        let kindWord = words.count >= 2 ? words[1] : ValuePart("", column: item.column)
        let kindName = String(kindWord.text.prefix { $0 != "[" })
        guard let kind = PlotKind(rawValue: kindName) else {
            var message = "unknown plot '\(kindName)'"
            if let hint = Suggestion.didYouMean(kindName, in: kinds) {
                message += "; \(hint)"
            } else {
                message += "; expected one of " + kinds.joined(separator: ", ")
            }
            fail(line, kindWord.column, message)
            return nil
        }
        var reader = PlotOptionReader(kind: kind, line: line)
        if kindName.count < kindWord.text.count {
            reader.readSelectors(
                ValuePart(String(kindWord.text.dropFirst(kindName.count)), column: kindWord.column + kindName.count))
        }
        var rest = Array(words.dropFirst(2))[...]
        while let word = rest.popFirst() {
            if word.text == "with" || word.text.hasPrefix("with(") {
                let list =
                    word.text == "with"
                    ? rest.popFirst() : ValuePart(String(word.text.dropFirst(4)), column: word.column + 4)
                reader.readCompanions(list, after: word)
            } else {
                reader.read(word)
            }
        }
        reader.finish()
        for problem in reader.problems { fail(line, problem.column, problem.message) }
        guard reader.problems.isEmpty else { return nil }
        return Located(.plot(kind, logScale: reader.logScale, options: reader.options), line: line, column: item.column)
    }

    /// The item's words, split on spaces outside parentheses and brackets, with `=` and the
    /// words beside it closed up (`xlim = (0, 4)` is one word).
    static func optionWords(_ item: ValuePart) -> [ValuePart] {
        var words: [ValuePart] = []
        for piece in ValueSyntax.split(item, on: " ") where !piece.text.isEmpty {
            if let last = words.last, last.text.hasSuffix("=") || piece.text.hasPrefix("=") {
                words[words.count - 1] = ValuePart(last.text + piece.text, column: last.column)
            } else {
                words.append(piece)
            }
        }
        return words
    }
}

/// Reads the option words of one `plot` item into `FigureOptions`, collecting every problem
/// with its column.
struct PlotOptionReader {
    let kind: PlotKind
    /// The line of the `show:` entry, for the options' locations.
    let line: Int
    var options = FigureOptions()
    var logScale = false
    var problems: [(column: Int, message: String)] = []
    private var seen: Set<String> = []

    init(kind: PlotKind, line: Int) {
        self.kind = kind
        self.line = line
    }

    mutating func read(_ word: ValuePart) {
        if word.text.hasPrefix("[") { return readSelectors(word) }
        if let equals = word.text.firstIndex(of: "=") {
            let key = String(word.text[..<equals])
            let value = ValuePart(
                String(word.text[word.text.index(after: equals)...]), column: word.column + key.count + 1)
            return readKeyed(key, value, word)
        }
        switch word.text {
        case "log":
            guard once("log", word) else { return }
            guard kind != .gap else {
                fail(word.column, "'log' is redundant: plot gap always draws a log axis")
                return
            }
            logScale = true
        case "wide", "square":
            guard once("size", word, as: "'wide' or 'square'") else { return }
            options.size = FigureSize(rawValue: word.text) ?? .wide
        default:
            unknown(word.text, at: word.column)
        }
    }

    private mutating func readKeyed(_ key: String, _ value: ValuePart, _ word: ValuePart) {
        switch key {
        case "xlim", "ylim":
            guard once(key, word), let limits = limits(key, value) else { return }
            let located = Located(limits, line: line, column: word.column)
            if key == "xlim" { options.xLimits = located } else { options.yLimits = located }
        case "aspect":
            guard once(key, word) else { return }
            guard let aspect = FigureAspect(rawValue: value.text) else {
                let choices = FigureAspect.allCases.map { "'aspect=\($0.rawValue)'" }.joined(separator: " or ")
                fail(value.column, "unknown aspect '\(value.text)'; expected \(choices)")
                return
            }
            guard kind == .contour || kind == .path || kind == .frames else {
                fail(
                    word.column,
                    "'aspect' applies to maps of two parameters (plot contour, path or frames), not plot \(kind.rawValue)"
                )
                return
            }
            options.aspect = Located(aspect, line: line, column: word.column)
        default:
            unknown(key + "=", at: word.column)
        }
    }

    /// `(-4, 4)`: two finite numbers, the first below the second.
    private mutating func limits(_ key: String, _ value: ValuePart) -> AxisLimits? {
        let inner =
            value.text.hasPrefix("(") && value.text.hasSuffix(")") ? String(value.text.dropFirst().dropLast()) : nil
        let bounds = inner.map { ValueSyntax.split(ValuePart($0, column: value.column + 1)) } ?? []
        guard bounds.count == 2 else {
            fail(value.column, "expected '\(key)=(low, high)', e.g. '\(key)=(-4, 4)', found '\(key)=\(value.text)'")
            return nil
        }
        var numbers: [Double] = []
        for (bound, name) in zip(bounds, ["lower", "upper"]) {
            guard let number = SpecParser.number(bound.text), number.isFinite else {
                fail(bound.column, "expected a finite number for the \(name) limit of '\(key)', found '\(bound.text)'")
                return nil
            }
            numbers.append(number)
        }
        guard numbers[0] < numbers[1] else {
            fail(value.column, "'\(key)' needs its lower limit below its upper one, found \(value.text)")
            return nil
        }
        return AxisLimits(lower: numbers[0], upper: numbers[1])
    }

    /// `[lr=0.1][lr=0.3]`: one or more bracketed selectors.
    mutating func readSelectors(_ word: ValuePart) {
        guard let selectors = selectors(word) else { return }
        options.runs += selectors
        checkCount(options.runs, at: word)
    }

    /// The list after `with`: `gd-walk`, `gd-walk[lr=0.1]` or `(gd-walk, adam-walk[lr=0.01])`.
    mutating func readCompanions(_ list: ValuePart?, after word: ValuePart) {
        guard kind != .sweep, kind != .data else {
            fail(
                word.column,
                "plot \(kind.rawValue) draws one experiment; 'with' works with plot loss, gap, lr, path, contour and frames"
            )
            return
        }
        guard let list, !list.text.isEmpty else {
            fail(word.column + 4, "expected an experiment id after 'with' (e.g. 'with other-id' or 'with (a, b)')")
            return
        }
        guard once("with", word) else { return }
        let parenthesised = list.text.hasPrefix("(") && list.text.hasSuffix(")")
        let items =
            parenthesised
            ? ValueSyntax.split(ValuePart(String(list.text.dropFirst().dropLast()), column: list.column + 1)) : [list]
        for item in items {
            let id = String(item.text.prefix { $0 != "[" })
            guard ExperimentID.isValid(id) else {
                fail(item.column, "expected an experiment id after 'with', found '\(item.text)'")
                continue
            }
            var companion = FigureCompanion(id: Located(id, line: line, column: item.column))
            if id.count < item.text.count {
                let tail = ValuePart(String(item.text.dropFirst(id.count)), column: item.column + id.count)
                guard let selectors = selectors(tail) else { continue }
                companion.runs = selectors
                checkCount(selectors, at: tail)
            }
            options.companions.append(companion)
        }
        if options.companions.count > SpecParser.maximumCompanions {
            fail(
                list.column,
                "a figure may draw at most \(SpecParser.maximumCompanions) other experiments, this one names \(options.companions.count)"
            )
        }
    }

    /// Checks that need every option: a log axis's limits are positive.
    mutating func finish() {
        if logScale || kind == .gap, let limits = options.yLimits, limits.value.lower <= 0 {
            fail(
                limits.column,
                "'ylim' of a log axis must be positive, found a lower limit of \(NumberText.plain(limits.value.lower)); \(kind == .gap ? "plot gap always draws" : "'log' draws") the y axis on a log scale"
            )
        }
    }

    private mutating func selectors(_ word: ValuePart) -> [Located<RunSelector>]? {
        var selectors: [Located<RunSelector>] = []
        var text = word.text[...]
        var column = word.column
        while !text.isEmpty {
            guard text.hasPrefix("["), let close = text.firstIndex(of: "]") else {
                fail(column, "expected a run selector such as '[lr=0.1]', found '\(text)'")
                return nil
            }
            let inner = text[text.index(after: text.startIndex)..<close]
            guard !inner.trimmingWhitespace().isEmpty, !inner.contains("[") else {
                fail(column, "expected a run selector such as '[lr=0.1]', found '\(text[...close])'")
                return nil
            }
            selectors.append(Located(RunSelector(String(inner)), line: line, column: column))
            let consumed = text.distance(from: text.startIndex, to: close) + 1
            column += consumed
            text = text[text.index(after: close)...]
        }
        return selectors
    }

    private mutating func checkCount(_ selectors: [Located<RunSelector>], at word: ValuePart) {
        guard selectors.count > SpecParser.maximumSelectors else { return }
        fail(
            word.column, "a figure may select runs with at most \(SpecParser.maximumSelectors) selectors per experiment"
        )
    }

    /// Records `name` as given; false (and an error at `word`) when it was given before.
    private mutating func once(_ name: String, _ word: ValuePart, as written: String? = nil) -> Bool {
        guard seen.insert(name).inserted else {
            fail(word.column, "\(written ?? "'\(name)'") is given twice in one plot")
            return false
        }
        return true
    }

    private mutating func unknown(_ word: String, at column: Int) {
        var message = "unknown plot option '\(word)'"
        let bare = word.hasSuffix("=") ? String(word.dropLast()) : word
        if let hint = Suggestion.didYouMean(bare, in: SpecParser.plotWords) {
            message += "; \(hint)"
        } else {
            message +=
                "; options: log, [selector], with ID, xlim=(low, high), ylim=(low, high), wide, square, aspect=free"
        }
        fail(column, message)
    }

    private mutating func fail(_ column: Int, _ message: String) {
        problems.append((column, message))
    }
}
