import DescentEngine

extension TraceExport {
    /// The PyTorch script of each experiment (``PyTorchScript``), one after another; nil when
    /// every experiment has one, else why the first that has none cannot be written, with its id.
    public func pytorchRefusal() -> (id: String, reason: PyTorchUnsupported)? {
        for experiment in experiments {
            do throws(PyTorchUnsupported) { _ = try PyTorchScript(experiment) } catch {
                return (experiment.spec.id, error)
            }
        }
        return nil
    }

    /// Every experiment's script, separated by a blank line; each is complete on its own.
    func writePyTorch(to output: inout ByteText) throws(RunError) {
        for (index, experiment) in experiments.enumerated() {
            if index > 0 { output.write("\n\n") }
            let script: PyTorchScript
            do throws(PyTorchUnsupported) { script = try PyTorchScript(experiment) } catch {
                throw RunError("experiment '\(experiment.spec.id)': \(error.message)")
            }
            // Line by line, so the text is handed on in chunks as every format's is.
            for line in script.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                output.write(line + "\n")
            }
        }
    }
}
