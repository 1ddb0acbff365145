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
}
