import DescentText

/// An sRGB colour with components in 0…1.
public struct Color: Sendable, Hashable {
    /// Red component.
    public var red: Double
    /// Green component.
    public var green: Double
    /// Blue component.
    public var blue: Double

    /// Creates a colour from components in 0…1.
    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Creates a colour from a 24-bit value such as `0x0072B2`.
    public init(hex: UInt32) {
        self.init(
            red: Double((hex >> 16) & 0xFF) / 255,
            green: Double((hex >> 8) & 0xFF) / 255,
            blue: Double(hex & 0xFF) / 255)
    }

    /// The colour as `#RRGGBB` in upper case.
    public var hexString: String {
        let digits = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = [UInt8(ascii: "#")]
        for component in [red, green, blue] {
            let channel = Int((component * 255).rounded()).clamped(0, 255)
            bytes += [digits[channel >> 4], digits[channel & 0xF]]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Linear interpolation towards `other` by `fraction` (0 gives self, 1 gives other).
    public func mixed(with other: Color, by fraction: Double) -> Color {
        Color(
            red: red + (other.red - red) * fraction,
            green: green + (other.green - green) * fraction,
            blue: blue + (other.blue - blue) * fraction)
    }

    /// The WCAG 2 relative luminance: 0 for black, 1 for white.
    public var relativeLuminance: Double {
        func linear(_ channel: Double) -> Double {
            channel <= 0.04045 ? channel / 12.92 : pow((channel + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The WCAG 2 contrast ratio between this colour and `other`, from 1 (same luminance) to 21.
    public func contrastRatio(with other: Color) -> Double {
        let (a, b) = (relativeLuminance + 0.05, other.relativeLuminance + 0.05)
        return max(a, b) / min(a, b)
    }

    /// White.
    public static let white = Color(hex: 0xFFFFFF)
    /// Black.
    public static let black = Color(hex: 0x000000)
}

extension Int {
    func clamped(_ lower: Int, _ upper: Int) -> Int { Swift.min(Swift.max(self, lower), upper) }
}
