/// The attacks of issue 9 on the result channel, each a complete attempt (find the token, forge
/// every test, end the process): reading the harness's memory with raw pointers or through
/// `/proc/self/mem`, reopening the result file through `/proc/self/fd`, stealing the handshake
/// before `main` or from standard input, replacing C functions, and writing results from places that
/// outlive a test (exit handlers, signal handlers, threads, global initialisers).
enum ForgeryAttacks {
    /// `findToken(in:)`: the first run of 64 upper-case hex digits in `bytes` (the harness's token
    /// is two UUIDs without dashes), and `forge(_:)`: forged lines for every test on descriptor 3.
    static let helpers = """
        func findToken(in bytes: [UInt8]) -> String? {
            var run = 0
            for (index, byte) in bytes.enumerated() {
                let hex = (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 70)
                run = hex ? run + 1 : 0
                if run == 64 { return String(decoding: bytes[(index - 63)...index], as: UTF8.self) }
            }
            return nil
        }
        func forge(_ token: String) {
        \(Attack.forgedLines(token: "token", first: "3"))
            try? FileHandle(fileDescriptor: 3, closeOnDealloc: false).write(contentsOf: Data(text.utf8))
        }
        """

    /// The writable regions of the process, from `/proc/self/maps`.
    static let regions = """
            let maps = (try? String(contentsOfFile: "/proc/self/maps", encoding: .utf8)) ?? ""
            let regions: [(UInt, UInt)] = maps.split(separator: "\\n").compactMap { line in
                let fields = line.split(separator: " ")
                guard fields.count > 1, fields[1].hasPrefix("rw") else { return nil }
                let bounds = fields[0].split(separator: "-").compactMap { UInt($0, radix: 16) }
                return bounds.count == 2 && bounds[1] - bounds[0] < 64 << 20 ? (bounds[0], bounds[1]) : nil
            }
        """

    static let all: [Attack] = [
        Attack(
            name: "maps-scan-raw-pointers",
            source: Attack.submission(
                regions + """

                        for (start, end) in regions {
                            guard let base = UnsafeRawPointer(bitPattern: start) else { continue }
                            let bytes = Array(UnsafeRawBufferPointer(start: base, count: Int(end - start)))
                            if let token = findToken(in: bytes) { forge(token); _exit(0) }
                        }
                        return 0
                    """, top: helpers),
            strict: .rejected("memory-safety"), open: .rejected("memory-safety")),
        Attack(
            name: "maps-scan-unsafe-keyword",
            source: Attack.submission(
                regions + """

                        for (start, end) in regions {
                            guard let base = unsafe UnsafeRawPointer(bitPattern: start) else { continue }
                            let bytes = unsafe Array(UnsafeRawBufferPointer(start: base, count: Int(end - start)))
                            if let token = findToken(in: bytes) { forge(token); _exit(0) }
                        }
                        return 0
                    """, top: helpers),
            strict: .rejected("no-unsafe"), open: .rejected("no-unsafe")),
        Attack(
            name: "unmanaged-object-walk",
            source: Attack.submission(
                """
                    let anchor = NSObject()
                    let address = UInt(bitPattern: Unmanaged.passUnretained(anchor).toOpaque())
                    for offset in stride(from: 0, to: 1 << 20, by: 4096) {
                        let page = UnsafePointer<UInt8>(bitPattern: address &- UInt(offset))
                        if let page, let token = findToken(in: Array(UnsafeBufferPointer(start: page, count: 4096))) {
                            forge(token); _exit(0)
                        }
                    }
                    return 0
                """, top: helpers),
            strict: .rejected("memory-safety"), open: .rejected("memory-safety")),
        Attack(
            name: "stack-scan-with-unsafe-bytes",
            source: Attack.submission(
                """
                    var local = 0
                    let found: String? = withUnsafeBytes(of: &local) { buffer in
                        let wide = UnsafeRawBufferPointer(start: buffer.baseAddress, count: 1 << 16)
                        return findToken(in: Array(wide))
                    }
                    if let found { forge(found); _exit(0) }
                    return 0
                """, top: helpers),
            strict: .rejected("memory-safety"), open: .rejected("memory-safety")),
        Attack(
            name: "bitcast-address-to-pointer",
            source: Attack.submission(
                """
                    let address = 0x5555_5555_0000 as UInt
                    let pointer = unsafeBitCast(address, to: UnsafePointer<UInt8>.self)
                    if let token = findToken(in: Array(UnsafeBufferPointer(start: pointer, count: 4096))) {
                        forge(token); _exit(0)
                    }
                    return 0
                """, top: helpers),
            strict: .rejected("memory-safety"), open: .rejected("memory-safety")),
        Attack(
            name: "proc-self-mem-foundation",
            source: Attack.submission(
                regions + """

                        guard let memory = FileHandle(forReadingAtPath: "/proc/self/mem") else { return 0 }
                        for (start, end) in regions {
                            memory.seek(toFileOffset: UInt64(start))
                            if let token = findToken(in: [UInt8](memory.readData(ofLength: Int(end - start)))) {
                                forge(token); exit(0)
                            }
                        }
                        return 0
                    """, top: helpers),
            strict: .rejected("no-files"), open: .contained(.failed)),
        Attack(
            name: "reopen-result-descriptor",
            source: Attack.submission(
                """
                    for fd in 0..<64 {
                        guard let file = FileHandle(forReadingAtPath: "/proc/self/fd/\\(fd)") else { continue }
                        if let token = findToken(in: [UInt8](file.readDataToEndOfFile())) { forge(token); exit(0) }
                    }
                    return 0
                """, top: helpers),
            strict: .rejected("no-files"), open: .contained(.failed)),
        Attack(
            name: "init-array-handshake-theft",
            source: Attack.submission(
                "    return 0",
                top: helpers + """

                    @used @section(".init_array")
                    let stealHandshake: @convention(c) () -> Void = {
                        let handshake = FileHandle.standardInput.readDataToEndOfFile()
                        let pipe = Pipe()
                        pipe.fileHandleForWriting.write(handshake)
                        try? pipe.fileHandleForWriting.close()
                        dup2(pipe.fileHandleForReading.fileDescriptor, 0)
                        if let token = findToken(in: [UInt8](handshake)) { forge(token) }
                    }
                    """),
            strict: .rejected("no-linker-attributes"), open: .rejected("no-linker-attributes")),
        Attack(
            name: "cdecl-write-interposition",
            source: Attack.submission(
                "    return 0",
                top: """
                    @_cdecl("write")
                    func interposedWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
                        count
                    }
                    """),
            strict: .rejected("no-linker-attributes"), open: .rejected("no-linker-attributes")),
        Attack(
            name: "c-main-entry-point",
            source: Attack.submission(
                "    return 0",
                top: """
                    @c(main)
                    func hijackedMain() -> Int32 { 0 }
                    """),
            strict: .rejected("no-linker-attributes"), open: .rejected("no-linker-attributes")),
        Attack(
            name: "silgen-name-syscall",
            source: Attack.submission(
                "    _ = rawSyscall(231, 0)\n    return 0",
                top: "@_silgen_name(\"syscall\") func rawSyscall(_ number: Int, _ status: Int) -> Int"),
            strict: .rejected("no-linker-attributes"), open: .rejected("no-linker-attributes")),
        Attack(
            name: "stdin-handshake-theft",
            source: Attack.submission(
                """
                    let handshake = FileHandle.standardInput.readDataToEndOfFile()
                    if let token = findToken(in: [UInt8](handshake)) { forge(token); exit(0) }
                    return 0
                """, top: helpers),
            strict: .rejected("no-files"), open: .contained(.failed)),
        Attack(
            name: "readline-handshake-theft",
            source: Attack.submission(
                """
                    while let line = readLine() { print("\\(line) 3 end CalcTests.testAddSmallNumbers passed 0.001") }
                    return 0
                """),
            strict: .contained(.failed), open: .contained(.failed)),
        Attack(
            name: "descriptor-reuse",
            source: Attack.submission(
                """
                    dup2(3, 1)
                    print("0 3 end CalcTests.testAddSmallNumbers passed 0.001")
                    return 0
                """),
            strict: .rejected("no-files"), open: .contained(.failed)),
        Attack(
            name: "atexit-forger",
            source: Attack.submission(
                """
                    atexit {
                        let line = Data("0 3 end CalcTests.testAddSmallNumbers passed 0.001\\n".utf8)
                        try? FileHandle(fileDescriptor: 3, closeOnDealloc: false).write(contentsOf: line)
                    }
                    exit(0)
                """),
            strict: .rejected("no-processes"), open: .contained(.crashed)),
        Attack(
            name: "signal-handler-forger",
            source: Attack.submission(
                """
                    signal(SIGALRM) { _ in
                        let line = Data("0 3 end CalcTests.testAddSmallNumbers passed 0.001\\n".utf8)
                        try? FileHandle(fileDescriptor: 3, closeOnDealloc: false).write(contentsOf: line)
                    }
                    alarm(1)
                    // Past the alarm, within the 2 s limit even when the signal goes to another
                    // thread and does not cut the sleep short (Swift Testing runs tests off the
                    // main thread: a sleep of 2 s raced the limit).
                    usleep(1_500_000)
                    return 0
                """),
            strict: .rejected("no-signals"), open: .contained(.failed)),
        Attack(
            name: "lingering-thread-forger",
            source: Attack.submission(
                """
                    Thread {
                        let line = Data("0 9 end CalcTests.testAddSmallNumbers passed 0.001\\n".utf8)
                        for _ in 0..<40 {
                            try? FileHandle(fileDescriptor: 3, closeOnDealloc: false).write(contentsOf: line)
                            Thread.sleep(forTimeInterval: 0.05)
                        }
                    }.start()
                    return 0
                """),
            strict: .rejected("no-files"), open: .contained(.failed)),
        Attack(
            name: "global-initialiser-theft",
            source: Attack.submission(
                "    if let token = findToken(in: stolenHandshake) { forge(token); exit(0) }\n    return 0",
                top: helpers + "\nlet stolenHandshake = [UInt8](FileHandle.standardInput.readDataToEndOfFile())"),
            strict: .rejected("no-files"), open: .contained(.failed)),
        Attack(
            name: "dlsym-prctl-dumpable",
            source: Attack.submission(
                """
                    typealias Prctl = @convention(c) (Int32, UInt, UInt, UInt, UInt) -> Int32
                    if let symbol = dlsym(nil, "prctl") {
                        _ = unsafeBitCast(symbol, to: Prctl.self)(4, 1, 0, 0, 0)
                    }
                    return FileHandle(forReadingAtPath: "/proc/self/mem") == nil ? 0 : a + b
                """),
            strict: .rejected("no-dynamic-loading"), open: .rejected("memory-safety")),
        Attack(
            name: "child-reads-parent-memory",
            source: Attack.submission(
                """
                    let process = Process()
                    process.executableURL = URL(fileURLWithPath: "/bin/sh")
                    process.arguments = ["-c", "head -c 1 /proc/$PPID/mem && cat /proc/$PPID/fd/3"]
                    try? process.run()
                    process.waitUntilExit()
                    return process.terminationStatus == 0 ? a + b : 0
                """),
            strict: .rejected("no-processes"), open: .contained(.failed)),
        Attack(
            name: "environment-peek",
            source: Attack.submission(
                """
                    let values = ProcessInfo.processInfo.environment.values.joined(separator: " ")
                    if let token = findToken(in: Array(values.utf8)) { forge(token); exit(0) }
                    return 0
                """, top: helpers),
            strict: .rejected("no-files"), open: .contained(.failed)),
    ]
}
