/// Groups the flat list of atoms TeX gives into the `<mrow>`s that MathML's operator dictionary
/// needs to space a formula as TeX would.
///
/// MathML Core decides an operator's spacing by its `form`, which it infers from the operator's
/// place in its `<mrow>`: first is prefix, last is postfix, anything else infix. TeX's atoms
/// come in one flat row, so without grouping a unary minus (`w = -3`) is spaced as subtraction
/// and a bracket's contents are not a unit. Three passes over each row, in order:
///
/// 1. Matched brackets (and a pair of bars `|…|`, `\|…\|` where the first has no operand on
///    its left, so `p(y | x)` keeps its middle bar), `(`…`)`, `[`…`]`, `\{`…`\}`, `\langle`…`\rangle`, `\lvert`…`\rvert` …,
///    become an `<mrow>` of their own, so the opening one is prefix and the closing one postfix
///    (a closing bracket may carry scripts, as in `(a + b)^2`).
/// 2. A sign (`-`, `+`, `\pm`, `\mp`, `\neg`) that starts the row or follows another operator
///    (`=`, `(`, `,`, `\sum` …) is prefix: it goes into an `<mrow>` with the atom after it and is
///    marked `form="prefix"` (TeX's rule: a binary operator with no operand on its left is ordinary).
/// 3. A letter (scripted or not: `f`, `f'`, `g_t`) directly followed by a bracket group that
///    opens with `(` is a function applied to it: `<mrow>` of the letter, U+2061 FUNCTION
///    APPLICATION and the group, which screen readers read as "f of w".
enum MathRowGrouping {
    /// `nodes` grouped as described above; `depth` counts the brackets around them, and past
    /// `MathParser.maximumDepth` brackets are left ungrouped (bounded recursion for any input).
    static func group(_ nodes: [MathNode], depth: Int = 0) -> [MathNode] {
        applyFunctions(groupSigns(groupBrackets(nodes, depth: depth)))
    }

    private static let pairs: [String: String] = [
        "(": ")", "[": "]", "{": "}", "⟨": "⟩", "⌊": "⌋", "⌈": "⌉",
    ]

    private static let signs: Set<String> = ["\u{2212}", "+", "±", "∓", "¬"]

    /// Pass 1: a bracket and its partner, with everything between, as one row.
    private static func groupBrackets(_ nodes: [MathNode], depth: Int) -> [MathNode] {
        guard depth < MathParser.maximumDepth else { return nodes }
        let partners = bracketPartners(nodes)
        var result: [MathNode] = []
        var index = 0
        while index < nodes.count {
            if let end = partners[index] {
                let inner = group(Array(nodes[(index + 1)..<end]), depth: depth + 1)
                result.append(.row([nodes[index]] + inner + [nodes[end]]))
                index = end + 1
            } else if let bar = plainOperator(nodes[index]), bar.form == nil, bar.text == "|" || bar.text == "‖",
                hasNoLeftOperand(result), let end = nextBar(bar.text, in: nodes, after: index)
            {
                let inner = group(Array(nodes[(index + 1)..<end]), depth: depth + 1)
                result.append(.row([withForm(nodes[index], .prefix)] + inner + [withForm(nodes[end], .postfix)]))
                index = end + 1
            } else {
                result.append(nodes[index])
                index += 1
            }
        }
        return result
    }

    private static func closing(for open: MathOperator) -> String? {
        if open.form == .prefix, open.text == "|" || open.text == "‖" { return open.text }
        guard open.form == nil else { return nil }
        return pairs[open.text]
    }

    /// Each opening bracket's index → its closing partner's, found in one pass with a stack (a
    /// row of thousands of brackets costs one pass); a closing bracket that does not close the
    /// innermost open one (`[0, 1)`) is left alone.
    private static func bracketPartners(_ nodes: [MathNode]) -> [Int: Int] {
        var open: [(index: Int, close: String)] = []
        var partners: [Int: Int] = [:]
        for (index, node) in nodes.enumerated() {
            if let op = plainOperator(node), let close = closing(for: op) {
                open.append((index, close))
            } else if let op = plainOperator(node) ?? scriptedOperator(node), op.form != .prefix,
                let innermost = open.last, op.text == innermost.close
            {
                open.removeLast()
                partners[innermost.index] = index
            }
        }
        return partners
    }

    /// The next bar like `bar` (`|`, `‖`, possibly with scripts: `|x|^2`) after `start`.
    private static func nextBar(_ bar: String, in nodes: [MathNode], after start: Int) -> Int? {
        nodes.indices.dropFirst(start + 1).first { index in
            let op = plainOperator(nodes[index]) ?? scriptedOperator(nodes[index])
            return op?.text == bar && op?.form == nil
        }
    }

    /// `node`, a bar or a scripted bar, marked with `form`: a bar looks the same opening and
    /// closing, so MathML cannot infer which it is.
    private static func withForm(_ node: MathNode, _ form: MathOperator.Form) -> MathNode {
        switch node {
        case .operator(var op):
            op.form = form
            return .operator(op)
        case .scripts(let base, let sub, let sup, let limits):
            return .scripts(base: withForm(base, form), sub: sub, sup: sup, limits: limits)
        default: return node
        }
    }

    /// Pass 2: signs with no operand on their left, in a row with the atom they apply to.
    private static func groupSigns(_ nodes: [MathNode]) -> [MathNode] {
        var result: [MathNode] = []
        var index = 0
        while index < nodes.count {
            if var sign = plainOperator(nodes[index]), signs.contains(sign.text), index + 1 < nodes.count,
                !(plainOperator(nodes[index + 1]).map { signs.contains($0.text) || isClosing($0) } ?? false),
                hasNoLeftOperand(result)
            {
                sign.form = .prefix
                result.append(.row([.operator(sign), nodes[index + 1]]))
                index += 2
            } else {
                result.append(nodes[index])
                index += 1
            }
        }
        return result
    }

    /// Whether an operator placed after `preceding` would have nothing on its left to operate on.
    private static func hasNoLeftOperand(_ preceding: [MathNode]) -> Bool {
        guard let last = preceding.last(where: { if case .space = $0 { false } else { true } }) else { return true }
        switch last {
        case .operator(let op): return !isClosing(op) && op.text != "!" && op.text != "′"
        case .largeOperator, .function: return true
        default: return false
        }
    }

    private static func isClosing(_ op: MathOperator) -> Bool {
        op.form == .postfix
            || (op.form == nil && (Set(pairs.values).contains(op.text) || op.text == "|" || op.text == "‖"))
    }

    /// Pass 3: `f(…)` as a function application.
    private static func applyFunctions(_ nodes: [MathNode]) -> [MathNode] {
        var result: [MathNode] = []
        var index = 0
        while index < nodes.count {
            if index + 1 < nodes.count, isFunctionName(nodes[index]), opensWithParenthesis(nodes[index + 1]) {
                let application = MathNode.operator(MathOperator(text: "\u{2061}"))
                result.append(.row([nodes[index], application, nodes[index + 1]]))
                index += 2
            } else {
                result.append(nodes[index])
                index += 1
            }
        }
        return result
    }

    /// A single italic letter, possibly with scripts (`f`, `f'`, `g_t`, `\sigma`).
    private static func isFunctionName(_ node: MathNode) -> Bool {
        switch node {
        case .identifier(let text, let upright): !upright && text.count == 1 && text.first?.isLetter == true
        case .scripts(let base, _, _, false): isFunctionName(base)
        default: false
        }
    }

    private static func opensWithParenthesis(_ node: MathNode) -> Bool {
        guard case .row(let children) = node, let first = children.first, case .operator(let op) = first else {
            return false
        }
        return op.text == "(" && op.form == nil && children.count >= 2
    }

    /// The operator a closing bracket with scripts carries (`)^2`): its `<msup>` is an embellished
    /// operator, which takes its form from its own place in the row.
    private static func scriptedOperator(_ node: MathNode) -> MathOperator? {
        if case .scripts(let base, _, _, _) = node { return plainOperator(base) }
        return nil
    }

    private static func plainOperator(_ node: MathNode) -> MathOperator? {
        if case .operator(let op) = node, !op.fence { return op }
        return nil
    }
}
