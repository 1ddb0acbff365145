#!/usr/bin/env python3
"""Times two descent binaries against each other, alternating run by run, so that a machine that
slows down or speeds up during the comparison moves both alike (the single-binary scripts time
one side after the other, and on a shared machine their figures drift by 10 % or more).

    python3 scripts/bench-ab.py BEFORE AFTER [--runs 30]

Each binary works on scratch copies of its own (the repository is not touched):
  one     `descent build --no-cache` of the one-lesson course of scripts/bench-nbconvert.sh
  inc     `descent build` of the bundled course after one number of lesson 01 changed (the
          `steps: 25` flip of scripts/bench-incremental.sh), from that binary's own cache
  cold    `descent build --no-cache` of the bundled course, every third round
It prints the median and quartiles of each, in milliseconds of wall time from fork to exit, and
the ratio inc / cold. Build both binaries first (e.g. `git worktree add` the old commit and
`make build` there).
"""
import argparse
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def one_lesson_text():
    """The lesson bench-nbconvert.sh builds, read from that script so the two never differ."""
    script = open(os.path.join(ROOT, "scripts", "bench-nbconvert.sh")).read()
    match = re.search(r"<<'LESSON'\n(.*?)\nLESSON\n", script, re.S)
    if not match:
        raise SystemExit("bench-ab: no one-lesson course found in scripts/bench-nbconvert.sh")
    return match.group(1) + "\n"


def timed(arguments):
    start = time.perf_counter()
    subprocess.run(arguments, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - start) * 1000


class Side:
    def __init__(self, binary, scratch, name, lesson):
        self.binary = os.path.abspath(binary)
        self.course = os.path.join(scratch, name, "course")
        self.one = os.path.join(scratch, name, "one")
        shutil.copytree(os.path.join(ROOT, "lessons"), os.path.join(self.course, "lessons"))
        os.makedirs(os.path.join(self.one, "lessons"))
        with open(os.path.join(self.one, "lessons", "01-w-squared.md"), "w") as f:
            f.write(lesson)
        self.walk = os.path.join(self.course, "lessons", "01-walking-downhill.md")
        self.times = {"one": [], "inc": [], "cold": []}
        subprocess.run(self.build(self.course), stdout=subprocess.DEVNULL, check=True)

    def build(self, course, cache=True):
        arguments = [self.binary, "build", "--lessons", course + "/lessons", "--output", course + "/output"]
        return arguments if cache else arguments + ["--no-cache"]

    def flip(self):
        text = open(self.walk).read()
        flipped = text.replace("\nsteps: 25\n", "\nsteps: 26\n") if "\nsteps: 25\n" in text else text.replace(
            "\nsteps: 26\n", "\nsteps: 25\n")
        with open(self.walk, "w") as f:
            f.write(flipped)

    def round(self, index):
        self.flip()
        self.times["inc"].append(timed(self.build(self.course)))
        self.times["one"].append(timed(self.build(self.one, cache=False)))
        if index % 3 == 0:
            self.times["cold"].append(timed(self.build(self.course, cache=False)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--runs", type=int, default=30)
    options = parser.parse_args()
    lesson = one_lesson_text()
    with tempfile.TemporaryDirectory() as scratch:
        sides = [Side(options.before, scratch, "a", lesson), Side(options.after, scratch, "b", lesson)]
        for index in range(options.runs):
            # A then B, then B then A: whichever runs second in a round is not always the same
            # binary (two copies of one binary measured 4 % apart when A always went first).
            for side in sides if index % 2 == 0 else reversed(sides):
                side.round(index)
        print(f"alternating A/B, {options.runs} rounds; load average {os.getloadavg()[0]:.2f}")
        for label, side in zip(["before", "after"], sides):
            for kind in ["one", "inc", "cold"]:
                values = sorted(side.times[kind])
                quartile = len(values) // 4
                print(f"  {label:6} {kind:4}  median {statistics.median(values):7.2f} ms"
                      f"  (quartiles {values[quartile]:.2f} to {values[-1 - quartile]:.2f}, n={len(values)})")
            ratio = statistics.median(side.times["inc"]) / statistics.median(side.times["cold"])
            print(f"  {label:6} inc / cold = {100 * ratio:.1f} %")


if __name__ == "__main__":
    main()
