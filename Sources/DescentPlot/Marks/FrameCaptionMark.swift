/// A line of text for each frame of an animation (the frame's number and value, say), written in
/// at the top of the plot, centred: each is shown only while its frame is the latest, the last
/// stays. Readers who prefer reduced motion see the last one only, with the final frame.
public struct FrameCaptionMark: Mark {
    /// The text of each frame, in order; it is escaped on output.
    public var texts: [String]
    /// How the frames play; the captions keep the same time as the marks they describe.
    public var animation: Animation

    /// Creates the captions.
    public init(_ texts: [String], animation: Animation) {
        self.texts = texts
        self.animation = animation
    }

    public func render(in area: PlotArea) -> MarkOutput {
        guard !texts.isEmpty else { return MarkOutput() }
        let x = SVGNumber.format(area.frame.x + area.frame.width / 2)
        let y = SVGNumber.format(area.frame.y + 16)
        let elements = texts.enumerated().map { frame, text in
            SVGElement(
                "text",
                [
                    ("class", "annotation " + animation.classes(frame: frame, scope: area.scope)), ("x", x), ("y", y),
                    ("text-anchor", "middle"),
                ],
                text: text)
        }
        return MarkOutput(
            overlay: elements,
            styles: animation.momentStyles(frameCount: texts.count, scope: area.scope, root: area.rootSelector))
    }
}
