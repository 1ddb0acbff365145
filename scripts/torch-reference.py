#!/usr/bin/env python3
"""Writes the engine's PyTorch reference set: trajectories computed by torch.optim itself.

Every case runs one torch.optim optimizer (and, for most, one torch.optim.lr_scheduler
schedule) in float64 on a small 2-D objective for a few dozen steps, in the loop a lesson's
run follows: at each iteration record θ, compute the loss and its gradient, `optimizer.step()`,
then `scheduler.step()` (`scheduler.step(loss)` for ReduceLROnPlateau). The trajectory is θ₀ …
θ_steps; for a fixed schedule, `next_lr` is the rate torch holds after the last step (for
OneCycleLR with steps = total_steps, its extrapolation at total_steps).
Tests/DescentEngineTests/Reference/TorchReference.swift builds the same run from the case's
description (optimizer and schedule names and arguments as a lesson writes them) and compares
every coordinate, and `next_lr`, to 1e-9 relative, so `swift test` never needs torch.

The file records the torch version that wrote it. Regenerate after changing a case (or to
check a new torch release) with a PyTorch installation:

    python3 -m venv /tmp/torchenv && /tmp/torchenv/bin/pip install torch
    /tmp/torchenv/bin/python scripts/torch-reference.py

Output: Tests/DescentEngineTests/Fixtures/torch-reference.json (deterministic: same torch,
same bytes).
"""

import json
import math
import os
import sys

import torch

OUTPUT = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "DescentEngineTests", "Fixtures",
    "torch-reference.json")

# Each objective as the engine reads it and as torch computes it.
OBJECTIVES = {
    "rosenbrock": ("f(x, y) = (1 - x)^2 + 5*(y - x^2)^2",
                   lambda x, y: (1 - x) ** 2 + 5 * (y - x ** 2) ** 2, [-1.2, 1.0]),
    "quadratic": ("f(x, y) = 2*x^2 + x*y + 3*y^2 - x",
                  lambda x, y: 2 * x ** 2 + x * y + 3 * y ** 2 - x, [1.5, -2.0]),
    # A concave objective for `maximize`: ascending it converges.
    "concave": ("f(x, y) = -(x - 1)^2 - 2*(y + 0.5)^2",
                lambda x, y: -(x - 1) ** 2 - 2 * (y + 0.5) ** 2, [-1.0, 1.0]),
}

# torch.optim class for each engine optimizer name.
OPTIMIZERS = {
    "sgd": torch.optim.SGD, "adagrad": torch.optim.Adagrad, "rmsprop": torch.optim.RMSprop,
    "adam": torch.optim.Adam, "adamw": torch.optim.AdamW, "adadelta": torch.optim.Adadelta,
    "adamax": torch.optim.Adamax, "nadam": torch.optim.NAdam, "radam": torch.optim.RAdam,
}

S = torch.optim.lr_scheduler


def make_schedule(name, args, optimizer):
    """The torch scheduler for an engine schedule name and its (torch-named) arguments."""
    a = dict(args)
    if name == "step":
        return S.StepLR(optimizer, **a)
    if name == "multistep":
        return S.MultiStepLR(optimizer, **a)
    if name == "exponential":
        return S.ExponentialLR(optimizer, **a)
    if name == "polynomial":
        return S.PolynomialLR(optimizer, **a)
    if name == "linear":
        return S.LinearLR(optimizer, **a)
    if name == "inverse_time":  # no torch class: LambdaLR with 1/(1 + k·t)
        k = a["decay"]
        return S.LambdaLR(optimizer, lambda t: 1 / (1 + k * t))
    if name == "cosine":
        return S.CosineAnnealingLR(optimizer, **a)
    if name == "warm_restarts":
        return S.CosineAnnealingWarmRestarts(optimizer, **a)
    if name == "cyclic":
        if "base_lr" not in a:
            a["base_lr"] = optimizer.param_groups[0]["lr"]
        return S.CyclicLR(optimizer, **a)
    if name == "one_cycle":
        return S.OneCycleLR(optimizer, **a)
    if name == "plateau":
        return S.ReduceLROnPlateau(optimizer, **a)
    raise ValueError(name)


def run(case):
    source, f, start = OBJECTIVES[case["objective"]]
    theta = torch.tensor(case.get("start", start), dtype=torch.float64, requires_grad=True)
    optimizer = OPTIMIZERS[case["optimizer"]]([theta], lr=case["lr"], **case["optimizer_args"])
    schedule = case.get("schedule")
    scheduler = make_schedule(schedule, case["schedule_args"], optimizer) if schedule else None
    trajectory = []
    for _ in range(case["steps"]):
        trajectory.append([float(v) for v in theta.detach()])
        optimizer.zero_grad()
        loss = f(theta[0], theta[1])
        loss.backward()
        optimizer.step()
        if isinstance(scheduler, S.ReduceLROnPlateau):
            scheduler.step(float(loss.detach()))
        elif scheduler is not None:
            scheduler.step()
    trajectory.append([float(v) for v in theta.detach()])
    case_data = {
        "name": case["name"], "objective": source, "start": case.get("start", start),
        "optimizer": case["optimizer"], "optimizer_args": case["optimizer_args"], "lr": case["lr"],
        "schedule": schedule, "schedule_args": case.get("schedule_args", {}), "steps": case["steps"],
        "trajectory": trajectory,
    }
    if scheduler is not None and not isinstance(scheduler, S.ReduceLROnPlateau):
        # The rate for one more iteration (for OneCycleLR with steps = total_steps, the
        # extrapolated rate at total_steps, the last torch computes before it raises).
        case_data["next_lr"] = float(scheduler.get_last_lr()[0])
    return case_data


def label_of(args):
    """`k=v,…` for a case's name."""
    return ",".join(f"{k}={v}" for k, v in args.items())


def cases():
    """Every optimizer option on two objectives, then every schedule option."""
    optimizer_settings = [
        ("sgd", 0.05, {}), ("sgd", 0.02, {"momentum": 0.9}),
        ("sgd", 0.02, {"momentum": 0.9, "nesterov": True}),
        ("sgd", 0.05, {"momentum": 0.8, "dampening": 0.3, "weight_decay": 0.1}),
        ("sgd", 0.05, {"weight_decay": 0.2}),
        ("adagrad", 0.3, {}), ("adagrad", 0.3, {"lr_decay": 0.05, "weight_decay": 0.1,
                                                 "initial_accumulator_value": 0.5, "eps": 1e-6}),
        ("rmsprop", 0.02, {}), ("rmsprop", 0.02, {"centered": True, "momentum": 0.5}),
        ("rmsprop", 0.02, {"alpha": 0.9, "weight_decay": 0.1, "momentum": 0.3}),
        ("adam", 0.1, {}), ("adam", 0.1, {"amsgrad": True, "betas": [0.8, 0.99]}),
        ("adam", 0.1, {"weight_decay": 0.1, "eps": 1e-4}),
        ("adamw", 0.1, {}), ("adamw", 0.1, {"weight_decay": 0.3, "amsgrad": True}),
        ("adadelta", 1.0, {}), ("adadelta", 2.0, {"rho": 0.7, "weight_decay": 0.1}),
        ("adamax", 0.1, {}), ("adamax", 0.1, {"betas": [0.7, 0.9], "weight_decay": 0.1}),
        ("nadam", 0.1, {}), ("nadam", 0.1, {"momentum_decay": 0.1, "weight_decay": 0.05}),
        ("radam", 0.1, {}), ("radam", 0.1, {"betas": [0.9, 0.9], "weight_decay": 0.1}),
    ]
    result = []
    for objective in ["rosenbrock", "quadratic"]:
        for name, lr, args in optimizer_settings:
            label = ",".join(f"{k}={v}" for k, v in args.items())
            result.append({"name": f"{objective} {name}({label})", "objective": objective, "optimizer": name,
                           "lr": lr, "optimizer_args": args, "steps": 30})
    # maximize, alone and with weight decay, for every optimizer that has it.
    for name, lr, extra in [("sgd", 0.05, {}), ("sgd", 0.02, {"momentum": 0.9}), ("adagrad", 0.3, {}),
                            ("rmsprop", 0.02, {}), ("adam", 0.1, {}), ("adamw", 0.1, {}),
                            ("adadelta", 1.0, {}), ("adamax", 0.1, {}), ("nadam", 0.1, {}),
                            ("radam", 0.1, {})]:
        for decay in [0, 0.2]:
            args = dict(extra, maximize=True)
            if decay:
                args["weight_decay"] = decay
            label = ",".join(f"{k}={v}" for k, v in args.items())
            result.append({"name": f"concave {name}({label})", "objective": "concave", "optimizer": name,
                           "lr": lr, "optimizer_args": args, "steps": 30})
    # RAdam long enough to pass from the unrectified to the rectified update (ρₜ > 5 from t = 6).
    result.append({"name": "quadratic radam rectified", "objective": "quadratic", "optimizer": "radam",
                   "lr": 0.05, "optimizer_args": {}, "steps": 50})
    schedules = [
        ("step", {"step_size": 7, "gamma": 0.5}), ("multistep", {"milestones": [5, 12, 30], "gamma": 0.3}),
        ("exponential", {"gamma": 0.95}), ("polynomial", {"total_iters": 20, "power": 2.0}),
        ("linear", {"start_factor": 0.25, "end_factor": 1.0, "total_iters": 10}),
        ("inverse_time", {"decay": 0.1}),
        ("cosine", {"T_max": 15, "eta_min": 0.001}), ("warm_restarts", {"T_0": 4, "T_mult": 2, "eta_min": 0.002}),
        ("plateau", {"factor": 0.5, "patience": 2, "threshold": 0.05}),
        ("cyclic", {"max_lr": 0.1, "step_size_up": 5, "cycle_momentum": False}),
        ("cyclic", {"max_lr": 0.1, "step_size_up": 4, "step_size_down": 6, "mode": "triangular2",
                    "cycle_momentum": False}),
        ("cyclic", {"max_lr": 0.1, "base_lr": 0.01, "step_size_up": 5, "mode": "exp_range", "gamma": 0.97,
                    "cycle_momentum": False}),
        ("one_cycle", {"max_lr": 0.1, "total_steps": 40, "cycle_momentum": False}),
        ("one_cycle", {"max_lr": 0.1, "total_steps": 40, "anneal_strategy": "linear", "pct_start": 0.25,
                       "div_factor": 10.0, "final_div_factor": 100.0, "cycle_momentum": False}),
        ("one_cycle", {"max_lr": 0.1, "total_steps": 40, "three_phase": True, "cycle_momentum": False}),
    ]
    for name, args in schedules:
        label = ",".join(f"{k}={v}" for k, v in args.items())
        result.append({"name": f"rosenbrock sgd {name}({label})", "objective": "rosenbrock", "optimizer": "sgd",
                       "lr": 0.02, "optimizer_args": {}, "schedule": name, "schedule_args": args, "steps": 40})
    # Momentum cycling (torch's default): SGD's momentum (also from 0, plain SGD), RMSprop's
    # momentum, β₁ of each `betas` optimizer; every cyclic mode and one_cycle variant.
    cycling = [
        ("cyclic", {"max_lr": 0.05, "step_size_up": 5}),
        ("cyclic", {"max_lr": 0.05, "step_size_up": 4, "step_size_down": 6, "mode": "triangular2",
                    "base_momentum": 0.7, "max_momentum": 0.95}),
        ("cyclic", {"max_lr": 0.05, "base_lr": 0.005, "step_size_up": 5, "mode": "exp_range", "gamma": 0.97}),
        ("one_cycle", {"max_lr": 0.05, "total_steps": 40}),
        ("one_cycle", {"max_lr": 0.05, "total_steps": 40, "anneal_strategy": "linear", "base_momentum": 0.6,
                       "max_momentum": 0.9}),
        ("one_cycle", {"max_lr": 0.05, "total_steps": 40, "three_phase": True}),
    ]
    for optimizer, args in [("sgd", {}), ("sgd", {"momentum": 0.5, "nesterov": True}), ("adam", {})]:
        for name, schedule_args in cycling:
            result.append({"name": f"rosenbrock {optimizer}({label_of(args)}) {name}({label_of(schedule_args)})",
                           "objective": "rosenbrock", "optimizer": optimizer, "lr": 0.01, "optimizer_args": args,
                           "schedule": name, "schedule_args": schedule_args, "steps": 40})
    for optimizer in ["rmsprop", "adamw", "adamax", "nadam", "radam"]:
        for name, schedule_args in [cycling[1], cycling[5]]:
            result.append({"name": f"quadratic {optimizer} {name}({label_of(schedule_args)})", "objective": "quadratic",
                           "optimizer": optimizer, "lr": 0.01, "optimizer_args": {}, "schedule": name,
                           "schedule_args": schedule_args, "steps": 40})
    return result


def number(value):
    """Shortest round-trip text of a float (Python's repr), as JSON."""
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError("non-finite value in a trajectory")
    return value


def main():
    torch.set_default_dtype(torch.float64)
    data = {
        "generator": "scripts/torch-reference.py",
        "torch": torch.__version__,
        "dtype": "float64",
        "cases": [run(case) for case in cases()],
    }
    for case in data["cases"]:
        for point in case["trajectory"]:
            for value in point:
                number(value)
    header = {key: value for key, value in data.items() if key != "cases"}
    lines = [json.dumps(case, separators=(",", ":")) for case in data["cases"]]
    with open(OUTPUT, "w") as out:
        out.write(json.dumps(header, separators=(",", ":"))[:-1] + ',"cases":[\n')
        out.write(",\n".join(lines))
        out.write("\n]}\n")
    print(f"{len(data['cases'])} cases, torch {data['torch']}, {os.path.getsize(OUTPUT)} bytes -> {OUTPUT}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
