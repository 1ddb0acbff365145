#!/usr/bin/env python3
"""Checks the explorable figures (`show: explore`) of rendered pages in headless Chromium.

The pages have no JavaScript: their controls are radio inputs and CSS. This check drives them
as a reader would, over the DevTools pipe (`Browser` from browser_check.py), and judges the
RENDERED page — which run layers and outcome lines have a box on screen — not the HTML text.
For every `.explore` figure of every page:

- on load, exactly the run the checked choices name is drawn in every chart (each chart shows
  one run layer) and its outcome line is the only one shown, naming every checked choice;
- a mouse click on the label of another choice (the last of the first control) shows that
  run instead: its layers and outcome line, nothing of the run before;
- keyboard: the checked radio of the first control is focused and ArrowRight pressed; the next
  choice becomes checked and its run is the one shown;
- every choice of every control, clicked in turn, shows exactly one run, and the choices of the
  first control each a different one;
- screenshots of the figure (light, dark, a 390 px phone, and light after the click) are saved
  as PAGE-FIGURE-{light,dark,phone,clicked}.png in the screenshot directory.

Usage: explore_check.py SCREENSHOT_DIR PAGE.html...
Exit status 0 when every figure behaves, 1 otherwise (a page without explorable figures passes).
"""
import base64
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser_check import Browser  # noqa: E402

# What the page shows of one figure: for each chart the run layers with a rendered box, the
# outcome lines with a box, the checked radios, and the figure's box (for screenshots).
STATE = """((id) => {
  const root = document.getElementById(id);
  // A level loss line has a box of no height, so a box counts when either side has length.
  const shown = e => { const r = e.getBoundingClientRect(); return (r.width > 0 || r.height > 0)
    && getComputedStyle(e).display !== 'none' && getComputedStyle(e).visibility !== 'hidden'; };
  const charts = [...root.querySelectorAll('.explore-charts > svg')].map(svg =>
    [...svg.querySelectorAll('[data-layer]')].filter(shown).map(e => e.getAttribute('data-layer'))
      .filter((v, i, a) => a.indexOf(v) === i));
  const outcomes = [...root.querySelectorAll('.explore-outcome')].filter(shown)
    .map(e => ({run: e.getAttribute('data-layer'), text: e.textContent}));
  const checked = [...root.querySelectorAll('input:checked')].map(e => e.id);
  const chosen = [...root.querySelectorAll('input:checked + label')].map(e => e.textContent);
  const box = root.closest('figure').getBoundingClientRect();
  return JSON.stringify({charts, outcomes, checked, chosen,
    box: [box.left + scrollX, box.top + scrollY, box.width, box.height]});
})"""

FIGURES = "JSON.stringify([...document.querySelectorAll('.explore')].map(e => e.id))"

# The centre of an element, scrolled into view first, in viewport pixels.
CENTRE = """((selector) => {
  const e = document.querySelector(selector); e.scrollIntoView({block: 'center'});
  const r = e.getBoundingClientRect(); return JSON.stringify([r.left + r.width / 2, r.top + r.height / 2]);
})"""


class ExploreCheck:
    def __init__(self, browser, session, directory):
        self.browser = browser
        self.session = session
        self.directory = directory

    def send(self, method, params=None):
        return self.browser.send(method, params, self.session)

    def evaluate(self, expression):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        return json.loads(result["result"]["result"]["value"])

    def load(self, path, scheme="light", width=1280):
        self.send("Emulation.setEmulatedMedia", {"media": "screen", "features": [
            {"name": "prefers-color-scheme", "value": scheme}]})
        self.send("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
        self.browser.events.clear()
        self.send("Page.navigate", {"url": "file://" + os.path.abspath(path)})
        self.browser.wait_for(lambda m: m.get("method") == "Page.loadEventFired"
                              and m.get("sessionId") == self.session, "load of " + path)
        time.sleep(0.1)
        self.browser.events.clear()

    def state(self, figure):
        return self.evaluate(STATE + "(" + json.dumps(figure) + ")")

    def shot(self, figure, name):
        box = self.state(figure)["box"]
        shot = self.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True, "clip": {
            "x": box[0], "y": box[1], "width": box[2], "height": box[3], "scale": 1}})
        with open(os.path.join(self.directory, name), "wb") as file:
            file.write(base64.b64decode(shot["result"]["data"]))

    def click(self, selector):
        x, y = self.evaluate(CENTRE + "(" + json.dumps(selector) + ")")
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", {"type": kind, "x": x, "y": y, "button": "left", "clickCount": 1})
        time.sleep(0.05)

    def press(self, key, code):
        for kind in ("rawKeyDown", "keyUp"):
            self.send("Input.dispatchKeyEvent", {"type": kind, "key": key, "code": code,
                                                 "windowsVirtualKeyCode": 39 if key == "ArrowRight" else 0})
        time.sleep(0.05)

    @staticmethod
    def one_run(state, what):
        """The single run a state shows, or a problem."""
        runs = {run for chart in state["charts"] for run in chart}
        problems = []
        if any(len(chart) != 1 for chart in state["charts"]) or len(runs) != 1:
            problems.append(f"{what}: the charts show runs {state['charts']}, not exactly one")
        lines = [o["run"] for o in state["outcomes"]]
        if len(lines) != 1 or lines[0] not in runs:
            problems.append(f"{what}: outcome lines shown for runs {lines}, charts show {sorted(runs)}")
        elif not all(choice in state["outcomes"][0]["text"] for choice in state["chosen"]):
            problems.append(f"{what}: the outcome shown, {state['outcomes'][0]['text']!r}, "
                            f"does not name the choices {state['chosen']}")
        return (runs.pop() if len(runs) == 1 else None), problems

    def check(self, page, stem):
        problems = []
        self.load(page)
        figures = self.evaluate(FIGURES)
        for figure in figures:
            name = f"{stem}-{figure}"
            before = self.state(figure)
            first, found = self.one_run(before, "on load")
            problems += found
            self.shot(figure, name + "-light.png")
            # The last choice of the first control, clicked with the mouse on its label.
            control = before["checked"][0].rsplit("-", 1)[0]
            labels = self.evaluate(
                "JSON.stringify([...document.querySelectorAll('#%s label[for^=\"%s-\"]')].map(e => e.htmlFor))"
                % (figure, control))
            target = labels[-1] if labels[-1] not in before["checked"] else labels[0]
            self.click(f'label[for="{target}"]')
            clicked = self.state(figure)
            second, found = self.one_run(clicked, "after a click on " + target)
            problems += found
            if target not in clicked["checked"]:
                problems.append(f"a click on the label of {target} did not check it: {clicked['checked']}")
            if second == first:
                problems.append(f"a click on {target} left run {first} shown")
            self.shot(figure, name + "-clicked.png")
            # Keyboard: back to the first choice by click, then focus and ArrowRight.
            self.click(f'label[for="{labels[0]}"]')
            at_first, _ = self.one_run(self.state(figure), "after a click on " + labels[0])
            self.evaluate("(document.getElementById(%s).focus(), \"null\")" % json.dumps(labels[0]))
            self.press("ArrowRight", "ArrowRight")
            keyed = self.state(figure)
            third, found = self.one_run(keyed, "after ArrowRight")
            problems += found
            if len(labels) > 1 and labels[1] not in keyed["checked"]:
                problems.append(f"ArrowRight from {labels[0]} checked {keyed['checked']}, not {labels[1]}")
            if third == at_first:
                problems.append(f"ArrowRight left run {at_first} shown")
            # Every choice of every control, clicked in turn, shows exactly one run; along the
            # first control (the others held) each choice shows a different run.
            controls = self.evaluate(
                "JSON.stringify([...document.querySelectorAll('#%s fieldset')].map(f =>"
                " [...f.querySelectorAll('input')].map(e => e.id)))" % figure)
            for index, inputs in enumerate(controls):
                seen = []
                for choice in inputs:
                    self.click(f'label[for="{choice}"]')
                    run, found = self.one_run(self.state(figure), "after a click on " + choice)
                    problems += found
                    seen.append(run)
                if index == 0 and len(set(seen)) != len(seen):
                    problems.append(f"the choices of the first control show runs {seen}, not one each")
            problems = [f"{figure}: {p}" for p in problems]
        for scheme, width, suffix in (("dark", 1280, "dark"), ("light", 390, "phone")):
            self.load(page, scheme, width)
            for figure in figures:
                self.shot(figure, f"{stem}-{figure}-{suffix}.png")
                run, found = self.one_run(self.state(figure), f"[{suffix}] on load")
                problems += [f"{figure}: {p}" for p in found]
        return figures, problems


def main(argv):
    if len(argv) < 3:
        print(__doc__.split("Usage: ")[1].splitlines()[0], file=sys.stderr)
        return 2
    directory, pages = argv[1], argv[2:]
    binary = Browser.binary()
    if not binary:
        print("error: chromium not found", file=sys.stderr)
        return 1
    os.makedirs(directory, exist_ok=True)
    browser = Browser(binary)
    failures = 0
    count = 0
    try:
        session = browser.new_session(("Page", "Runtime"))
        check = ExploreCheck(browser, session, directory)
        for page in pages:
            stem = os.path.splitext(os.path.basename(page))[0]
            figures, problems = check.check(page, stem)
            count += len(figures)
            if figures:
                print(f"explore-check: {page}: {len(figures)} explorable figures, {'ok' if not problems else 'FAILED'}")
            for problem in problems:
                print(f"  {problem}")
            failures += bool(problems)
    finally:
        browser.close()
    print(f"explore-check: {count} explorable figures in {len(pages)} pages, {failures} pages failed; "
          f"screenshots in {directory}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
