/// What a script with mini-batches defines: descent's random number generator, SplitMix64, and
/// its shuffle, so the script draws the same batches in the same order (docs/engine.md,
/// "Reproducing the numbers in Python").
enum PyTorchBatches {
    static let definitions = """
        class SplitMix64:
            \"\"\"SplitMix64 (Steele, Lea & Flood 2014): descent's random numbers.\"\"\"

            def __init__(self, seed):
                self.state = seed

            def next(self):
                self.state = (self.state + 0x9E3779B97F4A7C15) & (2**64 - 1)
                z = self.state
                z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & (2**64 - 1)
                z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & (2**64 - 1)
                return z ^ (z >> 31)

            def below(self, n):
                return (self.next() * n) >> 64


        def shuffle(generator, order):
            \"\"\"Fisher–Yates from the top, as descent reshuffles the rows at each epoch's start.\"\"\"
            for i in range(len(order) - 1, 0, -1):
                j = generator.below(i + 1)
                order[i], order[j] = order[j], order[i]


        """
}
