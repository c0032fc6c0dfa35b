import GraderModel
import Synchronization

/// What a student's compiled module may use from outside itself: an allowlist of C symbols and
/// Swift modules, and inside the allowed modules a table of refused APIs, each in the `Allowance`
/// category that lifts it.
enum SymbolCatalog {
    /// Why an external symbol is refused.
    struct Refusal: Sendable, Equatable {
        /// The category an exercise can allow; nil: never allowed (another module, such as XCTest).
        var category: Allowance?
        /// The API in readable form, e.g. `FileManager.default`, `open(_:_:)`, `exit`.
        var api: String
        /// The module it comes from, for a refused module.
        var module: String?
        /// A word to look for in the student's source to find where it is used.
        var word: String
    }

    /// Modules student code may use (inside them, `refusedAPIs` still apply); `Builtin` names the
    /// compiler's own types (`Builtin.NativeObject`, `Builtin.Int64`), in value witness tables.
    static let allowedModules: Set = [
        "Swift", "Builtin", "_Concurrency", "_StringProcessing", "RegexBuilder", "Synchronization", "Dispatch",
        "Foundation",
        "FoundationEssentials", "FoundationInternationalization",
    ]

    /// C symbols the compiler emits for ordinary Swift code, and harmless C functions.
    static let allowedCSymbols: Set = [
        "memcpy", "memset", "memmove", "memcmp", "__stack_chk_fail", "__stack_chk_guard", "__tls_get_addr",
        "_Block_copy", "_Block_release", "_NSConcreteStackBlock", "_NSConcreteGlobalBlock", "errno",
        "__errno_location",
        // Decided: sleeping and crashing are harmless (a test that sleeps too long times out; `abort` is
        // `fatalError` by another name and the test is recorded as crashed).
        "sleep", "usleep", "nanosleep", "abort",
        // Time, random numbers, character classes.
        "time", "clock", "clock_gettime", "gettimeofday", "rand", "srand", "random", "srandom", "drand48",
        "arc4random", "arc4random_uniform", "isalpha", "isdigit", "isalnum", "isspace", "isupper", "islower",
        "ispunct", "toupper", "tolower",
    ]

    /// Mathematical functions (also with an `f` or `l` suffix), from the C library or Glibc's overlay.
    static let mathematics: Set = [
        "acos", "asin", "atan", "atan2", "cos", "sin", "tan", "acosh", "asinh", "atanh", "cosh", "sinh", "tanh",
        "sincos", "exp", "exp2", "exp10", "expm1", "log", "log2", "log10", "log1p", "logb", "ilogb", "pow", "sqrt",
        "cbrt", "hypot", "fabs", "fmod", "remainder", "remquo", "floor", "ceil", "round", "trunc", "rint",
        "nearbyint", "lround", "llround", "lrint", "llrint", "fmin", "fmax", "fdim", "fma", "copysign", "nextafter",
        "nexttoward", "erf", "erfc", "tgamma", "lgamma", "lgamma_r", "gamma", "ldexp", "frexp", "modf", "scalbn",
        "scalbln", "nan", "significand", "j0", "j1", "jn", "y0", "y1", "yn",
    ]

    static func isMathematics(_ name: String) -> Bool {
        mathematics.contains(name)
            || (name.hasSuffix("f") || name.hasSuffix("l")) && mathematics.contains(String(name.dropLast()))
    }

    /// C functions and variables by category; a C symbol on no list is `.system`.
    static let cSymbols: [Allowance: Set<String>] = [
        .files: [
            "open", "open64", "openat", "openat64", "creat", "creat64", "read", "pread", "pread64", "readv", "write",
            "pwrite", "pwrite64", "writev", "close", "dup", "dup2", "dup3", "fopen", "fopen64", "fdopen", "freopen",
            "fclose", "fread", "fwrite", "fgets", "fgetc", "getc", "fputs", "fputc", "putc", "puts", "fflush", "fseek",
            "ftell", "rewind", "fileno", "lseek", "lseek64", "fcntl", "unlink", "unlinkat", "remove", "rename",
            "renameat", "mkdir", "mkdirat", "rmdir", "opendir", "fdopendir", "readdir", "readdir64", "closedir",
            "scandir", "stat", "stat64", "fstat", "fstat64", "lstat", "lstat64", "fstatat", "statx", "access",
            "faccessat", "chmod", "fchmod", "chown", "fchown", "lchown", "truncate", "ftruncate", "symlink",
            "symlinkat", "link", "linkat", "readlink", "readlinkat", "realpath", "getcwd", "chdir", "fchdir", "pipe",
            "pipe2", "mkfifo", "mknod", "mkstemp", "mkdtemp", "tmpfile", "tmpnam", "tempnam", "fsync", "fdatasync",
            "sendfile", "splice", "tee", "memfd_create", "inotify_init", "inotify_add_watch", "flock", "utime",
            "utimes", "utimensat", "stdin", "stdout", "stderr", "getline", "getdelim", "select", "poll",
            "epoll_create", "epoll_create1", "epoll_ctl", "epoll_wait", "FILE", "DIR",
        ],
        .processes: [
            "fork", "vfork", "clone", "clone3", "execve", "execv", "execvp", "execvpe", "execl", "execlp", "execle",
            "fexecve", "exit", "_exit", "_Exit", "quick_exit", "atexit", "at_quick_exit", "on_exit", "kill", "killpg",
            "tgkill", "tkill", "setsid", "setpgid", "setpgrp", "daemon", "system", "popen", "pclose", "wait",
            "waitpid", "wait3", "wait4", "waitid", "pthread_kill", "pthread_exit", "pthread_cancel", "pthread_atfork",
            "getpid", "getppid", "getpgrp",
            "getpgid", "getsid",
        ],
        .signals: [
            "signal", "sigaction", "raise", "sigprocmask", "pthread_sigmask", "sigemptyset", "sigfillset", "sigaddset",
            "sigdelset", "sigismember", "sigsuspend", "sigwait", "sigwaitinfo", "sigtimedwait", "sigqueue", "alarm",
            "ualarm", "setitimer", "getitimer", "bsd_signal", "sysv_signal", "__sysv_signal", "siginterrupt",
            "sigaltstack", "SIG_IGN", "SIG_DFL", "SIG_ERR", "SIG_HOLD", "sigset_t",
        ],
        .environment: ["getenv", "secure_getenv", "setenv", "unsetenv", "putenv", "clearenv", "environ", "__environ"],
        .network: [
            "socket", "socketpair", "connect", "bind", "listen", "accept", "accept4", "send", "sendto", "sendmsg",
            "recv", "recvfrom", "recvmsg", "shutdown", "setsockopt", "getsockopt", "getsockname", "getpeername",
            "getaddrinfo", "freeaddrinfo", "gethostbyname", "gethostbyaddr", "getnameinfo", "inet_pton", "inet_ntop",
            "inet_addr", "sockaddr", "sockaddr_in", "sockaddr_in6", "sockaddr_un",
        ],
        .dynamicLoading: [
            "dlopen", "dlmopen", "dlsym", "dlvsym", "dlclose", "dlerror", "dladdr", "dladdr1", "dlinfo",
            "dl_iterate_phdr",
        ],
        .unsafe: [
            "malloc", "calloc", "realloc", "free", "posix_memalign", "aligned_alloc", "memalign", "valloc", "strlen",
            "strcpy", "strncpy", "strcat", "strcmp", "strncmp", "strdup", "memchr",
        ],
    ]

    /// APIs of allowed modules, by category: a name without a dot is a type (refused whole), one
    /// with a dot the start of a readable API (`Data(contentsOf` covers every `Data(contentsOf:…)`).
    static let refusedAPIs: [Allowance: [String]] = [
        .files: [
            "FileManager", "FileHandle", "InputStream", "OutputStream", "Stream", "Pipe", "Bundle", "DispatchIO",
            "FileWrapper", "Data(contentsOf", "Data.write(to", "String(contentsOfFile", "String(contentsOf",
            "StringProtocol.write(toFile", "StringProtocol.write(to", "String.write(toFile", "String.write(to",
            "NSString(contentsOfFile", "NSString(contentsOf", "NSString.write", "NSData(contentsOfFile",
            "NSData(contentsOf", "NSData.write", "NSArray(contentsOf", "NSArray(contentsOfFile", "NSArray.write",
            "NSDictionary(contentsOf",
            "NSDictionary(contentsOfFile", "NSDictionary.write", "NSKeyedArchiver.archiveRootObject",
            "NSKeyedUnarchiver.unarchiveObject(withFile", "DispatchSource.makeReadSource",
            "DispatchSource.makeWriteSource",
            "DispatchSource.makeFileSystemObjectSource",
        ],
        .processes: ["Process", "NSTask", "Thread.exit", "DispatchSource.makeProcessSource"],
        .signals: ["DispatchSource.makeSignalSource", "DispatchSourceSignal"],
        .environment: ["ProcessInfo.environment", "ProcessInfo.setEnvironment"],
        .network: ["URLSession", "Host", "NetService", "SocketPort", "Port"],
        .unsafe: [
            "Unmanaged", "OpaquePointer", "String(cString", "String(validatingCString", "String(validatingUTF8",
            "String(decodingCString", "String.withCString", "StringProtocol.withCString",
        ],
    ]

    /// `refusedAPIs` by the type or function each entry starts with, in category order.
    static let refusedByName: [String: [(api: String, category: Allowance)]] = {
        var index: [String: [(api: String, category: Allowance)]] = [:]
        for category in Allowance.allCases {
            for api in refusedAPIs[category] ?? [] {
                index[String(api.prefix { $0 != "." && $0 != "(" }), default: []].append((api, category))
            }
        }
        return index
    }()

    /// Verdicts on Swift symbols by mangled name, for every job of the process: most jobs use the
    /// same few hundred standard library symbols. `module` is the declaring module: a module's own
    /// symbols are always allowed to it.
    static let verdicts = Mutex<[String: (module: String?, refusal: Refusal?)]>([:])

    /// Why the external symbol `name` (as the object names it) is refused, or nil. `referrers`: the
    /// functions of the object that use it.
    static func refusal(ofExternal name: String, module own: String, referrers: Set<String>) -> Refusal? {
        if name.hasPrefix("$s") || name.hasPrefix("_$s") {
            let verdict =
                verdicts.withLock { $0[name] }
                ?? {
                    let verdict =
                        Demangled(name).map { (module: $0.module, refusal: refusal(of: $0)) }
                        ?? (module: nil, refusal: Refusal(category: .system, api: name, module: nil, word: name))
                    verdicts.withLock { if $0.count < 100_000 { $0[name] = verdict } }
                    return verdict
                }()
            return verdict.module == own ? nil : verdict.refusal
        }
        if allowedCSymbols.contains(name) || isMathematics(name) || name.hasPrefix("swift_")
            || name.hasPrefix("_swift") || name.hasPrefix("__swift")
        {
            return nil
        }
        // `Mutex` inlines the standard library's `_swift_stdlib_gettid`, which asks the kernel once.
        if name == "syscall", !referrers.isEmpty, referrers.allSatisfy({ $0 == "_swift_stdlib_gettid" }) { return nil }
        return Refusal(category: category(ofC: name), api: name, module: nil, word: name)
    }

    static func refusal(of symbol: Demangled, module own: String) -> Refusal? {
        symbol.module == own ? nil : refusal(of: symbol)
    }

    /// Why `symbol` is refused to a module that does not declare it, or nil.
    static func refusal(of symbol: Demangled) -> Refusal? {
        guard let module = symbol.module else { return nil }
        let first = symbol.path.first ?? ""
        func refuse(_ category: Allowance?, word: String? = nil) -> Refusal {
            Refusal(
                category: category, api: symbol.readable, module: category == nil ? module : nil,
                word: word ?? searchWord(symbol))
        }
        switch module {
        case "Glibc", "SwiftGlibc", "__C":
            if isMathematics(first) || first == "errno" { return nil }
            let category = category(ofC: first)
            // Types of the C library (`timespec`, `tm`) are harmless unless they belong to a category.
            if module == "__C", category == .system { return nil }
            return refuse(category, word: first)
        case "FoundationNetworking":
            return refuse(.network)
        case _ where !allowedModules.contains(module):
            return refuse(nil)
        default:
            break
        }
        if isUnsafe(symbol.path) { return refuse(.unsafe) }
        guard let candidates = refusedByName[first] else { return nil }
        let readable = symbol.readable
        for (api, category) in candidates where matches(api, first: first, readable: readable) {
            return refuse(category, word: api.contains(".") || api.contains("(") ? nil : api)
        }
        return nil
    }

    static func category(ofC name: String) -> Allowance {
        if name.hasPrefix("posix_spawn") || name.hasPrefix("exec") { return .processes }
        return Allowance.allCases.first { cSymbols[$0]?.contains(name) == true } ?? .system
    }

    static func matches(_ api: String, first: String, readable: String) -> Bool {
        guard api.contains(".") || api.contains("(") else { return first == api }
        guard readable.hasPrefix(api) else { return false }
        let next = readable.dropFirst(api.count).first
        return next.map { !($0.isLetter || $0.isNumber || $0 == "_") } ?? true
    }

    /// Raw memory: `Unsafe…` types, `withUnsafe…` and `unsafe…` functions (not the compiler's
    /// `unsafeMutableAddressor` of a global, nor continuations, which are safe despite the name).
    static func isUnsafe(_ path: [String]) -> Bool {
        path.contains { name in
            guard !["unsafeMutableAddressor", "unsafeAddressor", "UnsafeContinuation"].contains(name),
                !name.hasPrefix("withUnsafeContinuation"), !name.hasPrefix("withUnsafeThrowingContinuation")
            else { return false }
            return name.hasPrefix("Unsafe") || name.hasPrefix("withUnsafe") || name.hasPrefix("unsafe")
                || name.hasPrefix("AutoreleasingUnsafe")
        }
    }

    /// The name a student writes to use `symbol`: the first argument label of an initializer
    /// (`contentsOf`), else the member or function name (`environment`, `open`), else the type.
    static func searchWord(_ symbol: Demangled) -> String {
        let names = symbol.path.filter { !Demangled.accessors.contains($0) || $0 == "init" }
        if names.last == "init" {
            return symbol.labels?.first { $0 != "_" } ?? names.dropLast().last ?? "init"
        }
        return names.last ?? symbol.path.first ?? ""
    }
}
