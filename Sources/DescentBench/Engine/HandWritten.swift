import DescentText

/// The benchmark's baselines: the same math as the engine runs, written out by hand
/// (loss, gradient, update, divergence check each step).
enum HandWritten {
    @inline(never)
    static func gradientDescentSquare(_ steps: Int) -> Double {
        var w = 1.0
        var loss = 0.0
        for _ in 0..<steps {
            loss = w * w
            let g = 2 * w
            w -= 1e-7 * g
            if !w.isFinite { break }
        }
        return loss + w
    }

    @inline(never)
    static func adamSquare(_ steps: Int) -> Double {
        var w = 1.0
        var m = 0.0
        var v = 0.0
        var loss = 0.0
        for t in 1...steps {
            loss = w * w
            let g = 2 * w
            m = 0.9 * m + 0.1 * g
            v = 0.999 * v + 0.001 * g * g
            let stepSize = 1e-3 / (1 - pow(0.9, Double(t)))
            let root = (1 - pow(0.999, Double(t))).squareRoot()
            w -= stepSize * m / (v.squareRoot() / root + 1e-8)
            if !w.isFinite { break }
        }
        return loss + w
    }

    @inline(never)
    static func gradientDescentRosenbrock(_ steps: Int) -> Double {
        var x = -1.5
        var y = 2.0
        var loss = 0.0
        for _ in 0..<steps {
            let a = 1 - x
            let b = y - x * x
            loss = a * a + 100 * b * b
            let gx = -2 * a - 400 * x * b
            let gy = 200 * b
            x -= 1e-4 * gx
            y -= 1e-4 * gy
            if !(x.isFinite && y.isFinite) { break }
        }
        return loss + x + y
    }

    @inline(never)
    static func adamRosenbrock(_ steps: Int) -> Double {
        var x = -1.5
        var y = 2.0
        var mx = 0.0
        var my = 0.0
        var vx = 0.0
        var vy = 0.0
        var loss = 0.0
        for t in 1...steps {
            let a = 1 - x
            let b = y - x * x
            loss = a * a + 100 * b * b
            let gx = -2 * a - 400 * x * b
            let gy = 200 * b
            let stepSize = 1e-3 / (1 - pow(0.9, Double(t)))
            let root = (1 - pow(0.999, Double(t))).squareRoot()
            mx = 0.9 * mx + 0.1 * gx
            my = 0.9 * my + 0.1 * gy
            vx = 0.999 * vx + 0.001 * gx * gx
            vy = 0.999 * vy + 0.001 * gy * gy
            x -= stepSize * mx / (vx.squareRoot() / root + 1e-8)
            y -= stepSize * my / (vy.squareRoot() / root + 1e-8)
            if !(x.isFinite && y.isFinite) { break }
        }
        return loss + x + y
    }
}
