import Crypto
import Foundation

/// git's index file (`$GIT_DIR/index`), versions 2 and 3, read and rewritten without
/// libgit2. libgit2 parses and rewrites every entry and hashes the whole file twice with
/// collision-detecting SHA-1 for a one-file step: at 100,000 articles that is most of a
/// work-tree transition. This reads only what one path needs and copies every other entry
/// byte for byte. Anything it does not fully understand (version 4, a required extension
/// such as a split index, long names, a bad checksum) makes `parse` return nil, and the
/// caller falls back to libgit2.
struct GitIndexFile {
    /// One entry: where it lies in `bytes`, and the fields a one-path check needs.
    struct Entry {
        var offset: Int
        var length: Int
        var pathStart: Int
        var pathLength: Int
        var flags: UInt16
        var hasExtendedFlags: Bool

        var stage: Int { Int((flags >> 12) & 0x3) }
        /// `assume-valid`: git would not look at the file at all.
        var assumesValid: Bool { flags & 0x8000 != 0 }
    }

    /// The stat data git records per entry (each field truncated to 32 bits, as git does).
    struct StatData: Equatable {
        var ctimeSeconds: UInt32, ctimeNanoseconds: UInt32
        var mtimeSeconds: UInt32, mtimeNanoseconds: UInt32
        var device: UInt32, inode: UInt32, mode: UInt32
        var uid: UInt32, gid: UInt32, size: UInt32

        init(_ info: stat, mode: UInt32) {
            ctimeSeconds = UInt32(truncatingIfNeeded: info.st_ctim.tv_sec)
            ctimeNanoseconds = UInt32(truncatingIfNeeded: info.st_ctim.tv_nsec)
            mtimeSeconds = UInt32(truncatingIfNeeded: info.st_mtim.tv_sec)
            mtimeNanoseconds = UInt32(truncatingIfNeeded: info.st_mtim.tv_nsec)
            device = UInt32(truncatingIfNeeded: info.st_dev)
            inode = UInt32(truncatingIfNeeded: info.st_ino)
            self.mode = mode
            uid = UInt32(truncatingIfNeeded: info.st_uid)
            gid = UInt32(truncatingIfNeeded: info.st_gid)
            size = UInt32(truncatingIfNeeded: info.st_size)
        }

        init(fields: [UInt32]) {
            (ctimeSeconds, ctimeNanoseconds, mtimeSeconds, mtimeNanoseconds) = (fields[0], fields[1], fields[2], fields[3])
            (device, inode, mode, uid, gid, size) = (fields[4], fields[5], fields[6], fields[7], fields[8], fields[9])
        }

        var fields: [UInt32] { [ctimeSeconds, ctimeNanoseconds, mtimeSeconds, mtimeNanoseconds, device, inode, mode, uid, gid, size] }
    }

    /// A new or replaced stage-0 entry for a regular file.
    struct Replacement {
        var path: [UInt8]
        var id: ObjectID
        var stat: StatData
    }

    let bytes: [UInt8]
    let entries: [Entry]
    /// Where the extensions start, and where the trailing checksum starts.
    private let extensionsStart: Int
    private let checksumStart: Int

    /// Extensions that describe the entries as a whole (the cached trees, the untracked
    /// cache, the offset tables, the file-system monitor's bitmap). A patched index drops
    /// them: git rebuilds or ignores their absence, while a stale one would mislead it.
    private static let derivedExtensions: Set<String> = ["TREE", "UNTR", "EOIE", "IEOT", "FSMN"]

    /// nil when the file is not an index this type fully understands, or its checksum is wrong.
    init?(bytes: [UInt8]) {
        guard bytes.count >= 32, bytes[0] == 0x44, bytes[1] == 0x49, bytes[2] == 0x52, bytes[3] == 0x43 else { return nil }
        let version = Self.uint32(bytes, 4)
        guard version == 2 || version == 3 else { return nil }
        let count = Int(Self.uint32(bytes, 8))
        let checksumStart = bytes.count - 20
        var entries: [Entry] = []
        // Every entry takes at least 64 bytes: a count the file cannot hold is refused before any allocation.
        guard count <= (checksumStart - 12) / 64 else { return nil }
        entries.reserveCapacity(count)
        var offset = 12
        for _ in 0..<count {
            guard offset + 62 <= checksumStart else { return nil }
            let flags = Self.uint16(bytes, offset + 60)
            let extended = flags & 0x4000 != 0
            if extended && version < 3 { return nil }
            let fixed = extended ? 64 : 62
            let nameLength = Int(flags & 0x0FFF)
            guard nameLength < 0x0FFF else { return nil }
            let length = (fixed + nameLength + 8) & ~7
            guard offset + length <= checksumStart, bytes[offset + fixed + nameLength] == 0 else { return nil }
            entries.append(Entry(
                offset: offset, length: length, pathStart: offset + fixed, pathLength: nameLength, flags: flags,
                hasExtendedFlags: extended))
            offset += length
        }
        let extensionsStart = offset
        while offset < checksumStart {
            guard offset + 8 <= checksumStart else { return nil }
            // An extension whose signature starts with a lowercase letter is required (a split index,
            // a sparse index): one this type does not understand means libgit2 must do the work.
            guard (0x41...0x5A).contains(bytes[offset]) else { return nil }
            let size = Int(Self.uint32(bytes, offset + 4))
            guard offset + 8 + size <= checksumStart else { return nil }
            offset += 8 + size
        }
        var digest = Insecure.SHA1()
        digest.update(data: bytes[0..<checksumStart])
        guard Array(digest.finalize()) == Array(bytes[checksumStart...]) else { return nil }
        self.bytes = bytes
        self.entries = entries
        self.extensionsStart = extensionsStart
        self.checksumStart = checksumStart
    }

    /// The index of the entries for `path` (any stage), in file order.
    func entries(for path: [UInt8]) -> [Int] {
        // Entries are sorted by path bytes, then stage: binary search for the first one.
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if compare(entries[middle], path) < 0 { low = middle + 1 } else { high = middle }
        }
        var found: [Int] = []
        var index = low
        while index < entries.count, compare(entries[index], path) == 0 {
            found.append(index)
            index += 1
        }
        return found
    }

    /// Whether any entry lies under `path/` or is one of `path`'s parent folders: a file
    /// replacing a folder (or the reverse) is left to libgit2.
    func hasDirectoryConflict(_ path: [UInt8]) -> Bool {
        var prefix = path
        prefix.append(0x2F)
        let below = firstIndex(notBefore: prefix)
        if below < entries.count, pathBytes(entries[below]).starts(with: prefix) { return true }
        for (position, byte) in path.enumerated() where byte == 0x2F {
            if !entries(for: Array(path[..<position])).isEmpty { return true }
        }
        return false
    }

    func objectID(_ entry: Entry) -> ObjectID {
        ObjectID(bytes: bytes[(entry.offset + 40)..<(entry.offset + 60)])
    }

    func stat(_ entry: Entry) -> StatData {
        StatData(fields: (0..<10).map { Self.uint32(bytes, entry.offset + 4 * $0) })
    }

    /// The file with `replacements` upserted and `removals` deleted (stage-0 entries only;
    /// the caller has checked there are no others), derived extensions dropped, a new count
    /// and a new checksum.
    func patched(upserting replacements: [Replacement], removing removals: [[UInt8]]) -> [UInt8] {
        // Where each change lands, found by binary search once: the copy loop then compares integers.
        var replacedAt: [Int: Replacement] = [:]
        var insertedBefore: [Int: [Replacement]] = [:]
        for replacement in replacements.sorted(by: { $0.path.lexicographicallyPrecedes($1.path) }) {
            if let existing = entries(for: replacement.path).first {
                replacedAt[existing] = replacement
            } else {
                insertedBefore[firstIndex(notBefore: replacement.path), default: []].append(replacement)
            }
        }
        let removedAt = Set(removals.flatMap { entries(for: $0) })
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + replacements.count * 128)
        output.append(contentsOf: bytes[0..<8])
        Self.append(UInt32(0), to: &output)  // the count, set below
        var count: UInt32 = 0
        for (position, entry) in entries.enumerated() {
            for inserted in insertedBefore[position] ?? [] {
                Self.appendEntry(inserted, to: &output)
                count += 1
            }
            if removedAt.contains(position) { continue }
            if let replacement = replacedAt[position] {
                Self.appendEntry(replacement, to: &output)
            } else {
                output.append(contentsOf: bytes[entry.offset..<(entry.offset + entry.length)])
            }
            count += 1
        }
        for inserted in insertedBefore[entries.count] ?? [] {
            Self.appendEntry(inserted, to: &output)
            count += 1
        }
        Self.store(count, at: 8, in: &output)
        var offset = extensionsStart
        while offset < checksumStart {
            let size = Int(Self.uint32(bytes, offset + 4))
            let signature = String(decoding: bytes[offset..<(offset + 4)], as: UTF8.self)
            if !Self.derivedExtensions.contains(signature) {
                output.append(contentsOf: bytes[offset..<(offset + 8 + size)])
            }
            offset += 8 + size
        }
        output.append(contentsOf: Insecure.SHA1.hash(data: output))
        return output
    }

    // MARK: - Helpers

    func pathBytes(_ entry: Entry) -> ArraySlice<UInt8> {
        bytes[entry.pathStart..<(entry.pathStart + entry.pathLength)]
    }

    /// The first entry whose path is not before `path`.
    private func firstIndex(notBefore path: [UInt8]) -> Int {
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if compare(entries[middle], path) < 0 { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// git's order: unsigned bytes, a shorter prefix first.
    private func compare(_ entry: Entry, _ path: [UInt8]) -> Int {
        let own = pathBytes(entry)
        for (left, right) in zip(own, path) where left != right { return left < right ? -1 : 1 }
        return own.count == path.count ? 0 : (own.count < path.count ? -1 : 1)
    }

    private static func appendEntry(_ replacement: Replacement, to output: inout [UInt8]) {
        let start = output.count
        for field in replacement.stat.fields { append(field, to: &output) }
        output.append(contentsOf: replacement.id.bytes)
        append(UInt16(replacement.path.count), to: &output)
        output.append(contentsOf: replacement.path)
        let length = (62 + replacement.path.count + 8) & ~7
        output.append(contentsOf: repeatElement(0, count: length - (output.count - start)))
    }

    static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16 | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3])
    }

    static func uint16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) << 8 | UInt16(bytes[offset + 1])
    }

    private static func append(_ value: UInt32, to output: inout [UInt8]) {
        output.append(contentsOf: [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)])
    }

    private static func append(_ value: UInt16, to output: inout [UInt8]) {
        output.append(contentsOf: [UInt8(value >> 8), UInt8(value & 0xFF)])
    }

    private static func store(_ value: UInt32, at offset: Int, in output: inout [UInt8]) {
        output[offset] = UInt8(value >> 24)
        output[offset + 1] = UInt8((value >> 16) & 0xFF)
        output[offset + 2] = UInt8((value >> 8) & 0xFF)
        output[offset + 3] = UInt8(value & 0xFF)
    }
}
