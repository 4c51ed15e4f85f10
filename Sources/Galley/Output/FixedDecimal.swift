import Foundation

/// `String(format: "%.3f", value)`, as the C library writes it, without Foundation's format
/// machinery: a search writes one score a row, and that machinery cost ~1 µs of each (~15 ms of
/// a 20,000-row `search --format json`, issue 15). The process never sets a locale, so the C
/// library's is "C" and the point is a full stop, as Foundation's.
public enum FixedDecimal {
    public static func text(_ value: Double, places: Int32) -> String {
        // The longest is a finite double's 309 integer digits, its sign, point and places.
        let capacity = 330 + Int(max(0, places))
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: capacity) { buffer in
            guard let base = buffer.baseAddress else { return String(format: "%.\(places)f", value) }
            let count = withVaList([places, value]) { vsnprintf(base, capacity, "%.*f", $0) }
            guard count >= 0, Int(count) < capacity else { return String(format: "%.\(places)f", value) }
            return String(decoding: UnsafeRawBufferPointer(start: base, count: Int(count)).bindMemory(to: UInt8.self), as: UTF8.self)
        }
    }
}
