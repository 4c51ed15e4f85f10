import ArgumentParser

/// A command that takes one workflow transition: its whole body is `StepRunner.take`.
protocol WorkflowStepCommand: ParsableCommand {
    static var transition: String { get }
    var step: StepOptions { get }
}

extension WorkflowStepCommand {
    func run() throws { try StepRunner.take(step, transition: Self.transition) }
}
