internal import CGit2

/// A SHA-1 object id, stored as three integers so it is cheap to hash, compare and copy
/// (ordering matches the hex order).
public struct ObjectID: Hashable, Sendable, Comparable, CustomStringConvertible {
    private let high: UInt64
    private let middle: UInt64
    private let low: UInt32

    /// 40 hex digits, case-insensitive; nil for anything else.
    public init?(hex: String) {
        var bytes = [UInt8]()
        bytes.reserveCapacity(20)
        var pending: UInt8? = nil
        var count = 0
        for char in hex.utf8 {
            count += 1
            if count > 40 { return nil }
            let nibble: UInt8
            switch char {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = char - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = char - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = char - UInt8(ascii: "A") + 10
            default: return nil
            }
            if let high = pending {
                bytes.append(high << 4 | nibble)
                pending = nil
            } else {
                pending = nibble
            }
        }
        guard count == 40 else { return nil }
        self.init(bytes: bytes)
    }

    /// From the 20 raw bytes (callers pass exactly 20).
    init(bytes: some Collection<UInt8>) {
        var high: UInt64 = 0, middle: UInt64 = 0, low: UInt32 = 0
        for (index, byte) in bytes.enumerated() {
            switch index {
            case 0..<8: high = high << 8 | UInt64(byte)
            case 8..<16: middle = middle << 8 | UInt64(byte)
            default: low = low << 8 | UInt32(byte)
            }
        }
        self.high = high
        self.middle = middle
        self.low = low
    }

    init(_ oid: git_oid) {
        var copy = oid
        self = withUnsafeBytes(of: &copy.id) { ObjectID(bytes: $0) }
    }

    init(_ pointer: UnsafePointer<git_oid>) {
        self.init(pointer.pointee)
    }

    /// The libgit2 representation, for passing to C.
    var oid: git_oid {
        var result = git_oid()
        withUnsafeMutableBytes(of: &result.id) { raw in
            guard raw.count >= 20 else { return }
            for index in 0..<8 {
                raw[index] = UInt8(truncatingIfNeeded: high >> UInt64(56 - 8 * index))
                raw[8 + index] = UInt8(truncatingIfNeeded: middle >> UInt64(56 - 8 * index))
            }
            for index in 0..<4 {
                raw[16 + index] = UInt8(truncatingIfNeeded: low >> UInt32(24 - 8 * index))
            }
        }
        return result
    }

    /// The 20 raw bytes, as git stores them.
    var bytes: [UInt8] {
        var result = [UInt8]()
        result.reserveCapacity(20)
        for shift in stride(from: 56, through: 0, by: -8) { result.append(UInt8(truncatingIfNeeded: high >> UInt64(shift))) }
        for shift in stride(from: 56, through: 0, by: -8) { result.append(UInt8(truncatingIfNeeded: middle >> UInt64(shift))) }
        for shift in stride(from: 24, through: 0, by: -8) { result.append(UInt8(truncatingIfNeeded: low >> UInt32(shift))) }
        return result
    }

    /// Lowercase, 40 hex digits.
    public var hex: String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(40)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The first 7 hex digits, as git abbreviates by default.
    public var short: String { String(hex.prefix(7)) }

    public var description: String { hex }

    public static func < (lhs: ObjectID, rhs: ObjectID) -> Bool {
        (lhs.high, lhs.middle, lhs.low) < (rhs.high, rhs.middle, rhs.low)
    }
}
