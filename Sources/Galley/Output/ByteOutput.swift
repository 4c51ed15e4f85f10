/// Where text is appended as UTF-8 bytes: an array, or the JSON writer's `ByteBuffer`. The
/// escaping of strings (`StringLiteral`) and the text of times (`Timestamp`) are written once
/// against it, and specialized for each.
public protocol ByteOutput {
    mutating func append(_ byte: UInt8)
    mutating func append(bytes: UnsafeBufferPointer<UInt8>)
}

extension Array: ByteOutput where Element == UInt8 {
    public mutating func append(bytes: UnsafeBufferPointer<UInt8>) { append(contentsOf: bytes) }
}

/// Bytes appended by a store into room kept ahead: `[UInt8]`'s generic `append(contentsOf:)`
/// cost ~90 instructions a call, and a 20,000-row JSON listing makes 1.6 million of them (keys,
/// line breaks, strings; issue 15). The room past `count` is zeros, never read.
struct ByteBuffer: ByteOutput {
    private var storage: [UInt8]
    private(set) var count = 0

    init(capacity: Int) {
        storage = [UInt8](repeating: 0, count: max(capacity, 256))
    }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == storage.count { grow(by: 1) }
        storage[count] = byte
        count += 1
    }

    mutating func append(bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        write(upTo: bytes.count) { out in
            out.update(from: source, count: bytes.count)
            return bytes.count
        }
    }

    /// Room for up to `needed` bytes, given to `write` as a pointer; it returns how many it
    /// wrote. A short run of known bytes (a key with its line break) is then one store each.
    @inline(__always)
    mutating func write(upTo needed: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        if count + needed > storage.count { grow(by: needed) }
        let start = count
        let written = storage.withUnsafeMutableBufferPointer { room -> Int in
            guard let base = room.baseAddress else { return 0 }
            return write(base + start)
        }
        count += min(written, needed)
    }

    /// What is written, as an array of its own; the buffer stays as it is.
    func written() -> [UInt8] {
        Array(storage[..<count])
    }

    /// Forgets what is written and keeps the room.
    mutating func removeAll() {
        count = 0
    }

    /// At least `needed` more bytes of room, doubling: appends stay amortized constant.
    private mutating func grow(by needed: Int) {
        storage.append(contentsOf: repeatElement(0, count: max(needed, storage.count)))
    }
}
