import Foundation
import XCTest

@testable import GraderCore

final class ScratchCost2Tests: XCTestCase {
    func testBreakdown() throws {
        let url = URL(fileURLWithPath: "/tmp/objx/feat.o")
        let object = try ELFObject(contentsOf: url)
        let names = object.symbols.filter { !$0.isDefined && $0.name.hasPrefix("$s") }.map(\.name)
        let clock = ContinuousClock()
        var texts: [String] = []
        let t0 = clock.now
        for _ in 0..<10 { texts = names.map { Demangled($0)!.text } }
        let t1 = clock.now
        for _ in 0..<10 { for t in texts { _ = Demangled(text: t) } }
        let t2 = clock.now
        let parsed = texts.map { Demangled(text: $0) }
        for _ in 0..<10 { for p in parsed { _ = SymbolCatalog.refusal(of: p, module: "Feat") } }
        let t3 = clock.now
        print("COST2 n=\(names.count) demangle+parse=\((t1 - t0) / 10) parse=\((t2 - t1) / 10) refusal=\((t3 - t2) / 10)")
    }
}
