import DescentText

/// The page markup of an explorable figure (`show: explore`) and the CSS that drives it; the
/// site puts `html` in place of the figure's still image and `stylesheets` in its style sheet.
///
/// ```html
/// <div class="explore" id="explore-ID-explore">
/// <div class="explore-controls">
/// <fieldset class="explore-control"><legend>learning rate η</legend><div class="explore-track">
/// <span class="explore-choice"><input type="radio" name="ID-explore-c0" id="ID-explore-c0-0" value="0" checked /><label for="ID-explore-c0-0">0.1</label></span>
/// …</div></fieldset>
/// </div>
/// <div class="explore-outcomes" aria-live="polite"><p class="explore-outcome" data-layer="0">η = 0.1: …</p> …</div>
/// <div class="explore-charts"><svg …map…/> <svg …loss…/></div>
/// </div>
/// ```
///
/// No script: radios in a `<fieldset>` per control (arrow keys move between a control's
/// choices, as radios always do), and rules that hide every run (`[data-layer]`: its SVG
/// layers and its outcome line) except the one whose choices are all checked, through
/// `:has()`. A browser without `:has()` hides nothing; without CSS every run is drawn and every
/// outcome listed, in run order. The outcome lines sit in a polite live region, so a screen
/// reader reads the newly shown one. In print, the run the figure opens on is shown and the
/// controls are left out (the caption lists the choices).
public struct ExploreMarkup: Sendable, Equatable {
    /// The figure's HTML, one block element.
    public var html: String
    /// The CSS it needs: the rules every explorable figure shares, then its own.
    public var stylesheets: [String]

    /// The markup of figure `id` with `choices`, opening on run `initial`; `charts` are SVG
    /// documents whose run layers are named by run index, `outcomes` one sentence per run.
    init(id: String, choices: ExploreChoices, initial: Int, charts: [String], outcomes: [String]) {
        let root = "explore-" + id
        let checked = choices.picks[initial]
        var html = "<div class=\"explore\" id=\"\(root)\">\n<div class=\"explore-controls\">\n"
        for (control, choice) in zip(choices.controls.indices, checked) {
            html += Self.fieldset(choices.controls[control], name: "\(id)-c\(control)", checked: choice)
        }
        // The outcome sits right under the controls, as the figure's headline: on a phone the
        // charts stack below, and the result of a tap stays in view.
        html += "</div>\n<div class=\"explore-outcomes\" aria-live=\"polite\">\n"
        for (run, outcome) in outcomes.enumerated() {
            html += "<p class=\"explore-outcome\" data-layer=\"\(run)\">\(HTMLEscaping.escape(outcome))</p>\n"
        }
        html += "</div>\n<div class=\"explore-charts\">\n"
        html += charts.map(Self.inline).joined(separator: "\n") + "\n"
        html += "</div>\n</div>\n"
        self.html = html
        stylesheets = [Self.shared, Self.rules(root: root, id: id, picks: choices.picks, initial: initial)]
    }

    /// One control: a legend and a track of labelled radios.
    private static func fieldset(_ control: ExploreChoices.Control, name: String, checked: Int) -> String {
        var html = "<fieldset class=\"explore-control\"><legend>\(HTMLEscaping.escape(control.name))</legend>"
        html += "<div class=\"explore-track\">\n"
        for (index, choice) in control.choices.enumerated() {
            let input = "\(name)-\(index)"
            html +=
                "<span class=\"explore-choice\"><input type=\"radio\" name=\"\(name)\" id=\"\(input)\" value=\"\(index)\""
            html += index == checked ? " checked />" : " />"
            html += "<label for=\"\(input)\">\(HTMLEscaping.escape(choice))</label></span>\n"
        }
        return html + "</div></fieldset>\n"
    }

    /// An SVG document as an element of the page, without its final line break.
    private static func inline(_ svg: String) -> String {
        var text = svg
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// The figure's own rules: once a choice is checked, every run is hidden but the one whose
    /// choices are all checked; in print, the run the figure opens on.
    static func rules(root: String, id: String, picks: [[Int]], initial: Int) -> String {
        var css = "#\(root):has(input:checked) [data-layer] { display: none; }\n"
        for (run, pick) in picks.enumerated() {
            let checked = pick.enumerated().map { ":has(#\(id)-c\($0.offset)-\($0.element):checked)" }.joined()
            css += "#\(root)\(checked) [data-layer=\"\(run)\"] { display: revert; }\n"
        }
        css += "@media print {\n"
        css += "  #\(root) [data-layer]:not([data-layer=\"\(initial)\"]) { display: none !important; }\n"
        css += "  #\(root) [data-layer=\"\(initial)\"] { display: revert !important; }\n"
        css += "}\n"
        return css
    }

    /// What every explorable figure shares: the choices as a track of labelled stops — the
    /// radio itself hidden from sight but not from the keyboard, its label the stop, the
    /// checked stop filled, the focused one ringed — and the two charts side by side where
    /// they fit.
    static let shared = """
        .explore { margin: 1.5rem 0 0.5rem; font-family: var(--sans); }
        .explore-controls { display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; }
        .explore-control { margin: 0 0 0.75rem; padding: 0; border: 0; min-width: 0; }
        .explore-control legend { padding: 0; font: 600 0.8125rem/1.5 var(--sans); color: var(--muted); }
        .explore-track { display: flex; flex-wrap: wrap; gap: 0.25rem 0; }
        .explore-choice {
          position: relative; display: flex; align-items: center; padding: 0 0.3rem;
          background: linear-gradient(var(--rule), var(--rule)) center / 100% 2px no-repeat;
        }
        .explore-choice input { position: absolute; left: 0; top: 0; width: 1px; height: 1px; margin: 0; opacity: 0; }
        .explore-choice label {
          display: inline-block; min-width: 2.5rem; padding: 0.2rem 0.55rem; border: 2px solid var(--rule);
          border-radius: 999px; background: var(--background); color: var(--text); cursor: pointer;
          font: 0.8125rem/1.4 var(--sans); font-variant-numeric: tabular-nums; text-align: center; white-space: nowrap;
        }
        .explore-choice label:hover { border-color: var(--accent); }
        .explore-choice input:checked + label { background: var(--accent); border-color: var(--accent); color: var(--background); }
        .explore-choice input:focus-visible + label { outline: 2px dashed var(--text); outline-offset: 2px; }
        .explore-charts { display: flex; flex-wrap: wrap; justify-content: center; gap: 0.5rem 1rem; }
        .explore-charts > svg { max-width: 100%; height: auto; }
        .explore-outcome { margin: 0 0 0.6rem; font-weight: 600; text-align: center; }
        @media print { .explore-controls { display: none; } }

        """
}
