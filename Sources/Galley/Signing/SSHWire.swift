import Foundation

/// The SSH wire encoding (RFC 4251 §5) that public keys, OpenSSH private key
/// files and SSHSIG signatures are all made of: big-endian `uint32` and
/// length-prefixed `string`s. Reading never traps on short or hostile input.
struct SSHWireReader {
    private let bytes: [UInt8]
    private(set) var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }
    init(_ data: Data) { self.bytes = Array(data) }

    var isAtEnd: Bool { offset >= bytes.count }
    var remaining: [UInt8] { offset < bytes.count ? Array(bytes[offset...]) : [] }

    mutating func raw(_ count: Int) -> [UInt8]? {
        guard count >= 0, count <= bytes.count - offset else { return nil }
        defer { offset += count }
        return Array(bytes[offset..<offset + count])
    }

    mutating func uint32() -> UInt32? {
        guard let four = raw(4) else { return nil }
        return four.reduce(0) { $0 << 8 | UInt32($1) }
    }

    mutating func string() -> [UInt8]? {
        guard let length = uint32() else { return nil }
        return raw(Int(length))
    }

    mutating func text() -> String? {
        string().flatMap { String(bytes: $0, encoding: .utf8) }
    }
}

/// Builds SSH wire-encoded bytes.
struct SSHWireWriter {
    private(set) var bytes: [UInt8] = []

    mutating func raw(_ data: some Sequence<UInt8>) { bytes.append(contentsOf: data) }

    mutating func uint32(_ value: UInt32) {
        for shift in stride(from: 24, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    mutating func string(_ data: some Collection<UInt8>) {
        uint32(UInt32(data.count))
        bytes.append(contentsOf: data)
    }

    mutating func string(_ text: String) { string(Array(text.utf8)) }
}
