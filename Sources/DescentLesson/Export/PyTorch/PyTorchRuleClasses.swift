/// The Python classes a script defines for the rate rules torch.optim lacks, each a few plain
/// lines naming its source, numerically the engine's rule (docs/engine.md, "Adaptive rate
/// rules, exactly"): the same operations in the same order, so the numbers match.
///
/// Every rule has `rate(loss, grad)`, called before `optimizer.step()`, which sets and returns
/// the rate of the iteration, and `review(before, after, loss, grad, lr, loss_at)`, called after
/// it, which returns whether the step is kept, the point it proposes and the rate it used.
enum PyTorchRuleClasses {
    /// The rules a script may need.
    enum Rule: String, CaseIterable {
        case boldDriver = "bold_driver"
        case hypergradient
        case armijo
        case polyak

        /// The class name in the script.
        var className: String {
            switch self {
            case .boldDriver: "BoldDriver"
            case .hypergradient: "Hypergradient"
            case .armijo: "Armijo"
            case .polyak: "Polyak"
            }
        }

        /// The class's definition.
        var definition: String {
            switch self {
            case .boldDriver:
                return """
                    class BoldDriver(Rule):
                        \"\"\"Bold driver, as MATLAB's traingda (Vogl et al. 1988): a step that raises the loss
                        by more than max_perf_inc is undone and the rate cut by lr_dec; one that lowers it
                        raises the rate by lr_inc.\"\"\"

                        def __init__(self, optimizer, lr_inc=1.05, lr_dec=0.7, max_perf_inc=1.04):
                            super().__init__(optimizer)
                            self.lr_inc, self.lr_dec, self.max_perf_inc = lr_inc, lr_dec, max_perf_inc

                        def review(self, before, after, loss, grad, lr, loss_at):
                            new_loss = loss_at(after)
                            if not new_loss <= loss * self.max_perf_inc:
                                self.group["lr"] = lr * self.lr_dec
                                return False, after, lr
                            if new_loss < loss:
                                self.group["lr"] = lr * self.lr_inc
                            return True, after, lr

                    """
            case .hypergradient:
                return """
                    class Hypergradient(Rule):
                        \"\"\"Hypergradient descent (Baydin et al. 2018, ICLR): from the second iteration the rate
                        moves by beta times the dot product of the last two gradients, or, normalized, is
                        multiplied by 1 + beta times their cosine.\"\"\"

                        def __init__(self, optimizer, beta, normalized=False):
                            super().__init__(optimizer)
                            self.beta, self.normalized, self.previous = beta, normalized, None

                        def rate(self, loss, grad):
                            if self.previous is not None:
                                dot = sum(g * p for g, p in zip(grad, self.previous))
                                if self.normalized:
                                    norms = norm(grad) * norm(self.previous)
                                    self.group["lr"] *= 1 + self.beta * (dot / norms if norms > 0 else 0)
                                else:
                                    self.group["lr"] += self.beta * dot
                            self.previous = grad
                            return self.group["lr"]

                    """
            case .armijo:
                return """
                    class Armijo(Rule):
                        \"\"\"Backtracking line search (Armijo 1966; Nocedal & Wright, Algorithm 3.1): shorten the
                        optimizer's step d by shrink until f(θ + s·d) ≤ f(θ) + c·s·∇f·d, at most 60 times.
                        With grow, each trial starts from grow × the rate accepted last (N&W §3.5).\"\"\"

                        def __init__(self, optimizer, c=1e-4, shrink=0.5, grow=None):
                            super().__init__(optimizer)
                            self.c, self.shrink, self.grow = c, shrink, grow
                            self.base, self.accepted = self.group["lr"], None

                        def rate(self, loss, grad):
                            grows = self.grow is not None and self.accepted is not None
                            self.group["lr"] = self.accepted * self.grow if grows else self.base
                            return self.group["lr"]

                        def review(self, before, after, loss, grad, lr, loss_at):
                            d = [a - b for a, b in zip(after, before)]
                            slope = sum(g * di for g, di in zip(grad, d))
                            s = 1.0
                            for _ in range(60):
                                trial = [b + s * di for b, di in zip(before, d)]
                                if loss_at(trial) <= loss + self.c * s * slope:
                                    break
                                s *= self.shrink
                            self.accepted = lr * s
                            return True, after if s == 1 else [b + s * di for b, di in zip(before, d)], lr * s

                    """
            case .polyak:
                return """
                    class Polyak(Rule):
                        \"\"\"Polyak's step size (Polyak 1987, Introduction to Optimization, §5.3):
                        (f - f_star) / |grad|², and 0 for a zero gradient; the run's lr is not used.\"\"\"

                        def __init__(self, optimizer, f_star):
                            super().__init__(optimizer)
                            self.f_star = f_star

                        def rate(self, loss, grad):
                            squared = sum(g * g for g in grad)
                            self.group["lr"] = (loss - self.f_star) / squared if squared > 0 else 0.0
                            return self.group["lr"]

                    """
            }
        }
    }

    /// The base class every rule extends: a constant rate, every step kept.
    static let base = """
        class Rule:
            \"\"\"A rate rule torch.optim lacks: rate() before optimizer.step(), review() after it.\"\"\"

            def __init__(self, optimizer):
                self.group = optimizer.param_groups[0]

            def rate(self, loss, grad):
                return self.group["lr"]

            def review(self, before, after, loss, grad, lr, loss_at):
                return True, after, lr

        """
}
