#!/usr/bin/env python3
"""Runs every `show: pytorch` script of a course and compares its numbers with `descent run`.

For each experiment block whose `show:` line asks for `pytorch`, the script spliced into the
lesson's generated region is run with DESCENT_JSON=1 (one JSON line per step and per run's
end) and compared with `descent run LESSON --id ID --format json`: every run's trace
(parameters, loss, gradient, rate), final point and loss, and epoch losses to 1e-9 relative,
its outcome and iteration exactly. The script must also be what `--format pytorch` prints.
One line per experiment; exit status 1 when any differs.

    python scripts/torch_check.py --descent .build/debug/descent [lessons/*.md]
"""

import argparse
import glob
import json
import math
import os
import re
import subprocess
import sys
import tempfile

TOLERANCE = 1e-9
BLOCK = re.compile(r"^(`{3,}|~{3,})descent ([A-Za-z0-9_-]+)\s*$")


def pytorch_blocks(path):
    """Ids of the experiment blocks of a lesson whose show: line names pytorch."""
    ids, current, fence = [], None, None
    with open(path, encoding="utf-8") as lesson:
        for line in lesson:
            line = line.rstrip("\n")
            if current is None:
                match = BLOCK.match(line)
                if match:
                    fence, current = match.group(1), match.group(2)
            elif line.strip().startswith(fence[0] * 3) and not line.strip().strip(fence[0]):
                current = None
            elif re.match(r"\s*show\s*:", line) and "pytorch" in re.split(r"[\s,]+", line.split(":", 1)[1]):
                ids.append(current)
    return ids


def spliced_script(path, block_id):
    """The ```python descent-pytorch block inside the block's generated region."""
    text = open(path, encoding="utf-8").read()
    region = re.search(r"<!-- descent:begin %s .*?-->(.*?)<!-- descent:end %s -->" % (re.escape(block_id),
                                                                                   re.escape(block_id)), text, re.S)
    if not region:
        return None
    script = re.search(r"^(`{3,})python descent-pytorch\n(.*?)^\1\s*$", region.group(1), re.S | re.M)
    return script.group(2) if script else None


def close(a, b):
    """Equal to TOLERANCE relative (None and NaN stand for the same missing number)."""
    if a is None or b is None or (isinstance(a, float) and math.isnan(a)) or (isinstance(b, float) and math.isnan(b)):
        return (a is None or math.isnan(a)) and (b is None or math.isnan(b))
    scale = max(abs(a), abs(b))
    return scale == 0 or abs(a - b) <= TOLERANCE * scale


def relative(a, b):
    if a is None or b is None or math.isnan(a) or math.isnan(b) or max(abs(a), abs(b)) == 0:
        return 0.0
    return abs(a - b) / max(abs(a), abs(b))


def compare(engine, torch_lines):
    """(first difference or None, number of values compared, largest relative difference)."""
    steps, ends = {}, {}
    for line in torch_lines:
        row = json.loads(line)
        if "final" in row:
            ends[row["run"]] = row
        else:
            steps.setdefault(row["run"], []).append(row)
    runs = engine["runs"]
    if len(ends) != len(runs):
        return f"{len(ends)} runs printed, {len(runs)} expected", 0, 0.0
    count, worst = 0, 0.0

    def check(where, a, b):
        nonlocal count, worst
        a = a if isinstance(a, list) else [a]
        b = b if isinstance(b, list) else [b]
        if len(a) != len(b):
            return f"{where}: {len(b)} values, {len(a)} expected"
        for x, y in zip(a, b):
            count += 1
            worst = max(worst, relative(x, y))
            if not close(x, y):
                return f"{where}: {y!r} against descent's {x!r}"
        return None

    for k, run in enumerate(runs):
        label = run["label"]
        trace, mine = run["trace"], steps.get(k, [])
        if len(trace) != len(mine):
            return f"run '{label}': {len(mine)} steps, {len(trace)} expected", count, worst
        for expected, got in zip(trace, mine):
            if expected["iteration"] != got["iteration"]:
                return f"run '{label}': iteration {got['iteration']}, {expected['iteration']} expected", count, worst
            for key in ["params", "loss", "grad", "lr"]:
                problem = check(f"run '{label}' iteration {got['iteration']} {key}", expected[key], got[key])
                if problem:
                    return problem, count, worst
        end = ends[k]
        if end["outcome"] != run["outcome"]:
            return f"run '{label}': outcome {end['outcome']}, {run['outcome']} expected", count, worst
        for key, a, b in [("final params", run["final"]["params"], end["final"]["params"]),
                          ("final loss", run["final"]["loss"], end["final"]["loss"]),
                          ("epoch losses", run["epoch_losses"], end["epoch_losses"])]:
            problem = check(f"run '{label}' {key}", a, b)
            if problem:
                return problem, count, worst
    return None, count, worst


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--descent", default=".build/release/descent")
    parser.add_argument("lessons", nargs="*")
    args = parser.parse_args()
    lessons = args.lessons or sorted(glob.glob("lessons/*.md"))
    failures = checked = 0
    for lesson in lessons:
        for block_id in pytorch_blocks(lesson):
            checked += 1
            name = f"{lesson} {block_id}"
            script = spliced_script(lesson, block_id)
            exported = subprocess.run([args.descent, "run", lesson, "--id", block_id, "--format", "pytorch"],
                                      capture_output=True, text=True)
            if script is None or exported.returncode != 0 or exported.stdout != script:
                failures += 1
                why = exported.stderr.strip() or "the spliced script is missing or differs from --format pytorch"
                print(f"FAIL {name}: {why}")
                continue
            engine = subprocess.run([args.descent, "run", lesson, "--id", block_id, "--format", "json"],
                                    capture_output=True, text=True, check=True)
            with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as file:
                file.write(script)
            try:
                ran = subprocess.run([sys.executable, file.name], capture_output=True, text=True,
                                     env=dict(os.environ, DESCENT_JSON="1"))
            finally:
                os.unlink(file.name)
            if ran.returncode != 0:
                failures += 1
                print(f"FAIL {name}: the script failed:\n{ran.stderr}")
                continue
            experiment = json.loads(engine.stdout)["experiments"][0]
            problem, count, worst = compare(experiment, ran.stdout.splitlines())
            runs = len(experiment["runs"])
            steps = sum(len(run["trace"]) for run in experiment["runs"])
            summary = f"{runs} run{'s' if runs != 1 else ''}, {steps} steps, {count} numbers, largest relative difference {worst:.1e}"
            if problem:
                failures += 1
                print(f"FAIL {name}: {problem} ({summary})")
            else:
                print(f"ok   {name}: {summary}")
    print(f"{checked - failures} of {checked} experiments match descent to {TOLERANCE:g} relative")
    return 1 if failures or not checked else 0


if __name__ == "__main__":
    sys.exit(main())
