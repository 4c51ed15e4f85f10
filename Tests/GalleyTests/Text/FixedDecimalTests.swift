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

    /// The integer path rounds ties half to even on the exact binary value, as the C library
    /// does, at every number of places it takes; values that are exact ties in binary are the
    /// ones a shortcut through the shortest decimal text would get wrong.
    @Test(arguments: [Int32(0), 1, 2, 3])
    func tiesAndEdgesAreTheCLibrarysAtEveryPlace(places: Int32) {
        let values: [Double] = [
            0.5, 1.5, 2.5, -0.5, -2.5, 0.25, 0.75, 0.125, 0.375, 0.0625, 0.1875, -0.0625, 0.03125, 0.0005, 0.0015, 1.0005,
            4_503_599_627_370_495.5, 9_007_199_254_740_992, 1e15, 1e16, 1e18, 9.2e18, 1e19, 1e300, .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude,
            -1e-7, 0.9995, 0.99949999999999994, 0.9994999999999999, 999.9995, 123_456.7895,
        ]
        for value in values {
            #expect(FixedDecimal.text(value, places: places) == String(format: "%.\(places)f", value), "\(value)")
        }
    }

    @Test(arguments: [Int32(0), 1, 2, 3])
    func manyValuesTakeTheIntegerPathExactly(places: Int32) throws {
        var generator = SystemRandomNumberGenerator()
        var differing: [Double] = []
        var integerPath = 0
        for index in 0..<20_000 {
            // Scores (small negatives), values around ties at the last place, and wide magnitudes.
            let value: Double
            switch index % 3 {
            case 0: value = -Double.random(in: 0...40, using: &generator)
            case 1: value = (Double(Int.random(in: -100_000...100_000, using: &generator)) + 0.5) / 1000
            default: value = Double.random(in: -1...1, using: &generator) * pow(10, Double(Int.random(in: -12...18, using: &generator)))
            }
            if FixedDecimal.exactText(value, places: places) != nil { integerPath += 1 }
            if FixedDecimal.text(value, places: places) != String(format: "%.\(places)f", value) { differing.append(value) }
        }
        #expect(differing.isEmpty, "\(differing.prefix(5))")
        // The control: the path under test is the one taken, nearly always.
        #expect(integerPath > 19_000)
    }
}
