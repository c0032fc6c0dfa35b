import Foundation
import XCTest

@testable import GraderCore

final class ScratchCostTests: XCTestCase {
    func testCost() throws {
        let names = ["Classes", "Conditions", "Dictionaries", "Downloader", "Encapsulation", "Functions", "Inheritance", "Lists", "Loops", "Matrices", "Operators", "Recursion", "Strings", "Threads", "TuplesSets", "feat"]
        for name in names {
            let url = URL(fileURLWithPath: "/tmp/objx/\(name).o")
            let module = name == "feat" ? "Feat" : name
            let size = try Data(contentsOf: url).count
            let rounds = 20
            var read = Duration.zero, total = Duration.zero
            let clock = ContinuousClock()
            var result: RuleViolation?
            for _ in 0..<rounds {
                let t0 = clock.now
                let object = try ELFObject(contentsOf: url)
                let t1 = clock.now
                result = try ObjectRules.check(objectAt: url, module: module, allowances: [.files], sources: { [] })
                let t2 = clock.now
                _ = object
                read += t1 - t0
                total += t2 - t1
            }
            let o = try ELFObject(contentsOf: url)
            print("COST \(name) \(size / 1024) KiB sections=\(o.sections.count) symbols=\(o.symbols.count) undefined=\(o.symbols.filter { !$0.isDefined }.count) read=\(read / rounds) check=\(total / rounds) \(result.map { $0.rule } ?? "ok")")
        }
    }
}
