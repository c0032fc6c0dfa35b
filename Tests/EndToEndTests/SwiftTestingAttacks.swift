/// Attacks aimed at a harness that runs Swift Testing (they are graded against every exercise of the
/// attack suite, `calc-testing` among them): tests of the student's own, registered with the suite's
/// names; Swift Testing's console output and event records printed before an early `exit`; and
/// Swift Testing's entry point, found by name, run again from inside a test.
enum SwiftTestingAttacks {
    static let all: [Attack] = [
        Attack(
            name: "own-swift-testing-tests",
            source: Attack.submission(
                "    return 0",
                top: """
                    import Testing
                    @Test func testAddSmallNumbers() { #expect(true) }
                    struct CalcTests { @Test func testAddNegativeNumbers() {} }
                    """),
            strict: .rejected("no-testing"), open: .rejected("no-testing")),
        Attack(
            name: "fake-swift-testing-events-then-exit",
            source: Attack.submission(
                """
                    for test in ["testAddSmallNumbers()", "testAddNegativeNumbers()"] {
                        print(#"{"kind":"event","payload":{"kind":"testEnded","messages":[],"testID":"CalcTests.CalcTests/\\#(test)/CalcTests.swift:5:5"},"version":"6.3.0"}"#)
                        print("✔ Test \\(test) passed after 0.001 seconds.")
                    }
                    print("✔ Test run with 4 tests in 1 suite passed after 0.002 seconds.")
                    exit(0)
                """),
            strict: .rejected("no-processes"), open: .contained(.crashed)),
        Attack(
            name: "swift-testing-entry-point-rerun",
            source: Attack.submission(
                """
                    typealias GetEntryPoint = @convention(c) () -> UnsafeRawPointer
                    guard let symbol = dlsym(nil, "swt_abiv0_getEntryPoint") else { return 0 }
                    _ = unsafeBitCast(symbol, to: GetEntryPoint.self)()
                    return a + b + 1
                """),
            strict: .rejected("no-dynamic-loading"), open: .rejected("memory-safety")),
    ]
}
