import Foundation
import GraderSandbox

/// Setting up and taking the fastest way to a test binary (`LoadableSuite`).
extension Compiler {
    /// Links the interface module's object into `lib<Module>.so` in `folder`, the suite's object
    /// against it into an executable that looks for that library beside itself (with the linker
    /// flags the usual link worked with), asks the dynamic linker which libraries the executable
    /// loads, and reads their symbols. `probeOutput` is what the driver printed linking the usual
    /// executable (it names the runtime object). Nil when a step fails or the interface module
    /// itself would not pass `LoadableSuite.mismatch`: jobs then link the usual executable.
    func prebuildLoadable(
        module: String, interfaceObject: URL, suiteObject: URL, probeOutput: String, in folder: URL,
        linkerFlags: [String], timeout: Duration
    ) async throws -> LoadableSuite? {
        let lld = FileManager.default.isExecutableFile(atPath: toolchain.lld.path) ? toolchain.lld.path : nil
        guard let linker = sharedLinker ?? lld, let runtimeObject = Self.runtimeObject(inVerboseOutput: probeOutput)
        else { return nil }
        var loadable = LoadableSuite(
            executable: folder.appendingPathComponent("loading-tests"), libraryName: "lib\(module).so",
            linker: linker, runtimeObject: runtimeObject, needed: [], scope: LibraryScope())
        let library = folder.appendingPathComponent(loadable.libraryName)
        guard
            try await run(
                loadable.link(object: interfaceObject.path, output: library.path) + ["-soname", loadable.libraryName],
                in: folder, timeout: timeout
            ).succeeded,
            try await swiftc(
                linkerFlags + [
                    "-o", loadable.executable.path, suiteObject.path, "-L", folder.path, "-l", module,
                    "-Xlinker", "-rpath", "-Xlinker", "$ORIGIN",
                ], in: folder, timeout: timeout
            ).succeeded
        else { return nil }
        // The executable itself, not through prlimit: the variable would make prlimit list its own.
        let trace = try await processRunner.run(
            ProcessSpec(
                executable: loadable.executable.path, arguments: [],
                environment: ["LD_TRACE_LOADED_OBJECTS": "1", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"],
                workingDirectory: folder.path, timeout: timeout, outputCap: 256 * 1024))
        guard trace.succeeded,
            let loaded = LoadableSuite.loadedLibraries(traceOutput: trace.standardOutput.text),
            loaded.contains(library.path)
        else { return nil }
        let libraries = loaded.filter { $0 != library.path }
        guard
            let scope = await libraryScopes.value(for: libraries, { try? LibraryScope(libraries: libraries) }).value,
            let suite = try? ELFObject(contentsOf: suiteObject),
            let interface = try? ELFObject(contentsOf: interfaceObject)
        else { return nil }
        loadable.scope = scope
        loadable.needed = LoadableSuite.neededSymbols(suite: suite, interface: interface)
        return loadable.mismatch(interface) == nil ? loadable : nil
    }

    /// Links the student's module (`.build/<Module>.o` in `folder`, compiled for library
    /// evolution) into `.build/lib<Module>.so` for `loadable`'s executable; nil when
    /// `LoadableSuite.mismatch` finds a reason it would not load, or the link fails.
    func linkLoadable(_ loadable: LoadableSuite, module: String, in folder: URL, timeout: Duration) async throws
        -> TestBinary?
    {
        let build = folder.appendingPathComponent(".build", isDirectory: true)
        let object = build.appendingPathComponent("\(module).o")
        let library = build.appendingPathComponent(loadable.libraryName)
        guard let parsed = try? ELFObject(contentsOf: object), loadable.mismatch(parsed) == nil,
            try await run(loadable.link(object: object.path, output: library.path), in: folder, timeout: timeout)
                .succeeded
        else { return nil }
        return TestBinary(executable: loadable.executable, libraries: [library])
    }

    /// The Swift runtime's registration object (`…/swiftrt.o`) on the linker's line of a link's
    /// verbose output.
    static func runtimeObject(inVerboseOutput output: String) -> String? {
        for line in output.split(separator: "\n") where line.hasPrefix(" \"") {
            if let object = ShellWords.split(line)?.first(where: { $0.hasSuffix("/swiftrt.o") }) { return object }
        }
        return nil
    }
}
