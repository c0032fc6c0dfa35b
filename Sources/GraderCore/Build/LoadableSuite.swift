import Foundation

/// The fastest way to a test binary: the hidden suite and its harness linked once per exercise
/// into an executable that loads the module under test from `lib<Module>.so` beside it (its
/// RUNPATH ends in `$ORIGIN`), and each student's module linked alone into that library. Linking
/// one small object into a shared library takes about 6 ms; linking a whole test executable took
/// 55 ms a job.
///
/// A shared library's missing symbols show only when the program runs, so what a link of the whole
/// executable would have refused is checked beforehand, on the student's object (`mismatch`):
/// every symbol the suite takes from the module must be exported by it, and every symbol the
/// module uses must be its own or defined by a library the executable loads. Anything else goes
/// the slower ways, which decide.
struct LoadableSuite: Sendable {
    /// The test executable, built against the interface module's library.
    var executable: URL
    /// The library's file name the executable looks for: `lib<Module>.so`.
    var libraryName: String
    /// The linker (`ld.bfd`, else the toolchain's `ld.lld`) and the Swift runtime's image
    /// registration object (`swiftrt.o`), linked into every Swift library.
    var linker: String
    var runtimeObject: String
    /// Symbols the suite's object uses and the interface module defines.
    var needed: Set<String>
    /// Symbols of the libraries the executable loads (the module's own library left out).
    var scope: LibraryScope

    /// The command that links `object` into the shared library `output`.
    func link(object: String, output: String) -> [String] {
        [linker, "-shared", "-o", output, runtimeObject, object]
    }

    /// What keeps `module` (a student's object) from being loaded in place of the interface
    /// module, in words; nil when nothing does.
    func mismatch(_ module: ELFObject) -> String? {
        var exported = Set<String>()
        var defined = Set<String>()
        for symbol in module.symbols where symbol.isDefined && symbol.isGlobal {
            defined.insert(symbol.name)
            if symbol.isExported { exported.insert(symbol.name) }
        }
        if let missing = needed.sorted().first(where: { !exported.contains($0) }) {
            return "the module does not export \(missing), which the hidden suite uses"
        }
        // Undefined, not weak (a weak reference may stay unresolved), and a real name.
        for symbol in module.symbols
        where !symbol.isDefined && symbol.binding == 1 && !symbol.name.isEmpty && !defined.contains(symbol.name)
            && !scope.defines(symbol.name)
        {
            return "no library the test executable loads defines \(symbol.name)"
        }
        return nil
    }

    /// The symbols `suite` uses that `interface` exports.
    static func neededSymbols(suite: ELFObject, interface: ELFObject) -> Set<String> {
        let exported = Set(interface.symbols.filter(\.isExported).map(\.name))
        return Set(suite.symbols.filter { !$0.isDefined && exported.contains($0.name) }.map(\.name))
    }

    /// The paths of the libraries the dynamic linker loaded, from what it printed with
    /// `LD_TRACE_LOADED_OBJECTS=1` ("\tname => /path (0x…)", or "\t/path (0x…)" for the dynamic
    /// linker itself; the vDSO has no file); nil when a library was not found or a line is
    /// unexpected.
    static func loadedLibraries(traceOutput: String) -> [String]? {
        var paths: [String] = []
        for line in traceOutput.split(separator: "\n") {
            let trimmed = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            if trimmed.count == 4, trimmed[1] == "=>", trimmed[2].hasPrefix("/"), trimmed[3].hasPrefix("(0x") {
                paths.append(trimmed[2])
            } else if trimmed.count == 2, trimmed[0].hasPrefix("/"), trimmed[1].hasPrefix("(0x") {
                paths.append(trimmed[0])
            } else if trimmed.count == 2, trimmed[0].hasPrefix("linux-vdso"), trimmed[1].hasPrefix("(0x") {
                continue
            } else {
                return nil
            }
        }
        return paths.isEmpty ? nil : paths
    }
}
