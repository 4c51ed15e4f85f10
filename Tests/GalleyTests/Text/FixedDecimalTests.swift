import Foundation
import Testing

@testable import Galley

/// A search's score is written by the C library rather than `String(format:)` (issue 15): the
/// text must be exactly Foundation's for every kind of double.
@Suite("Scores written as Foundation wrote them")
struct FixedDecimalTests {
    @Test(arguments: [
        0.0, -0.0, 1.0005, -1.0005, 0.0005, -0.0015, 2.5e-4, -3.14159, -12.3456789, 123_456.789_5, -1e-300, 1e300, -Double.greatestFiniteMagnitude,
        Double.leastNonzeroMagnitude, .infinity, -.infinity, .nan, 0.1 + 0.2, -9.9995, 999.9995,
    ])
    func aScoreIsFoundationsText(value: Double) {
        #expect(FixedDecimal.text(value, places: 3) == String(format: "%.3f", value))
    }

    @Test func manyScoresAreFoundationsText() {
        var generator = SystemRandomNumberGenerator()
        var differing: [Double] = []
        for index in 0..<20_000 {
            let value = index % 2 == 0 ? -Double.random(in: 0...40, using: &generator) : Double(bitPattern: generator.next())
            if FixedDecimal.text(value, places: 3) != String(format: "%.3f", value) { differing.append(value) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
    }
}
