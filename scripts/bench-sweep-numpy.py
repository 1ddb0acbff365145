#!/usr/bin/env python3
"""The engine's sweep benchmark in NumPy, vectorised by hand, beside the engine's own figure.

The sweep: Adam (torch.optim.Adam's defaults and its exact update order) on Rosenbrock
f(x, y) = (1 - x)^2 + 100 (y - x^2)^2 from (-1.5, 2), float64, 1,000 learning rates
1e-4 * 1000^(i/999) for i = 0..999, 10,000 steps each, every run at once as arrays of 1,000.
Each step computes the loss and the gradient (with the same operations, in the same order, as
the engine's compiled tape for this objective) and Adam's update; the bias corrections are
computed once per step with pow, as torch does. Unlike the engine, NumPy does not test each
run for divergence at every step (none of these runs diverges; the final values are checked).

Prints NumPy's median time over --repeat runs. With --descent BINARY, it then runs the same
sweep through `BINARY bench --sweep-json` in this process's lifetime (same machine, same
load), prints the engine's times beside NumPy's with the ratios, and checks that the two
agree: every final loss must match to 1e-12 relative (exit status 1 otherwise), and it says
how many are bit-identical.

Usage: scripts/bench-sweep-numpy.py [--descent .build/release/descent] [--repeat 5]
"""

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import time

import numpy as np

RUNS = 1_000
STEPS = 10_000
BETA1, BETA2, EPSILON = 0.9, 0.999, 1e-8
TOLERANCE = 1e-12


def learning_rates(runs):
    """The engine's rates, computed with the same scalar pow (not NumPy's vector power)."""
    return np.array([1e-4 * math.pow(1e3, i / max(1, runs - 1)) for i in range(runs)])


def sweep(runs, steps):
    """Runs the sweep; returns the final loss of every run (f at its last point)."""
    rate = learning_rates(runs)
    x = np.full(runs, -1.5)
    y = np.full(runs, 2.0)
    m_x, m_y, v_x, v_y = (np.zeros(runs) for _ in range(4))
    a, b, t1, t2, loss, g_x, g_y = (np.empty(runs) for _ in range(7))
    for t in range(1, steps + 1):
        # f and its gradient as the engine's tape computes them:
        # a = 1 - x, b = y - x*x, f = a*a + 100*(b*b), df/dx = -2*a - (400*x)*b, df/dy = 200*b
        np.subtract(1.0, x, out=a)
        np.multiply(x, x, out=t1)
        np.subtract(y, t1, out=b)
        np.multiply(a, a, out=loss)
        np.multiply(b, b, out=t1)
        t1 *= 100.0
        loss += t1
        np.multiply(a, -2.0, out=g_x)
        np.multiply(x, 400.0, out=t1)
        t1 *= b
        g_x -= t1
        np.multiply(b, 200.0, out=g_y)
        # Adam, in torch's order: m = b1*m + (1-b1)*g; v = b2*v + (1-b2)*g*g;
        # theta -= (lr / (1 - b1^t)) * m / (sqrt(v) / sqrt(1 - b2^t) + eps)
        correction1 = 1 - BETA1**t
        correction2_root = math.sqrt(1 - BETA2**t)
        for p, g, m, v in ((x, g_x, m_x, v_x), (y, g_y, m_y, v_y)):
            m *= BETA1
            np.multiply(g, 1 - BETA1, out=t1)
            m += t1
            v *= BETA2
            np.multiply(g, 1 - BETA2, out=t1)
            t1 *= g
            v += t1
            np.sqrt(v, out=t1)
            t1 /= correction2_root
            t1 += EPSILON
            np.divide(rate, correction1, out=t2)
            t2 *= m
            t2 /= t1
            p -= t2
    np.subtract(1.0, x, out=a)
    np.multiply(x, x, out=t1)
    np.subtract(y, t1, out=b)
    return a * a + 100.0 * (b * b)


def timed(runs, steps, repeat):
    """Median wall-clock and CPU seconds of `repeat` sweeps, and the last sweep's final losses."""
    walls, cpus, losses = [], [], None
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        losses = sweep(runs, steps)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), losses


def engine_report(binary, repeat):
    output = subprocess.run(
        [binary, "bench", "--sweep-json", "--repeat", str(repeat)], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output)


def compare(ours, theirs):
    """(bit-identical count, largest relative difference) of two lists of final losses."""
    identical, worst = 0, 0.0
    for a, b in zip(ours, theirs):
        if a is None or not math.isfinite(b):
            return identical, math.inf
        identical += a == b
        worst = max(worst, abs(a - b) / max(abs(b), sys.float_info.min))
    return identical, worst


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--descent", help="the engine's binary, to measure it in the same run")
    parser.add_argument("--repeat", type=int, default=5, help="sweeps per figure; each figure is their median")
    parser.add_argument("--runs", type=int, default=RUNS, help="learning rates (a quick look; the engine runs 1,000)")
    parser.add_argument("--steps", type=int, default=STEPS)
    arguments = parser.parse_args()

    load = os.getloadavg()[0]
    print(f"sweep: Adam on Rosenbrock, {arguments.runs} rates x {arguments.steps} steps, float64, "
          f"median of {arguments.repeat}; load average {load:.2f}; NumPy {np.__version__}")
    seconds, cpu, losses = timed(arguments.runs, arguments.steps, arguments.repeat)
    if not np.all(np.isfinite(losses)):
        print("error: a NumPy run diverged; the comparison assumes none does", file=sys.stderr)
        return 1
    print(f"{'':39}{'wall':>9}         {'cpu':>9}")
    print(f"{'numpy, vectorised by hand (1 thread)':39}{seconds:9.3f} s       {cpu:9.3f} s")
    if not arguments.descent:
        return 0
    if (arguments.runs, arguments.steps) != (RUNS, STEPS):
        print("(the engine's figure is for the full-size sweep only; run without --runs/--steps)")
        return 0
    report = engine_report(arguments.descent, arguments.repeat)
    threads = report["threads"]
    rows = [
        ("descent, lockstep, 1 thread", "lockstep_1_thread"),
        (f"descent, lockstep, {threads} threads", "lockstep_all_threads"),
        (f"descent, one run at a time, {threads} threads", "scalar_all_threads"),
    ]
    for label, key in rows:
        ours, our_cpu = report[f"{key}_seconds"], report[f"{key}_cpu_seconds"]
        if ours is None or our_cpu is None:
            print(f"{label:39}   failed")
        else:
            print(f"{label:39}{ours:9.3f} s       {our_cpu:9.3f} s   NumPy takes {seconds / ours:.2f}x as long "
                  f"(cpu: {cpu / our_cpu:.2f}x)")
    print("(wall-clock is the figure; cpu counts every thread's time, and a busy machine inflates it less)")
    identical, worst = compare(report["final_losses"], losses.tolist())
    agrees = len(report["final_losses"]) == len(losses) and worst <= TOLERANCE
    print(f"final losses: {identical} of {len(losses)} bit-identical to NumPy's, largest relative difference "
          f"{worst:.1e} ({'agree' if agrees else 'DISAGREE'} within {TOLERANCE:.0e}: "
          f"{'the same computation' if agrees else 'the comparison is not fair'})")
    return 0 if agrees else 1


if __name__ == "__main__":
    sys.exit(main())
