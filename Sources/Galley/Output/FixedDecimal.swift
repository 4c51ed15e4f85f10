import Foundation

/// `String(format: "%.3f", value)`, as the C library writes it, without Foundation's format
/// machinery: a search writes one score a row, and that machinery cost ~1 µs of each (~15 ms of
/// a 20,000-row `search --format json`, issue 15). The process never sets a locale, so the C
/// library's is "C" and the point is a full stop, as Foundation's.
public enum FixedDecimal {
    public static func text(_ value: Double, places: Int32) -> String {
        if let text = exactText(value, places: places) { return text }
        // The longest is a finite double's 309 integer digits, its sign, point and places.
        let capacity = 330 + Int(max(0, places))
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer in
            guard let base = buffer.baseAddress else { return String(format: "%.\(places)f", value) }
            let count = withVaList([places, value]) { vsnprintf(base, capacity, "%.*f", $0) }
            guard count >= 0, Int(count) < capacity else { return String(format: "%.\(places)f", value) }
            return String(decoding: UnsafeRawBufferPointer(start: base, count: Int(count)).bindMemory(to: UInt8.self), as: UTF8.self)
        }
    }

    /// The same text by integer arithmetic, for up to three places and every finite double whose
    /// value times 10^places fits 64 bits (every search score): a double is exactly
    /// significand × 2^exponent, so the scaled value is rounded with no error, half to even, as
    /// the C library rounds it. Through `vsnprintf` each score cost ~10,000 instructions, most of
    /// them Swift's boxing and casting of the variadic arguments: 8% of a 20,000-row search.
    /// Nil for what it does not cover, which the C library then writes.
    static func exactText(_ value: Double, places: Int32) -> String? {
        guard value.isFinite, (0...3).contains(places) else { return nil }
        var scale: UInt64 = 1
        for _ in 0..<places { scale *= 10 }
        // Below 2^53 times at most 1000: the product stays below 2^63.
        let significand = value.significandBitPattern | (value.isNormal ? 1 << 52 : 0)
        let exponent = value.isNormal ? Int(value.exponentBitPattern) - 1075 : -1074
        let scaled = significand * scale
        var units: UInt64
        if exponent >= 0 {
            guard scaled == 0 || exponent < scaled.leadingZeroBitCount else { return nil }
            units = scaled << UInt64(exponent)
        } else if -exponent >= 64 {
            // Below half a unit of the last place (scaled < 2^63 ≤ 2^(shift - 1)): it rounds to zero.
            units = 0
        } else {
            let shift = UInt64(-exponent)
            units = scaled >> shift
            let remainder = scaled & ((1 << shift) - 1)
            let half: UInt64 = 1 << (shift - 1)
            if remainder > half || (remainder == half && units & 1 == 1) { units += 1 }
        }
        // Written right to left into bytes, then made a `String` once: five small strings joined
        // were ~1,000 instructions a score, a row of a long search each (issue 15).
        // The C library signs every negative value, -0.0 and what rounds to zero included.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { buffer in
            var at = buffer.count
            func put(_ byte: UInt8) {
                at -= 1
                buffer[at] = byte
            }
            var fraction = units % scale
            for _ in 0..<places {
                put(0x30 + UInt8(fraction % 10))
                fraction /= 10
            }
            if places > 0 { put(0x2E) }
            var whole = units / scale
            repeat {
                put(0x30 + UInt8(whole % 10))
                whole /= 10
            } while whole > 0
            if value.sign == .minus { put(0x2D) }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[at...]), as: UTF8.self)
        }
    }
}
