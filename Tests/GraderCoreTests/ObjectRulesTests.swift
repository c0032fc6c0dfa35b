import Foundation
import GraderModel
import GraderTestSupport
import XCTest

@testable import GraderCore

final class ObjectRulesTests: XCTestCase {
    /// One probe per rule and category, each a file of module `Probe`: (source, rule, category).
    static let probes: [String: (source: String, rule: String?, category: Allowance?)] = [
        "ordinary": (ordinary, nil, nil),
        "initArray": (
            "@used @section(\".init_array\") let early: @convention(c) () -> Void = { print(\"early\") }\n",
            "no-code-before-main", nil
        ),
        "customSection": ("@used @section(\"stash\") let stash: (Int, Int) = (1, 2)\n", "no-custom-sections", nil),
        "cdecl": ("@_cdecl(\"write\") func myWrite(_ fd: Int32) -> Int { 0 }\n", "no-c-symbols", nil),
        "cAttribute": ("@c(cfun) func cfun() -> Int32 { 1 }\n", "no-c-symbols", nil),
        "foreign": (
            "@_silgen_name(\"$s10Foundation10FileHandleC5writeyy20FoundationEssentials4DataVF\") func hijack() {}\n",
            "no-foreign-symbols", nil
        ),
        "xctest": ("import XCTest\nfunc probeFail() {\n    XCTFail(\"no\")\n}\n", "no-xctest", nil),
        "open": (glibc("func probeOpen() -> Int32 {\n    open(\"/etc/passwd\", O_RDONLY)\n}"), "no-files", .files),
        "readWrite": (
            glibc(
                "func probeIO(_ fd: Int32) -> Int {\n    var b: [UInt8] = [0]\n    _ = read(fd, &b, 1)\n    close(fd)\n    return write(fd, b, 1)\n}"
            ), "no-files", .files
        ),
        "fileManager": (
            foundation("func probeFM() -> Bool { FileManager.default.fileExists(atPath: \"/\") }"), "no-files", .files
        ),
        "dataContents": (
            foundation("func probeData() -> Data? { try? Data(contentsOf: URL(fileURLWithPath: \"/x\")) }"), "no-files",
            .files
        ),
        "stringContents": (
            foundation("func probeText() -> String? { try? String(contentsOfFile: \"/x\", encoding: .utf8) }"),
            "no-files", .files
        ),
        "fileHandle": (
            foundation("func probeHandle() -> FileHandle { FileHandle(fileDescriptor: 3) }"), "no-files", .files
        ),
        "dataWrite": (
            foundation("func probeSave(_ d: Data) throws { try d.write(to: URL(fileURLWithPath: \"/x\")) }"),
            "no-files",
            .files
        ),
        "process": (foundation("func probeRun() { _ = Process() }"), "no-processes", .processes),
        "exit": (glibc("func probeExit() { exit(0) }"), "no-processes", .processes),
        "underscoreExit": (glibc("func probeQuit() { _exit(0) }"), "no-processes", .processes),
        "atexit": (glibc("func probeAtExit() { atexit {} }"), "no-processes", .processes),
        "kill": (glibc("func probeKill() { kill(0, SIGKILL) }"), "no-processes", .processes),
        "signal": (glibc("func probeSignal() { signal(SIGTERM, SIG_IGN) }"), "no-signals", .signals),
        "getenv": (glibc("func probeGetenv() -> Bool { getenv(\"HOME\") != nil }"), "no-environment", .environment),
        "environment": (
            foundation("func probeEnvironment() -> Int { ProcessInfo.processInfo.environment.count }"),
            "no-environment", .environment
        ),
        "dlopen": (
            glibc("func probeLoad() -> Bool { dlopen(nil, RTLD_NOW) != nil }"), "no-dynamic-loading", .dynamicLoading
        ),
        "socket": (
            glibc("func probeSocket() -> Int32 { socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0) }"), "no-network",
            .network
        ),
        "mmap": (
            glibc("func probeMap() -> Bool { mmap(nil, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) != nil }"),
            "no-system", .system
        ),
        "syscall": (
            "@_silgen_name(\"syscall\") func sys(_ number: Int) -> Int\nfunc probeSyscall() -> Int { sys(39) }\n",
            "no-system", .system
        ),
        "pointer": (
            "func probePointer(_ p: UnsafePointer<CChar>) -> String { String(cString: p) }\n", "no-unsafe", .unsafe
        ),
    ]

    static let ordinary = """
        import Foundation
        import Synchronization

        protocol Shape { var area: Double { get } }
        struct Square: Shape, Hashable, Codable { var side: Double; var area: Double { side * side } }
        actor Counter { var n = 0; func next() -> Int { n += 1; return n } }
        extension Int { var doubled: Int { self * 2 } }
        let table = ["a": 1]
        func ordinaryMath(_ x: Double) -> Double { sqrt(x) + pow(x, 2) + floor(x) + sin(x) + exp(x) + log(x) + x.rounded() }
        func ordinaryText(_ s: String) -> [String] { s.split(separator: " ").map(String.init).sorted() }
        func ordinaryJSON() throws -> Data { try JSONEncoder().encode(Square(side: 2)) }
        func ordinaryThreads() -> Int {
            let group = DispatchGroup()
            DispatchQueue.global().async(group: group) { print("x") }
            group.wait()
            Thread.sleep(forTimeInterval: 0.001)
            usleep(1)
            sleep(0)
            let lock = NSLock()
            lock.lock(); lock.unlock()
            let mutex = Mutex(0)
            return mutex.withLock { $0 += 1; return $0 }
        }
        func ordinaryInput() -> String? { readLine() }
        func ordinaryDate() -> String { "\\(Date().timeIntervalSince1970) \\(UUID().uuidString) \\(Int.random(in: 0..<9))" }
        func ordinaryAsync() async -> Int { await Counter().next() }
        func ordinaryRegex(_ s: String) -> Bool { s.contains(try! Regex("a+b")) }

        """

    static func glibc(_ code: String) -> String { "import Glibc\n" + code + "\n" }
    static func foundation(_ code: String) -> String { "import Foundation\n" + code + "\n" }

    static let compiled = Task { try await ObjectFixture.objects(probes.mapValues(\.source)) }

    func object(_ name: String) async throws -> URL {
        let objects = try await Self.compiled.value
        return try XCTUnwrap(objects[name])
    }

    /// The violation of probe `name`, pinned to its own source.
    func violation(_ name: String) async throws -> RuleViolation {
        let url = try await object(name)
        return try XCTUnwrap(try ObjectFixture.check(url, source: Self.probes[name]?.source ?? ""))
    }

    func testEachProbeBreaksItsRule() async throws {
        for (name, probe) in Self.probes.sorted(by: { $0.key < $1.key }) {
            let url = try await object(name)
            let violation = try ObjectFixture.check(url, source: probe.source)
            XCTAssertEqual(violation?.rule, probe.rule, "\(name): \(violation?.description ?? "passes")")
        }
    }

    func testEachAllowanceLiftsItsCategoryOnly() async throws {
        for (name, probe) in Self.probes.sorted(by: { $0.key < $1.key }) {
            guard let category = probe.category else { continue }
            let url = try await object(name)
            XCTAssertNil(try ObjectFixture.check(url, allowing: [category]), "\(name) with allow: [\(category)]")
            let others = Set(Allowance.allCases).subtracting([category])
            XCTAssertEqual(try ObjectFixture.check(url, allowing: others)?.rule, probe.rule, name)
        }
    }

    func testViolationsNameTheLineThatUsesTheAPIAndWhatToChange() async throws {
        let open = try await violation("open")
        XCTAssertEqual(open.file, "Sources/Probe/Probe.swift")
        XCTAssertEqual(open.line, 3)
        XCTAssertTrue(open.explanation.contains("`open(_:_:)`"), open.explanation)
        XCTAssertTrue(open.explanation.contains("files and descriptors"), open.explanation)
        XCTAssertTrue(open.explanation.contains("allow: [files]"), open.explanation)

        let data = try await violation("dataContents")
        XCTAssertEqual(data.line, 2)
        XCTAssertTrue(data.explanation.contains("`Data(contentsOf:options:)`"), data.explanation)

        let environment = try await violation("environment")
        XCTAssertTrue(environment.explanation.contains("`ProcessInfo.environment`"), environment.explanation)
        XCTAssertEqual(environment.line, 2)

        let early = try await violation("initArray")
        XCTAssertEqual(early.line, 1)
        XCTAssertTrue(early.description.hasPrefix("rule no-code-before-main: Sources/Probe/Probe.swift:1: "))

        let write = try await violation("cdecl")
        XCTAssertEqual(write.line, 1)
        XCTAssertTrue(write.explanation.contains("C symbol `write`"), write.explanation)
    }

    func testMutexMayAskTheKernelForItsThreadID() async throws {
        let object = try ELFObject(contentsOf: try await object("ordinary"))
        XCTAssertTrue(
            object.symbols.contains { $0.name == "syscall" && !$0.isDefined }, "Mutex inlines _swift_stdlib_gettid")
        XCTAssertNil(try ObjectRules.check(object, module: "Probe", allowances: []))
    }

    func testASymbolNoLineNamesIsBlamedOnTheCompiledCode() async throws {
        let url = try await object("exit")
        let violation = try XCTUnwrap(try ObjectFixture.check(url, source: "// nothing here\n"))
        XCTAssertEqual(violation.rule, "no-processes")
        XCTAssertNil(violation.line)
        XCTAssertEqual(violation.file, "Sources/Probe/Probe.swift")
        XCTAssertTrue(violation.description.hasPrefix("rule no-processes: Sources/Probe/Probe.swift: `exit`"))
        XCTAssertTrue(violation.explanation.hasSuffix("(found in the compiled code, not at a line of the source)"))
    }

    func testEveryReferenceSolutionPassesWithItsExercisesAllowances() async throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let course = try ConfigLoader.load(root.appendingPathComponent("grader.yml"))
        let folder = try TemporaryDirectory(prefix: "grade-solutions")
        defer { folder.remove() }
        XCTAssertFalse(course.exercises.isEmpty)
        for exercise in course.exercises {
            let sources = root.appendingPathComponent("Solutions/\(exercise.id)/Sources/\(exercise.module)")
            let files = try FileManager.default.contentsOfDirectory(at: sources, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "swift" }
            let object = folder.url.appendingPathComponent("\(exercise.module).o")
            try ObjectFixture.module(exercise.module, files: files, into: object)
            let violation = try ObjectFixture.check(object, module: exercise.module, allowing: exercise.allowances)
            XCTAssertNil(violation, "\(exercise.id): \(violation?.description ?? "")")
            if exercise.id == "downloader" {
                XCTAssertEqual(try ObjectFixture.check(object, module: exercise.module)?.rule, "no-files")
            }
        }
    }

    func testAWordIsFoundInCodeOnlyAndByItsName() {
        let finding = ObjectRules.Finding(
            rule: "no-files", explanation: "x", searches: [.word("open"), .text("never")])
        let sources = [
            (path: "Sources/M/A.swift", source: "// open\nlet s = \"open \\(1)\"\n/* open */\n"),
            (path: "Sources/M/B.swift", source: "import Glibc\n\nlet f = `open`(\"/x\", 0)\n"),
        ]
        let violation = ObjectRules.locate(finding, in: sources)
        XCTAssertEqual(violation.file, "Sources/M/B.swift")
        XCTAssertEqual(violation.line, 3)
        let text = ObjectRules.locate(
            ObjectRules.Finding(rule: "r", explanation: "x", searches: [.text("\"open")]), in: sources)
        XCTAssertEqual(text.file, "Sources/M/A.swift")
        XCTAssertEqual(text.line, 2, "a text search reads string literals too")
    }
}
