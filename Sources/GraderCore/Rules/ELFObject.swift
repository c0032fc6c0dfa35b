import Foundation

/// What the compiler wrote into a relocatable ELF64 little-endian object (`.build/<Module>.o`),
/// read in-process and bounds-checked: section headers and names, the symbol table, and which
/// function each relocation is in. Never trusts an offset or a count: anything out of range is an
/// `ELFObject.ReadError`.
struct ELFObject: Sendable {
    struct Section: Sendable, Equatable {
        var name: String
        var type: UInt32
        var offset: Int
        var size: Int
        var link: Int
        var info: Int
        var entrySize: Int
    }

    struct Symbol: Sendable, Equatable {
        var name: String
        /// `STB_LOCAL` 0, `STB_GLOBAL` 1, `STB_WEAK` 2.
        var binding: UInt8
        /// `STT_NOTYPE` 0, `STT_OBJECT` 1, `STT_FUNC` 2, `STT_SECTION` 3, `STT_FILE` 4, `STT_TLS` 6.
        var type: UInt8
        /// 0 (`SHN_UNDEF`): defined elsewhere; the index of the section it is in otherwise.
        var section: Int
        var value: UInt64
        var size: UInt64
        /// `STV_DEFAULT` 0, `STV_INTERNAL` 1, `STV_HIDDEN` 2, `STV_PROTECTED` 3.
        var visibility: UInt8 = 0

        var isDefined: Bool { section != 0 }
        var isGlobal: Bool { binding == 1 || binding == 2 || binding == 10 }
        /// Defined here and seen from outside a shared library made of this object.
        var isExported: Bool { isDefined && isGlobal && (visibility == 0 || visibility == 3) }
    }

    /// Why bytes are not an object this reader understands.
    struct ReadError: Error, Equatable, CustomStringConvertible {
        var reason: String
        var description: String { "not a relocatable ELF64 little-endian object: \(reason)" }
    }

    static let sectionTypes = (symbolTable: UInt32(2), relocations: UInt32(4), symbolIndexes: UInt32(18))
    static let codeBeforeMainTypes: Set<UInt32> = [14, 15, 16]  // SHT_INIT_ARRAY, SHT_FINI_ARRAY, SHT_PREINIT_ARRAY

    var sections: [Section] = []
    var symbols: [Symbol] = []
    private let bytes: [UInt8]

    init(contentsOf url: URL) throws {
        try self.init(bytes: [UInt8](try Data(contentsOf: url)))
    }

    init(bytes: [UInt8]) throws(ReadError) {
        self.bytes = bytes
        guard bytes.count >= 64, bytes[0] == 0x7F, bytes[1] == 0x45, bytes[2] == 0x4C, bytes[3] == 0x46 else {
            throw ReadError(reason: "no ELF header")
        }
        guard bytes[4] == 2, bytes[5] == 1 else { throw ReadError(reason: "not 64-bit little-endian") }
        guard try integer(16, 2) == 1 else { throw ReadError(reason: "not a relocatable object (ET_REL)") }
        let headersAt = try offset(0x28, 8)
        let headerSize = try Int(integer(0x3A, 2))
        var count = try Int(integer(0x3C, 2))
        var namesIndex = try Int(integer(0x3E, 2))
        guard headersAt > 0, headerSize >= 64 else { throw ReadError(reason: "no section headers") }
        // More than 0xff00 sections (or a names section past it): the real numbers are in section 0.
        if count == 0 { count = try Int(exactly: integer(headersAt + 0x20, 8)) ?? Int.max }
        if namesIndex == 0xFFFF { namesIndex = try Int(integer(headersAt + 0x28, 4)) }
        guard count <= (bytes.count - headersAt) / headerSize else {
            throw ReadError(reason: "\(count) section headers do not fit in \(bytes.count) bytes")
        }
        var raw: [(nameOffset: Int, section: Section)] = []
        raw.reserveCapacity(count)
        for index in 0..<count {
            let at = headersAt + index * headerSize
            raw.append(
                (
                    try Int(integer(at, 4)),
                    Section(
                        name: "", type: UInt32(try integer(at + 4, 4)), offset: try offset(at + 0x18, 8),
                        size: Int(exactly: try integer(at + 0x20, 8)) ?? Int.max,
                        link: try Int(integer(at + 0x28, 4)), info: try Int(integer(at + 0x2C, 4)),
                        entrySize: Int(exactly: try integer(at + 0x38, 8)) ?? Int.max)
                ))
        }
        guard namesIndex < raw.count else { throw ReadError(reason: "no section names") }
        let names = raw[namesIndex].section
        for (nameOffset, section) in raw {
            var named = section
            named.name = try string(in: names, at: nameOffset)
            sections.append(named)
        }
        symbols = try readSymbols()
    }

    /// The symbol table's entries (index 0, the null symbol, included so indexes match relocations).
    private func readSymbols() throws(ReadError) -> [Symbol] {
        guard let table = sections.first(where: { $0.type == Self.sectionTypes.symbolTable }) else { return [] }
        guard table.entrySize == 24, table.link < sections.count else { throw ReadError(reason: "bad .symtab") }
        let names = sections[table.link]
        let extended = sections.first { $0.type == Self.sectionTypes.symbolIndexes }
        try checkInside(table)
        var result: [Symbol] = []
        result.reserveCapacity(table.size / 24)
        for index in 0..<table.size / 24 {
            let at = table.offset + index * 24
            let info = bytes[at + 4]
            var section = try Int(integer(at + 6, 2))
            if section == 0xFFFF, let extended {  // SHN_XINDEX: the index is in .symtab_shndx
                section = try Int(integer(extended.offset + index * 4, 4))
            } else if section >= 0xFF00 {  // SHN_ABS, SHN_COMMON: defined, not in a section
                section = Int(UInt16.max)
            }
            result.append(
                Symbol(
                    name: try string(in: names, at: try Int(integer(at, 4))), binding: info >> 4, type: info & 0xF,
                    section: section, value: try integer(at + 8, 8), size: try integer(at + 16, 8),
                    visibility: bytes[at + 5] & 3))
        }
        return result
    }

    /// For each symbol index, the names of the functions whose code refers to it (through a
    /// relocation in a code section).
    func referrers() throws(ReadError) -> [Int: Set<String>] {
        var functions: [Int: [(start: UInt64, end: UInt64, name: String)]] = [:]
        for symbol in symbols where symbol.type == 2 && symbol.isDefined {
            functions[symbol.section, default: []].append((symbol.value, symbol.value &+ symbol.size, symbol.name))
        }
        var result: [Int: Set<String>] = [:]
        for relocations in sections where relocations.type == Self.sectionTypes.relocations {
            guard relocations.entrySize == 24, let inSection = functions[relocations.info] else { continue }
            try checkInside(relocations)
            for index in 0..<relocations.size / 24 {
                let at = relocations.offset + index * 24
                let place = try integer(at, 8)
                let symbol = Int(try integer(at + 12, 4))
                if let function = inSection.first(where: { $0.start <= place && place < $0.end }) {
                    result[symbol, default: []].insert(function.name)
                }
            }
        }
        return result
    }

    private func checkInside(_ section: Section) throws(ReadError) {
        guard section.offset <= bytes.count, section.size <= bytes.count - section.offset else {
            throw ReadError(reason: "section \(section.name) runs past the end of the file")
        }
    }

    private func string(in table: Section, at offset: Int) throws(ReadError) -> String {
        try checkInside(table)
        guard offset < table.size else { throw ReadError(reason: "a name outside its string table") }
        let start = table.offset + offset
        let end = bytes[start..<table.offset + table.size].firstIndex(of: 0) ?? table.offset + table.size
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// A little-endian unsigned integer of `width` (2, 4 or 8) bytes at `at`, after a bounds check.
    private func integer(_ at: Int, _ width: Int) throws(ReadError) -> UInt64 {
        guard at >= 0, at <= bytes.count - width else { throw ReadError(reason: "truncated at byte \(at)") }
        return bytes.withUnsafeBytes { raw in
            switch width {
            case 2: UInt64(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt16.self)))
            case 4: UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
            default: UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self))
            }
        }
    }

    /// An offset: an integer that must point into the file.
    private func offset(_ at: Int, _ width: Int) throws(ReadError) -> Int {
        let value = try integer(at, width)
        guard value <= UInt64(bytes.count) else { throw ReadError(reason: "offset \(value) past the end of the file") }
        return Int(value)
    }
}
