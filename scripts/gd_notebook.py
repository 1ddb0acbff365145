"""Writes the notebook that scripts/bench-nbconvert.sh executes: the same work as its Descent
lesson, done the way a course notebook would do it — f(w) = w², the lecture's step table, a
9-rate sweep to 1,000 steps with convergence counts, a log-scale loss figure and a path figure.

Usage: python3 gd_notebook.py OUT.ipynb
"""
import json
import sys

CELLS = [
    ("markdown", "# Gradient descent on f(w) = w²"),
    ("code", """import numpy as np
import matplotlib.pyplot as plt
from IPython.display import Markdown, display

def f(w):
    return w * w

def grad(w):
    return 2 * w

def descend(lr, start=-3.0, steps=1000, tol=1e-3):
    \"\"\"Iterates until |Δw| < tol and |grad| < tol, or steps run out; returns the path and
    the iteration it stopped at (None when it did not converge).\"\"\"
    w = start
    path = [w]
    for step in range(1, steps + 1):
        g = grad(w)
        new = w - lr * g
        path.append(new)
        if not np.isfinite(new):
            return path, None
        if abs(new - w) < tol and abs(grad(new)) < tol:
            return path, step
        w = new
    return path, None"""),
    ("markdown", "## The lecture's step table (lr = 0.3)"),
    ("code", """path, stopped = descend(0.3, steps=25)
rows = ["| step | w | f(w) | f'(w) |", "|---:|---:|---:|---:|"]
for step, w in enumerate(path):
    rows.append(f"| {step} | {w:.6g} | {f(w):.6g} | {grad(w):.6g} |")
display(Markdown("\\n".join(rows)))
print("converged at iteration", stopped)"""),
    ("markdown", "## A sweep of nine learning rates, 1,000 steps each"),
    ("code", """rates = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 0.5, 0.9, 1.1]
runs = {lr: descend(lr) for lr in rates}
rows = ["| lr | outcome | iterations | final loss |", "|---:|:---|---:|---:|"]
for lr, (path, stopped) in runs.items():
    outcome = "converged" if stopped else ("diverged" if abs(path[-1]) > 3 else "no convergence")
    rows.append(f"| {lr} | {outcome} | {stopped or len(path) - 1} | {f(path[-1]):.6g} |")
display(Markdown("\\n".join(rows)))
print(sum(1 for _, stopped in runs.values() if stopped), "of", len(rates), "runs converge")"""),
    ("code", """fig, ax = plt.subplots(figsize=(7.2, 4))
for lr, (path, _) in runs.items():
    losses = np.array([f(w) for w in path])
    ax.plot(np.arange(len(losses)), np.clip(losses, 1e-300, 1e300), label=f"lr = {lr}")
ax.set_yscale("log")
ax.set_xlabel("iteration")
ax.set_ylabel("f(w)")
ax.legend()
plt.show()"""),
    ("code", """fig, ax = plt.subplots(figsize=(7.2, 4))
grid = np.linspace(-3.5, 3.5, 200)
ax.plot(grid, f(grid), color="gray")
for lr, (path, _) in runs.items():
    shown = np.clip(np.array(path[:30]), -3.5, 3.5)
    ax.plot(shown, f(shown), marker="o", markersize=3, label=f"lr = {lr}")
ax.set_xlabel("w")
ax.set_ylabel("f(w)")
ax.legend()
plt.show()"""),
]


def cell(kind, source):
    body = {"cell_type": kind, "metadata": {}, "source": source}
    if kind == "code":
        body.update(execution_count=None, outputs=[])
    return body


notebook = {
    "cells": [cell(kind, source) for kind, source in CELLS],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4,
    "nbformat_minor": 5,
}
with open(sys.argv[1], "w") as out:
    json.dump(notebook, out, indent=1)
