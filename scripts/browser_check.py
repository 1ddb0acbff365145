#!/usr/bin/env python3
"""Loads every page of a rendered site in headless Chromium and checks it.

Talks to Chromium over the DevTools protocol through --remote-debugging-pipe (file
descriptors 3 and 4, NUL-separated JSON), so it needs only Python's standard library and
no network. For every page, in the light and the dark colour scheme:

- no console error, no uncaught exception, no failed resource load;
- every <math> element and every figure image (<figure> img/svg) has a non-zero rendered size
  and every <img> has loaded; no figure image is shown under 10/12 of its drawn size (its 12 px
  text would fall under 10 CSS px);
- every piece of visible text meets WCAG AA contrast against what is behind it (4.5:1, or 3:1
  for large text: at least 24 px, or 18.66 px bold), colours as the browser computed and
  composited them (semi-transparent backgrounds and text blended as drawn);
- at 1280 px, no table with a text column scrolls sideways (its text can wrap; only tables of
  numbers alone may scroll there);
- a full-page screenshot is saved (PAGE-light.png, PAGE-dark.png, and PAGE-phone.png and
  PAGE-phone-dark.png at a phone width) in the screenshot directory.

Then every SVG figure in the pages' figures/ folders is opened in both schemes and each of its
<text> elements is checked the same way against the page background of that scheme (figures
have no background of their own: they show the page's).

With --live, one page is loaded from a running `descent preview` instead: the page must load
without console errors, and after LESSON is saved (a word appended to its first heading) the
page must reload by itself and show the change; the time from the save to the reloaded page's
load event is printed.

Usage: browser_check.py SCREENSHOT_DIR PAGE.html...
       browser_check.py --live URL LESSON.md   (a page served by descent preview, and its lesson)
       browser_check.py --self-test   (the check must find known low contrast, and nothing else)
Exit status 0 when every page passes, 1 otherwise.
"""
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

TIMEOUT = 20.0
MEASURE = """(() => {
  const size = e => { const r = e.getBoundingClientRect(); return [r.width, r.height]; };
  const math = [...document.querySelectorAll('math')].map(size);
  const figures = [...document.querySelectorAll('figure img, figure svg')].map(e =>
    ({size: size(e), loaded: e.tagName.toLowerCase() !== 'img' || (e.complete && e.naturalWidth > 0),
      src: e.currentSrc || e.getAttribute('src') || 'inline svg',
      scale: e.naturalWidth ? size(e)[0] / e.naturalWidth : 1}));
  const images = [...document.querySelectorAll('img')].filter(e => !(e.complete && e.naturalWidth > 0))
    .map(e => e.getAttribute('src'));
  const scripts = document.querySelectorAll('script').length;
  // Tables with a text column (one that can wrap) that still scroll sideways: at desktop width
  // the column the prose quotes would be out of sight. All-number tables may scroll.
  const scrolling = [...document.querySelectorAll('.table-scroll')]
    .filter(e => e.scrollWidth > e.clientWidth + 1 && e.querySelector('td:not(.num)'))
    .map(e => `${e.querySelector('tr').innerText.replace(/\s+/g, ' ').slice(0, 50)} (${e.scrollWidth} px in ${e.clientWidth})`);
  return JSON.stringify({math, figures, images, scripts, scrolling,
    height: document.documentElement.scrollHeight});
})()"""


# Colours are resolved by painting them on a 1×1 canvas and reading the pixel back, so any CSS
# colour syntax the browser computes (rgb(), color(srgb …), color-mix results) and any alpha is
# handled as drawn. `paint(layers)` composites colour strings in order over opaque white.
CONTRAST_LIBRARY = """
const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas'); canvas.width = canvas.height = 1;
const context = canvas.getContext('2d', {willReadFrequently: true});
const paint = layers => {
  context.globalCompositeOperation = 'source-over';
  context.fillStyle = '#fff'; context.fillRect(0, 0, 1, 1);
  for (const layer of layers) { context.fillStyle = '#fff0'; context.fillStyle = layer; context.fillRect(0, 0, 1, 1); }
  return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
};
const luminance = rgb => {
  const [r, g, b] = rgb.map(v => { v /= 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const ratio = (a, b) => { const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
const hex = rgb => '#' + rgb.map(v => v.toString(16).padStart(2, '0')).join('');
"""
CONTRAST = """(() => {""" + CONTRAST_LIBRARY + """
  const backgroundLayers = element => {
    const layers = [];
    for (let e = element; e; e = e.parentElement) {
      const colour = getComputedStyle(e).backgroundColor;
      layers.unshift(colour);
    }
    return layers;
  };
  const failures = new Map();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node; (node = walker.nextNode());) {
    if (!node.data.trim()) continue;
    const element = node.parentElement;
    const range = document.createRange(); range.selectNodeContents(node);
    if (range.getClientRects().length === 0) continue;
    const style = getComputedStyle(element);
    if (style.visibility !== 'visible' || parseFloat(style.opacity) === 0) continue;
    const background = paint(backgroundLayers(element));
    const text = paint([hex(background), style.color]);
    const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight) >= 700;
    const needed = size >= 24 || (size >= 18.66 && bold) ? 3 : 4.5;
    const found = ratio(text, background);
    if (found + 1e-9 < needed) {
      const key = hex(text) + ' on ' + hex(background) + ' (' + element.tagName.toLowerCase() + (element.className ? '.' + element.className : '') + ')';
      if (!failures.has(key)) failures.set(key, {found: found.toFixed(2), needed, sample: node.data.trim().slice(0, 40)});
    }
  }
  return JSON.stringify({failures: [...failures].map(([key, f]) => `contrast ${f.found}:1 < ${f.needed}:1: ${key}: "${f.sample}"`),
    background: hex(paint(backgroundLayers(document.body)))});
})()"""
SVG_CONTRAST = """((background) => {""" + CONTRAST_LIBRARY + """
  const failures = new Set();
  // An animated figure is judged as it rests: every animation run to its end. A frame caption
  // that is shown only during its own frame is then fully transparent, not drawn, and skipped;
  // the captions share one class, so the one left showing stands for them all.
  document.getAnimations().forEach(animation => animation.finish());
  for (const text of document.querySelectorAll('text')) {
    const style = getComputedStyle(text);
    if (style.display === 'none' || !text.textContent.trim() || !style.fill.startsWith('rgb')) continue;
    const alpha = parseFloat(style.fillOpacity) * parseFloat(style.opacity);
    if (alpha === 0) continue;
    const drawn = paint([background, style.fill.replace(/^rgb\((.*)\)$/, `rgba($1, ${alpha})`)]);
    const found = ratio(drawn, paint([background]));
    const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight) >= 700;
    const needed = size >= 24 || (size >= 18.66 && bold) ? 3 : 4.5;
    if (found + 1e-9 < needed)
      failures.add(`contrast ${found.toFixed(2)}:1 < ${needed}:1: ${hex(drawn)} text on ${background}: "${text.textContent.trim().slice(0, 30)}"`);
  }
  return JSON.stringify([...failures]);
})"""


# Figures set their text at 12 px (DescentPlot); shown smaller than 10/12 of their size, that
# text falls under 10 CSS px. Phones get a narrow drawing for this reason.
MINIMUM_FIGURE_SCALE = 10 / 12


class Browser:
    """A headless Chromium driven over the DevTools pipe."""

    def __init__(self, binary):
        self.profile = tempfile.mkdtemp(prefix="descent-chromium-")
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()
        args = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-extensions", "--disable-background-networking", "--disable-sync",
                "--hide-scrollbars", "--mute-audio", "--allow-file-access-from-files",
                "--remote-debugging-pipe", f"--user-data-dir={self.profile}", "about:blank"]
        # Chromium reads commands on fd 3 and writes replies on fd 4; the shell puts the pipe
        # ends there just before it execs the browser.
        command = 'exec "$0" "$@" 3<&%d 4>&%d' % (to_child_r, from_child_w)
        self.process = subprocess.Popen(
            ["sh", "-c", command] + args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, pass_fds=(to_child_r, from_child_w))
        os.close(to_child_r)
        os.close(from_child_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    @staticmethod
    def binary():
        """The Chromium to drive: $CHROMIUM, else chromium or chromium-browser on the PATH; None if none."""
        return os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")

    def new_session(self, domains):
        """A new blank tab, attached in flat mode with `domains` enabled; its session id."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["result"]["targetId"]
        session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["result"]["sessionId"]
        for domain in domains:
            self.send(domain + ".enable", session=session)
        return session

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        return self.wait_for(lambda m: m.get("id") == self.next_id, method)

    def wait_for(self, predicate, what):
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            for index, message in enumerate(self.events):
                if predicate(message):
                    del self.events[index]
                    if "error" in message:
                        raise RuntimeError(f"{what}: {message['error']}")
                    return message
            self.read_one()
        raise TimeoutError(f"timed out waiting for {what}")

    def read_one(self):
        while b"\0" not in self.buffer:
            chunk = os.read(self.from_child, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the DevTools pipe")
            self.buffer += chunk
        raw, self.buffer = self.buffer.split(b"\0", 1)
        self.events.append(json.loads(raw))

    def close(self):
        try:
            self.send("Browser.close")
        except Exception:
            pass
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


class PageCheck:
    """One page loaded in one colour scheme and viewport: its problems and a screenshot."""

    def __init__(self, browser, session):
        self.browser = browser
        self.session = session
        # The page background of each colour scheme, as last measured: what figures sit on.
        self.backgrounds = {}

    def svg_contrast(self, path, scheme):
        """The low-contrast <text> of the SVG at `path` in `scheme`, on that scheme's page background."""
        send = lambda method, params=None: self.browser.send(method, params, self.session)
        send("Emulation.setEmulatedMedia", {"media": "screen", "features": [
            {"name": "prefers-color-scheme", "value": scheme}]})
        send("Page.navigate", {"url": "file://" + os.path.abspath(path)})
        self.browser.wait_for(lambda m: m.get("method") == "Page.loadEventFired"
                              and m.get("sessionId") == self.session, "load of " + path)
        self.browser.events.clear()
        expression = SVG_CONTRAST + "(" + json.dumps(self.backgrounds[scheme]) + ")"
        result = send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        return json.loads(result["result"]["result"]["value"])

    def run(self, path, scheme, width, screenshot):
        send = lambda method, params=None: self.browser.send(method, params, self.session)
        send("Emulation.setEmulatedMedia", {"media": "screen", "features": [
            {"name": "prefers-color-scheme", "value": scheme}]})
        send("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
        self.browser.events.clear()
        send("Page.navigate", {"url": "file://" + os.path.abspath(path)})
        self.browser.wait_for(lambda m: m.get("method") == "Page.loadEventFired"
                              and m.get("sessionId") == self.session, "load of " + path)
        time.sleep(0.1)
        problems = self.problems_in_events()
        result = send("Runtime.evaluate", {"expression": MEASURE, "returnByValue": True})
        measured = json.loads(result["result"]["result"]["value"])
        problems += self.problems_in_layout(measured)
        if width >= 1280:
            problems += [f"table with a text column scrolls sideways at {width} px: {table}"
                         for table in measured["scrolling"]]
        contrast = json.loads(send("Runtime.evaluate", {"expression": CONTRAST, "returnByValue": True})
                              ["result"]["result"]["value"])
        problems += contrast["failures"]
        self.backgrounds[scheme] = contrast["background"]
        height = min(max(int(measured["height"]), 900), 16000)
        send("Emulation.setDeviceMetricsOverride", {
            "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
        shot = send("Page.captureScreenshot", {"format": "png"})
        with open(screenshot, "wb") as file:
            file.write(base64.b64decode(shot["result"]["data"]))
        return problems

    def problems_in_events(self):
        while True:  # drain what has arrived
            import select
            ready, _, _ = select.select([self.browser.from_child], [], [], 0)
            if not ready and b"\0" not in self.browser.buffer:
                break
            self.browser.read_one()
        problems = []
        requests = {event["params"]["requestId"]: event["params"]["request"]["url"]
                    for event in self.browser.events if event.get("method") == "Network.requestWillBeSent"}
        for event in self.browser.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                problems.append("console error: " + json.dumps(params.get("args")))
            elif method == "Runtime.exceptionThrown":
                problems.append("exception: " + json.dumps(params.get("exceptionDetails", {}).get("text")))
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                entry = params["entry"]
                problems.append(f"console error: {entry.get('text')} {entry.get('url', '')}".strip())
            elif method == "Network.loadingFailed" and not params.get("canceled"):
                # A canceled load is one the page no longer wanted (the preload scanner's guess at
                # a <picture> before its <source> media was settled); a missing file fails uncanceled,
                # and an <img> left without its image is reported below all the same.
                url = requests.get(params.get("requestId"), "")
                problems.append(f"failed to load a resource: {params.get('errorText')} {url}".strip())
            elif method == "Network.responseReceived" and params["response"].get("status", 200) >= 400:
                problems.append(f"HTTP {params['response']['status']}: {params['response']['url']}")
        self.browser.events.clear()
        return problems

    @staticmethod
    def problems_in_layout(measured):
        problems = []
        if measured["scripts"]:
            problems.append(f"{measured['scripts']} <script> elements (pages must need no JavaScript)")
        for index, (width, height) in enumerate(measured["math"]):
            if width <= 0 or height <= 0:
                problems.append(f"<math> #{index + 1} has no rendered size ({width}x{height})")
        for figure in measured["figures"]:
            width, height = figure["size"]
            if width <= 0 or height <= 0 or not figure["loaded"]:
                problems.append(f"figure {figure['src']} did not render ({width}x{height})")
            elif figure["scale"] < MINIMUM_FIGURE_SCALE:
                problems.append(f"figure {figure['src']} is drawn at {figure['scale']:.0%} of its size: "
                                f"its 12 px text would be under 10 px")
        for src in measured["images"]:
            problems.append(f"image {src} did not load")
        return problems


def figures_beside(pages):
    """Every SVG file in the figures/ folder of each page's directory, sorted."""
    found = set()
    for directory in {os.path.dirname(os.path.abspath(page)) for page in pages}:
        folder = os.path.join(directory, "figures")
        if os.path.isdir(folder):
            found.update(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".svg"))
    return sorted(found)


SELF_TEST_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title>
<style>body { background: #fcfbf8; color: #222; } .faint { color: #999; } .big { color: #888; font-size: 24px; }</style>
</head><body><p>dark enough</p><p class="faint">too faint</p><p class="big">large grey passes at 3:1</p></body></html>
"""
SELF_TEST_FIGURE = """<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40" viewBox="0 0 100 40">
<text x="5" y="15" fill="#222">dark</text><text x="5" y="35" fill="#bbb">pale</text></svg>
"""


def self_test():
    """Runs the check on a page and a figure with known contrast and expects exactly their failures,
    so a check that silently passes everything cannot go unnoticed."""
    import contextlib
    import io
    with tempfile.TemporaryDirectory() as directory:
        os.makedirs(os.path.join(directory, "figures"))
        with open(os.path.join(directory, "page.html"), "w") as file:
            file.write(SELF_TEST_PAGE)
        with open(os.path.join(directory, "figures", "pale.svg"), "w") as file:
            file.write(SELF_TEST_FIGURE)
        output = io.StringIO()
        with contextlib.redirect_stdout(output):
            status = main(["self-test", os.path.join(directory, "shots"), os.path.join(directory, "page.html")])
    lines = [line for line in output.getvalue().splitlines() if line.startswith("  [")]
    faint = [line for line in lines if "contrast" in line and '"too faint"' in line]
    pale = [line for line in lines if "contrast" in line and '"pale"' in line]
    other = [line for line in lines if "contrast" in line and line not in faint + pale]
    if status == 1 and len(faint) == 4 and len(pale) == 2 and not other:
        print("browser-check: self-test passed (low contrast found in a page and a figure, nothing else)")
        return 0
    print("browser-check: self-test FAILED; the check reported:\n" + output.getvalue(), file=sys.stderr)
    return 1


HEADING = "(() => { const h = document.querySelector('h1'); return h ? h.textContent : ''; })()"


def live_check(url, lesson):
    """Loads `url` from a preview server, saves `lesson` with its heading changed, and waits for
    the page to reload by itself with the new heading. Returns the exit status."""
    binary = Browser.binary()
    browser = Browser(binary)
    try:
        session = browser.new_session(("Page", "Runtime", "Log", "Network"))
        send = lambda method, params=None: browser.send(method, params, session)
        loaded = lambda m: m.get("method") == "Page.loadEventFired" and m.get("sessionId") == session
        browser.events.clear()
        send("Page.navigate", {"url": url})
        browser.wait_for(loaded, "load of " + url)
        time.sleep(0.3)  # the reload script's first request is under way
        problems = PageCheck(browser, session).problems_in_events()
        before = send("Runtime.evaluate", {"expression": HEADING, "returnByValue": True})["result"]["result"]["value"]
        with open(lesson, encoding="utf-8") as file:
            text = file.read()
        edited = text.replace("\n", " (live)\n", 1) if text.startswith("# ") else "# Live\n\n" + text
        browser.events.clear()
        saved = time.monotonic()
        with open(lesson, "w", encoding="utf-8") as file:
            file.write(edited)
        browser.wait_for(loaded, "the page to reload after the save")
        elapsed = (time.monotonic() - saved) * 1000
        after = send("Runtime.evaluate", {"expression": HEADING, "returnByValue": True})["result"]["result"]["value"]
        if not after.endswith("(live)"):
            problems.append(f"the reloaded page's heading is {after!r}, not the saved one (was {before!r})")
    finally:
        browser.close()
    status = "ok" if not problems else "FAILED"
    print(f"browser-check: live preview {url}: {status}; save to reloaded page: {elapsed:.0f} ms")
    for problem in problems:
        print(f"  {problem}")
    return 1 if problems else 0


def main(argv):
    if argv[1:] == ["--self-test"]:
        return self_test()
    if len(argv) == 4 and argv[1] == "--live":
        return live_check(argv[2], argv[3])
    if len(argv) < 3:
        print("\n".join(line for line in __doc__.splitlines() if "browser_check.py " in line), file=sys.stderr)
        return 2
    directory, pages = argv[1], argv[2:]
    binary = Browser.binary()
    if not binary:
        print("error: chromium not found", file=sys.stderr)
        return 1
    os.makedirs(directory, exist_ok=True)
    browser = Browser(binary)
    failures = 0
    try:
        session = browser.new_session(("Page", "Runtime", "Log", "Network"))
        check = PageCheck(browser, session)
        for page in pages:
            name = os.path.splitext(os.path.basename(os.path.dirname(os.path.abspath(page))))[0]
            stem = name + "-" + os.path.splitext(os.path.basename(page))[0]
            problems = []
            for scheme, width, suffix in (("light", 1280, "light"), ("dark", 1280, "dark"), ("light", 390, "phone"),
                                          ("dark", 390, "phone-dark")):
                shot = os.path.join(directory, f"{stem}-{suffix}.png")
                problems += [f"[{suffix}] {p}" for p in check.run(page, scheme, width, shot)]
            status = "ok" if not problems else "FAILED"
            print(f"browser-check: {page}: {status}")
            for problem in problems:
                print(f"  {problem}")
            failures += bool(problems)
        figures = figures_beside(pages)
        figure_failures = 0
        for figure in figures:
            problems = [f"[{scheme}] {p}" for scheme in ("light", "dark") for p in check.svg_contrast(figure, scheme)]
            if problems:
                print(f"browser-check: {figure}: FAILED")
                for problem in problems:
                    print(f"  {problem}")
            figure_failures += bool(problems)
        print(f"browser-check: {len(figures)} SVG figures checked for contrast, {figure_failures} failed")
        failures += figure_failures
    finally:
        browser.close()
    print(f"browser-check: {len(pages)} pages, {failures} failed; screenshots in {directory}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
