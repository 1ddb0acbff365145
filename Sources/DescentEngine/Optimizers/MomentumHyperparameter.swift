/// The hyperparameter a momentum-cycling schedule (torch's `cycle_momentum` in CyclicLR and
/// OneCycleLR) sets before each step: `momentum` for optimizers whose torch defaults have a
/// `momentum` (SGD, RMSprop), β₁ of `betas` for those that have `betas` (Adam, AdamW, Adamax,
/// NAdam, RAdam). torch refuses to cycle an optimizer with neither (Adagrad, Adadelta).
public enum MomentumHyperparameter: String, Sendable {
    /// torch's `group['momentum']`.
    case momentum
    /// The first of torch's `group['betas']`.
    case beta1 = "β₁"
}
