import Galley

/// How write commands report what they recorded.
enum StepOutput {
    static func print(_ step: RecordedStep, format: OutputFormat, text: String, id: String? = nil) {
        switch format {
        case .json: Terminal.print(json: ContractJSON.recorded(step, id: id))
        case .text: Terminal.print("\(text) [\(String(step.event.commit.prefix(7)))]")
        }
    }
}
