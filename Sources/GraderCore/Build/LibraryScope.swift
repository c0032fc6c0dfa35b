import Foundation

/// The symbols a set of shared libraries define (their `.dynsym`), as 64-bit FNV-1a hashes of the
/// names: what a student's module loaded into a test executable can find there. About 90,000
/// names for the libraries an XCTest binary loads, read once per run from the section tables
/// (never the whole 85 MB of files) and kept in about 2 MB.
struct LibraryScope: Sendable {
    /// Why a library could not be read; the fast way is then not taken.
    struct ReadError: Error, Equatable, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "\(path): \(reason)" }
    }

    private var hashes: Set<UInt64> = []

    /// Whether one of the libraries defines `name`.
    func defines(_ name: String) -> Bool { hashes.contains(Self.hash(name.utf8)) }

    /// How many names the libraries define.
    var count: Int { hashes.count }

    /// No symbols.
    init() {}

    /// The defined dynamic symbols of every library in `paths`.
    init(libraries paths: [String]) throws(ReadError) {
        for path in paths { try add(path) }
    }

    private mutating func add(_ path: String) throws(ReadError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ReadError(path: path, reason: "cannot be opened")
        }
        defer { try? handle.close() }
        func read(_ offset: UInt64, _ count: Int) throws(ReadError) -> [UInt8] {
            do {
                try handle.seek(toOffset: offset)
                let data = try handle.read(upToCount: count) ?? Data()
                guard data.count == count else { throw ReadError(path: path, reason: "truncated") }
                return [UInt8](data)
            } catch let error as ReadError {
                throw error
            } catch {
                throw ReadError(path: path, reason: "\(error)")
            }
        }
        let header = try read(0, 64)
        guard header.starts(with: [0x7F, 0x45, 0x4C, 0x46, 2, 1]), Self.integer(header, 16, 2) == 3 else {
            throw ReadError(path: path, reason: "not a 64-bit little-endian shared library (ET_DYN)")
        }
        let headersAt = Self.integer(header, 0x28, 8)
        let headerSize = Int(Self.integer(header, 0x3A, 2))
        let count = Int(Self.integer(header, 0x3C, 2))
        guard headerSize >= 64, count > 0, count < 0xFF00 else {
            throw ReadError(path: path, reason: "unexpected section headers")
        }
        let headers = try read(headersAt, headerSize * count)
        func section(_ index: Int) -> (type: UInt64, offset: UInt64, size: UInt64, link: Int, entrySize: UInt64) {
            let at = index * headerSize
            return (
                Self.integer(headers, at + 4, 4), Self.integer(headers, at + 0x18, 8),
                Self.integer(headers, at + 0x20, 8), Int(Self.integer(headers, at + 0x28, 4)),
                Self.integer(headers, at + 0x38, 8)
            )
        }
        // SHT_DYNSYM; a library without one exports nothing.
        guard let symbolsIndex = (0..<count).first(where: { section($0).type == 11 }) else { return }
        let table = section(symbolsIndex)
        guard table.entrySize == 24, table.link < count, table.size < 1 << 28 else {
            throw ReadError(path: path, reason: "unexpected .dynsym")
        }
        let namesSection = section(table.link)
        guard namesSection.size < 1 << 28 else { throw ReadError(path: path, reason: "unexpected .dynstr") }
        let symbols = try read(table.offset, Int(table.size))
        let names = try read(namesSection.offset, Int(namesSection.size))
        hashes.reserveCapacity(hashes.count + symbols.count / 24)
        for at in stride(from: 24, to: symbols.count - 23, by: 24) {
            let binding = symbols[at + 4] >> 4
            let definedIn = Self.integer(symbols, at + 6, 2)
            // Defined (not SHN_UNDEF), and global, weak or unique: what the dynamic linker binds to.
            guard definedIn != 0, binding == 1 || binding == 2 || binding == 10 else { continue }
            let start = Int(Self.integer(symbols, at, 4))
            guard start < names.count else { throw ReadError(path: path, reason: "a name outside .dynstr") }
            let end = names[start...].firstIndex(of: 0) ?? names.count
            hashes.insert(Self.hash(names[start..<end]))
        }
    }

    /// 64-bit FNV-1a.
    static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// A little-endian integer of `width` bytes at `at` of `bytes` (the caller read enough).
    private static func integer(_ bytes: [UInt8], _ at: Int, _ width: Int) -> UInt64 {
        var value: UInt64 = 0
        for index in (0..<width).reversed() { value = value << 8 | UInt64(bytes[at + index]) }
        return value
    }
}
