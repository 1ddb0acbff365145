import DescentEngine
import DescentText

extension ConfigurationError {
    /// The engine's "unknown argument" error for an optimizer call, completed with the run
    /// settings a lesson's call also takes (`lr`, `schedule`, `batch`), so `adam(lrr=0.1)` is
    /// asked "did you mean 'lr'?"; any other error unchanged.
    func mentioningRunSettings(optimizer: String) -> ConfigurationError {
        guard let argument, let allowed = OptimizerRegistry.argumentNames(for: optimizer),
            !allowed.contains(argument)
        else { return self }
        var completed = self
        completed.message += "; as run settings it also takes " + RunSettings.keys.joined(separator: ", ")
        completed.suggestion = Suggestion.didYouMean(argument, in: allowed + RunSettings.keys)
        return completed
    }
}
