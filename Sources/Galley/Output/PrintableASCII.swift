/// How many of the first bytes are printable ASCII (0x20…0x7E), read eight at a time: ids,
/// states, names and times are, and a 20,000-row table checks and measures some 100,000 such
/// cells, a byte and a branch at a time (issue 15). Such bytes are clean for a terminal and each
/// is a character of its own, so `TerminalText` skips them before its byte-by-byte rules.
enum PrintableASCII {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The length of the longest prefix of `bytes` that is printable ASCII.
    static func prefixLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let count = bytes.count
        var index = 0
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            guard isPrintable(word) else { break }
            index += 8
        }
        while index < count, (0x20...0x7E).contains(bytes[index]) { index += 1 }
        return index
    }

    /// Whether all eight bytes of `word` are in 0x20…0x7E: no high bit, none below 0x20 and none
    /// 0x7F. "Has a byte below n" is `(x - n·ones) & ~x & highBits` (exact as a yes or no for
    /// n ≤ 0x80), and a byte equal to 0x7F is a zero byte of `x ^ 0x7F·ones`.
    static func isPrintable(_ word: UInt64) -> Bool {
        guard word & highBits == 0 else { return false }
        let below = (word &- 0x20 &* ones) & ~word & highBits
        return below == 0 && !contains(word, byte: 0x7F)
    }

    /// Whether one of the eight bytes of `word` is `byte`.
    static func contains(_ word: UInt64, byte: UInt8) -> Bool {
        let flipped = word ^ (UInt64(byte) &* ones)
        return (flipped &- ones) & ~flipped & highBits != 0
    }
}
