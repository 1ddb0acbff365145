/// Reveals a mark's elements one frame after another using CSS animation only.
///
/// Frame `i` appears `i × frameDuration` seconds after the start. With `.hold` the final frame
/// stays; with `.loop(pause:)` the sequence restarts after showing the last frame for `pause`
/// seconds. Readers who prefer reduced motion, and renderers without CSS animation, see the
/// static final frame.
public struct Animation: Sendable, Hashable {
    /// What happens after the last frame.
    public enum Ending: Sendable, Hashable {
        /// Keep the final frame on screen.
        case hold
        /// Show the final frame for `pause` seconds, then start again.
        case loop(pause: Double)
    }

    /// Seconds between frames.
    public var frameDuration: Double
    /// Seconds each element takes to fade in.
    public var fadeDuration: Double
    /// What happens after the last frame.
    public var ending: Ending

    /// Creates an animation.
    public init(frameDuration: Double = 0.35, fadeDuration: Double = 0.2, ending: Ending = .hold) {
        self.frameDuration = frameDuration
        self.fadeDuration = min(fadeDuration, frameDuration)
        self.ending = ending
    }

    /// Seconds from the first frame until the last has faded in (the pause of a loop aside).
    public func duration(frames: Int) -> Double {
        Double(max(frames - 1, 0)) * frameDuration + fadeDuration
    }

    /// The same animation with frames shortened, if need be, so that `frames` frames have
    /// played within `seconds` (WCAG 2.2.2 asks that motion stop within five seconds).
    public func fitting(frames: Int, within seconds: Double) -> Animation {
        guard duration(frames: frames) > seconds, frames > 1 else { return self }
        let step = (seconds - fadeDuration) / Double(frames - 1)
        return Animation(frameDuration: step, fadeDuration: min(fadeDuration, step), ending: ending)
    }
}
