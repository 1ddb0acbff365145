import Testing

@testable import DescentEngine

@Suite struct OptimizerRegistryTests {
    @Test func everyNameBuilds() throws {
        for name in OptimizerRegistry.names { _ = try OptimizerRegistry.make(name) }
    }

    @Test func misspelledNameSuggests() {
        let error = #expect(throws: ConfigurationError.self) { try OptimizerRegistry.make("adma", column: 7) }
        #expect(error?.message == "unknown optimizer 'adma'")
        #expect(error?.suggestion == "did you mean 'adam'?")
        #expect(error?.column == 7)
    }

    @Test func misspelledArgumentSuggests() {
        let error = #expect(throws: ConfigurationError.self) {
            try OptimizerRegistry.make("sgd", arguments: [Argument("momentun", .number(0.9), column: 12)])
        }
        #expect(error?.suggestion == "did you mean 'momentum'?")
        #expect(error?.argument == "momentun")
        #expect(error?.column == 12)
    }

    @Test func rangesAndTypesAreChecked() {
        #expect(throws: ConfigurationError.self) {
            try OptimizerRegistry.make("adam", arguments: [Argument("betas", .numbers([0.9, 1.0]))])
        }
        #expect(throws: ConfigurationError.self) {
            try OptimizerRegistry.make("sgd", arguments: [Argument("momentum", .number(-0.1))])
        }
        #expect(throws: ConfigurationError.self) {
            try OptimizerRegistry.make("adam", arguments: [Argument("amsgrad", .number(1))])
        }
    }

    @Test func nesterovNeedsMomentumAndNoDampening() {
        #expect(throws: ConfigurationError.self) {
            try OptimizerRegistry.make("sgd", arguments: [Argument("nesterov", .bool(true))])
        }
        #expect(throws: ConfigurationError.self) {
            try OptimizerRegistry.make("nesterov", arguments: [Argument("dampening", .number(0.1))])
        }
    }

    @Test func aliasesCarryTheirDefaults() throws {
        let momentum = try OptimizerRegistry.make("momentum") as? SGD
        #expect(momentum?.momentum == 0.9)
        #expect(momentum?.nesterov == false)
        let nesterov = try OptimizerRegistry.make("nesterov") as? SGD
        #expect(nesterov?.nesterov == true)
        #expect((try OptimizerRegistry.make("adamw") as? AdamW)?.weightDecay == 0.01)
    }
}
