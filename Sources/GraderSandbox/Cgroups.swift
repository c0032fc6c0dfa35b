import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// cgroup (v1) memory and pids controllers under this process's own groups, where it may create
/// child groups: each run gets a group of its own with a memory and a process limit, and every
/// process in it is killed at the end. Absent (nil bases) where cgroups are not writable.
struct Cgroups: Sendable {
    let memoryBase: String?
    let pidsBase: String?

    var isAvailable: Bool { memoryBase != nil || pidsBase != nil }

    /// Finds the writable v1 hierarchies, proving each by creating and removing a group.
    static func detect() -> Cgroups {
        guard geteuid() == 0, let table = try? String(contentsOfFile: "/proc/self/cgroup", encoding: .utf8) else {
            return Cgroups(memoryBase: nil, pidsBase: nil)
        }
        func base(_ controller: String) -> String? {
            for line in table.split(separator: "\n") {
                let fields = line.split(separator: ":", maxSplits: 2).map(String.init)
                guard fields.count == 3, fields[1].split(separator: ",").contains(Substring(controller)) else {
                    continue
                }
                let path = "/sys/fs/cgroup/\(controller)\(fields[2] == "/" ? "" : fields[2])"
                let probe = "\(path)/grade-probe-\(getpid())"
                guard mkdir(probe, 0o755) == 0 else { return nil }
                rmdir(probe)
                return path
            }
            return nil
        }
        return Cgroups(memoryBase: base("memory"), pidsBase: base("pids"))
    }

    /// Creates the groups of one run; returns their folders (empty when none could be made).
    func create(name: String, memory: Int, processes: Int) -> [String] {
        var groups: [String] = []
        if let memoryBase, mkdir("\(memoryBase)/\(name)", 0o755) == 0 {
            let group = "\(memoryBase)/\(name)"
            write(String(memory), to: "\(group)/memory.limit_in_bytes")
            groups.append(group)
        }
        if let pidsBase, mkdir("\(pidsBase)/\(name)", 0o755) == 0 {
            let group = "\(pidsBase)/\(name)"
            write(String(processes), to: "\(group)/pids.max")
            groups.append(group)
        }
        return groups
    }

    /// Which limits the processes of `groups` ran into.
    static func limitsHit(_ groups: [String]) -> [String] {
        var hit: [String] = []
        for group in groups {
            if let failures = read("\(group)/memory.failcnt"), let count = Int(failures), count > 0 {
                hit.append("memory")
            }
            if let events = read("\(group)/pids.events"), let count = Int(events.split(separator: " ").last ?? ""),
                count > 0
            {
                hit.append("processes")
            }
        }
        return hit
    }

    /// Kills every process in `groups`, then removes them.
    static func destroy(_ groups: [String]) {
        for group in groups {
            for _ in 0..<50 {
                let pids = (read("\(group)/cgroup.procs") ?? "").split(separator: "\n").compactMap { pid_t($0) }
                if pids.isEmpty, rmdir(group) == 0 { break }
                for pid in pids { kill(pid, SIGKILL) }
                usleep(10_000)
            }
        }
    }

    static func read(_ path: String) -> String? {
        (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func write(_ value: String, to path: String) {
        try? value.write(toFile: path, atomically: false, encoding: .utf8)
    }
}
