import Foundation
import GraderTestSupport
import XCTest

/// Shards on a real one-node Slurm cluster (`scripts/slurm/local-cluster`, from Debian's
/// slurmctld, slurmd, slurm-client and munge, which `scripts/setup --for-tests` installs as
/// root): `scripts/slurm/submit` sends four shards as a job array and the merge after them; the
/// merged report is what one run writes; a failing shard makes the merge fail, saying which.
final class SlurmShardTests: XCTestCase {
    static let scripts = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("scripts/slurm")

    func testShardsAndTheirMergeRunOnARealSlurmCluster() throws {
        let tools = ["/usr/sbin/slurmctld", "/usr/sbin/slurmd", "/usr/sbin/munged", "/usr/bin/sbatch"]
        guard tools.allSatisfy(FileManager.default.isExecutableFile(atPath:)), geteuid() == 0 else {
            throw XCTSkip(
                "needs root and Slurm: run scripts/setup --for-tests as root "
                    + "(apt-get install slurmctld slurmd slurm-client munge)")
        }
        let clock = ContinuousClock()
        let started = clock.now
        let fixture = try ShardFixture()
        defer { fixture.remove() }
        let cluster = try TemporaryDirectory(prefix: "grade-slurm")
        defer { cluster.remove() }
        let environment = ["SLURM_CONF": cluster.url.appendingPathComponent("slurm.conf").path]
        let localCluster = Self.scripts.appendingPathComponent("local-cluster").path
        let start = try Spawn.run([localCluster, "start", cluster.url.path])
        XCTAssertEqual(start.status, 0, start.output)
        let daemons = ["slurmd", "slurmctld", "munged"].compactMap { name in
            (try? String(contentsOf: cluster.url.appendingPathComponent("\(name).pid"), encoding: .utf8))
                .flatMap { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
        defer {
            let stop = try? Spawn.run([localCluster, "stop", cluster.url.path])
            XCTAssertEqual(stop?.status, 0, stop?.output ?? "")
            for pid in daemons {
                XCTAssertFalse(Self.running(pid), "daemon \(pid) still runs after local-cluster stop")
            }
        }
        guard start.status == 0 else { return }
        XCTAssertEqual(daemons.count, 3, "every daemon wrote its pid file")
        let clusterUp = clock.now - started

        let submit = Self.scripts.appendingPathComponent("submit").path
        let out = fixture.folder.appendingPathComponent("slurm")
        let arguments = [
            submit, "--config", fixture.course.configFile.path, "--shards", "4", "--cpus", "1", "--wait",
            "--wait-limit", "600",
        ]
        let graded = clock.now
        let run = try Spawn.run(
            arguments + ["--out", out.path, "--grade", CommandLineTests.executable.path], environment: environment)
        let gradingTime = clock.now - graded
        XCTAssertEqual(run.status, 0, run.output)
        XCTAssertTrue(run.output.contains("shards: 4 COMPLETED"), run.output)
        XCTAssertTrue(run.output.contains("merge:  1 COMPLETED"), run.output)
        let single = fixture.folder.appendingPathComponent("single")
        let one = try CommandLineTests.grade([
            "--config", fixture.course.configFile.path, "--no-cache", "--out", single.path,
        ])
        XCTAssertEqual(one.status, 0, one.output)
        try ShardFixture.assertSameResults(out.appendingPathComponent("report"), single)

        // A node that fails shard 2: the merge still runs, and fails naming that shard.
        let failing = fixture.folder.appendingPathComponent("failing-grade")
        try """
        #!/bin/sh
        case " $* " in *" --shard 2/"*) echo "node failure (test)" >&2; exit 3 ;; esac
        exec '\(CommandLineTests.executable.path)' "$@"

        """.write(to: failing, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: failing.path)
        let broken = fixture.folder.appendingPathComponent("slurm-failing")
        let failed = try Spawn.run(
            arguments + ["--out", broken.path, "--grade", failing.path], environment: environment)
        XCTAssertNotEqual(failed.status, 0, failed.output)
        XCTAssertTrue(failed.output.contains("shards: 3 COMPLETED 1 FAILED"), failed.output)
        XCTAssertTrue(failed.output.contains("merge:  1 FAILED"), failed.output)
        XCTAssertTrue(
            failed.output.contains("\(broken.path)/shards/2: this shard is incomplete"), failed.output)
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: broken.appendingPathComponent("report/summary.json").path))
        print(
            "slurm: cluster up in \(clusterUp), 4 shards and the merge in \(gradingTime), whole test \(clock.now - started)"
        )
    }

    /// Whether `pid` is a live process (not a zombie waiting for its parent).
    static func running(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return false }
        let state = stat.split(separator: ")").last?.split(separator: " ").first
        return state != "Z"
    }
}
