/// The loop of a script: every run in turn, the engine's iteration (docs/engine.md, "The run
/// loop") written with torch, then the run's steps printed. Lines for mini-batches, schedulers,
/// ReduceLROnPlateau and the script's own rules appear only when some run needs them.
enum PyTorchLoop {
    /// The loop for `experiment`'s runs.
    static func code(
        _ experiment: CompiledExperiment, data: PyTorchData?, hasRules: Bool, hasPlateau: Bool, hasAdaptive: Bool
    ) -> String {
        let batched = data?.isBatched == true
        let rows = data.map { String($0.rowCount) } ?? "0"
        var lines: [String] = [
            "for number, run in enumerate(runs):",
            "    theta = torch.tensor(run[\"start\"], requires_grad=True)",
            "    optimizer = run[\"optimizer\"]([theta])",
        ]
        if hasRules { lines.append("    rule = run[\"rule\"] and run[\"rule\"](optimizer)") }
        lines.append("    steps, epoch_losses, previous_loss, rows, outcome = [], [], math.nan, slice(None), None")
        if batched {
            lines += [
                "    # Mini-batches: the rows reshuffled at each epoch's start with the block's seed.",
                "    size = min(run[\"batch\"] or \(rows), \(rows))",
                "    per_epoch, batched = -(-\(rows) // size), size < \(rows)",
                "    order, generator = list(range(\(rows))), SplitMix64(\(data?.seed ?? 0))",
                "    if batched:",
                "        epoch_losses.append(loss_at(theta).item())",
            ]
        }
        lines.append("    for i in range(run[\"steps\"]):")
        if batched {
            lines += [
                "        if batched:",
                "            if i % per_epoch == 0:",
                "                shuffle(generator, order)",
                "            rows = order[i % per_epoch * size:(i % per_epoch + 1) * size]",
            ]
        }
        lines += [
            "        optimizer.zero_grad()",
            "        loss = loss_at(theta, rows)",
            "        loss.backward()",
            "        loss, grad, before = loss.item(), theta.grad.tolist(), theta.tolist()",
            "        # Diverged: a loss or gradient that is not finite, or a loss beyond 1e12.",
            "        if not (math.isfinite(loss) and abs(loss) <= 1e12 and all(map(math.isfinite, grad))):",
            "            steps.append((i, before, loss, grad, math.nan))",
            "            outcome = (\"diverged\", i)",
            "            break",
        ]
        if hasAdaptive {
            lines += ["        if isinstance(rule, Rule):", "            rule.rate(loss, grad)"]
        }
        lines += [
            "        lr = optimizer.param_groups[0][\"lr\"]",
            "        optimizer.step()",
            "        after, accepted = theta.tolist(), True",
        ]
        if hasAdaptive {
            lines += [
                "        if isinstance(rule, Rule):",
                "            with torch.no_grad():",
                "                at = lambda point: loss_at(torch.tensor(point), rows).item()",
                "                accepted, after, lr = rule.review(before, after, loss, grad, lr, at)",
                "                theta.copy_(torch.tensor(after if accepted else before))",
            ]
        }
        lines += [
            "        steps.append((i, before, loss, grad, lr))",
            "        step = [a - b for a, b in zip(after, before)]",
            "        if not all(abs(a) <= 1e12 for a in after):",
            "            outcome = (\"diverged\", i)",
            "            break",
            "        # The stopping rule judges the proposed step; when it holds, the run ends at `before`.",
            "        if accepted and stop(before, step, grad, loss, previous_loss):",
            "            outcome = (\"converged\", i)",
            "            break",
        ]
        if hasPlateau {
            lines += [
                "        if isinstance(rule, lr_scheduler.ReduceLROnPlateau):",
                "            rule.step(loss)",
                "        elif rule is not None\(hasAdaptive ? " and not isinstance(rule, Rule)" : ""):",
                "            rule.step()",
            ]
        } else if hasRules {
            lines += [
                "        if rule is not None\(hasAdaptive ? " and not isinstance(rule, Rule)" : ""):",
                "            rule.step()",
            ]
        }
        lines.append("        previous_loss = loss if accepted else math.nan")
        if batched {
            lines += [
                "        if batched and i % per_epoch == per_epoch - 1:",
                "            epoch_losses.append(loss_at(theta).item())",
            ]
        }
        let fullLoss = batched ? "outcome is None or batched" : "outcome is None"
        lines += [
            "    final = steps[-1][1] if outcome else theta.tolist()",
            "    final_loss = loss_at(torch.tensor(final)).item() if \(fullLoss) else steps[-1][2]",
            "    outcome = outcome or (\"max_steps\", run[\"steps\"])",
        ]
        return lines.joined(separator: "\n") + "\n" + report + outcomeSentence(experiment) + table(experiment)
    }

    /// `said`, the run's outcome in the lesson's words; a budget of epochs is said in epochs.
    private static func outcomeSentence(_ experiment: CompiledExperiment) -> String {
        let budget =
            experiment.spec.epochs.map { "\($0.value) epoch\($0.value == 1 ? "" : "s") ({outcome[1]} steps)" }
            ?? "{outcome[1]} step{'' if outcome[1] == 1 else 's'}"
        return """
                said = {
                    "converged": f"converged at iteration {outcome[1]}",
                    "diverged": f"diverged at iteration {outcome[1]}",
                    "max_steps": f"no convergence in \(budget)",
                }[outcome[0]]

            """
    }

    /// The step table a run prints without `DESCENT_JSON`: the block's columns, i, θ, ∇f, loss,
    /// lr, and the lesson's rows: at most `rows:` of them (12 by default), the first ones and
    /// the last three with `…` between, as the step table on the page.
    private static func table(_ experiment: CompiledExperiment) -> String {
        let objective = experiment.objective.objective
        let headers =
            ["i"] + objective.parameters + objective.parameters.map { "∂\(objective.name)/∂\($0)" } + ["loss", "lr"]
        let literal = "[" + headers.map(PyTorchLiteral.string).joined(separator: ", ") + "]"
        let rows = experiment.spec.rows?.value ?? ExperimentReport.defaultRows
        return """
                print(f"{run['label']} · {said}")
                print("".join(f"{h:>13}" for h in \(literal)))
                # The lesson's table: the first rows and the last 3 (DESCENT_JSON=1 gives all).
                \(rows > 3 ? "shown = steps if len(steps) <= \(rows) else steps[:\(rows - 3)] + [None] + steps[-3:]" : "shown = steps")
                for row in shown:
                    if row is None:
                        print(f"{'…':>13}")
                        continue
                    i, point, loss, grad, lr = row
                    print(f"{i:>13}" + "".join(f"{v:>13.6g}" for v in [*point, *grad, loss, lr]))
                print(f"final: {', '.join(f'{v:.10g}' for v in final)}, loss {final_loss:.10g}\\n")

            """
    }

    /// Printing a run: a table, or JSON lines for `make torch-check`.
    private static let report = """
            if JSON:
                for i, point, loss, grad, lr in steps:
                    row = dict(run=number, iteration=i, params=point, loss=loss, grad=grad, lr=lr)
                    print(json.dumps(row))
                end = dict(params=final, loss=final_loss)
                outcome = dict(status=outcome[0], iteration=outcome[1])
                print(json.dumps(dict(run=number, final=end, outcome=outcome, epoch_losses=epoch_losses)))
                continue

        """
}
