import Testing

@testable import Galley

/// The JSON writer's buffer keeps room ahead and writes into it (issue 15): whatever the mix of
/// single bytes, runs and growth, what it holds is what an array given the same appends holds.
@Suite("ByteBuffer holds what was appended")
struct ByteBufferTests {
    @Test(arguments: [0, 1, 255, 256, 4_096])
    func appendsPastTheRoomAreKept(capacity: Int) {
        var buffer = ByteBuffer(capacity: capacity)
        var reference: [UInt8] = []
        var generator = SystemRandomNumberGenerator()
        for round in 0..<3_000 {
            let run = (0..<Int.random(in: 0...700, using: &generator)).map { UInt8(truncatingIfNeeded: $0 &+ round) }
            switch round % 3 {
            case 0:
                buffer.append(UInt8(truncatingIfNeeded: round))
                reference.append(UInt8(truncatingIfNeeded: round))
            case 1:
                run.withUnsafeBufferPointer { buffer.append(bytes: $0) }
                reference.append(contentsOf: run)
            default:
                // A write that uses less room than it asked for keeps only what it wrote.
                let used = run.count / 2
                buffer.write(upTo: run.count) { out in
                    for (index, byte) in run.prefix(used).enumerated() { out[index] = byte }
                    return used
                }
                reference.append(contentsOf: run.prefix(used))
            }
        }
        #expect(buffer.count == reference.count)
        #expect(buffer.written() == reference)
        buffer.removeAll()
        #expect(buffer.isEmpty && buffer.written().isEmpty)
        buffer.append(7)
        #expect(buffer.written() == [7])
    }
}

extension ByteBufferTests {
    /// A copy of a buffer is a buffer of its own: writing to one never shows in the other.
    @Test func aCopyWritesApart() {
        var first = ByteBuffer(capacity: 4)
        [1, 2, 3].forEach { first.append($0) }
        var second = first
        second.append(9)
        first.append(4)
        #expect(first.written() == [1, 2, 3, 4])
        #expect(second.written() == [1, 2, 3, 9])
        var third = first
        third.removeAll()
        third.append(5)
        #expect(first.written() == [1, 2, 3, 4])
        #expect(third.written() == [5])
    }
}
