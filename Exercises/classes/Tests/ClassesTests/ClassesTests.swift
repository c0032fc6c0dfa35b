import XCTest
@testable import Classes

final class RectangleInitializerTests: XCTestCase {
    func testDesignatedInitializerStoresWidthAndHeight() {
        let rectangle = Rectangle(width: 3, height: 4.5)
        XCTAssertEqual(rectangle.width, 3, accuracy: 1e-12, "init(width:height:) should store the width as given")
        XCTAssertEqual(rectangle.height, 4.5, accuracy: 1e-12, "init(width:height:) should store the height as given")
    }

    func testSquareConvenienceInitializerUsesTheSideForBoth() {
        let square = Rectangle(side: 2.5)
        XCTAssertEqual(square.width, 2.5, accuracy: 1e-12, "init(side:) should use the side as the width")
        XCTAssertEqual(square.height, 2.5, accuracy: 1e-12, "init(side:) should use the side as the height")
    }

    func testParsingInitializerAcceptsWidthByHeight() {
        let parsed = Rectangle(parsing: "3x4")
        XCTAssertEqual(parsed?.width ?? -1, 3, accuracy: 1e-12, "\"3x4\" should parse to width 3")
        XCTAssertEqual(parsed?.height ?? -1, 4, accuracy: 1e-12, "\"3x4\" should parse to height 4")
        let fractional = Rectangle(parsing: "2.5x0.5")
        XCTAssertEqual(fractional?.width ?? -1, 2.5, accuracy: 1e-12, "\"2.5x0.5\" should parse to width 2.5")
        XCTAssertEqual(fractional?.height ?? -1, 0.5, accuracy: 1e-12, "\"2.5x0.5\" should parse to height 0.5")
    }

    func testParsingInitializerRejectsMalformedText() {
        for text in ["", "3", "3x", "x4", "3x4x5", "3 x 4", "3X4", "threexfour", "0x4", "3x-4", "-3x4", "infx2", "nanx2"] {
            XCTAssertNil(Rectangle(parsing: text), "\"\(text)\" is not two positive, finite numbers separated by a single x: expected nil")
        }
    }

    func testUnitFactoryMakesAOneByOneRectangle() {
        let unit = Rectangle.unit()
        XCTAssertEqual(unit.width, 1, accuracy: 1e-12, "Rectangle.unit() should be 1 wide")
        XCTAssertEqual(unit.height, 1, accuracy: 1e-12, "Rectangle.unit() should be 1 high")
        XCTAssertFalse(Rectangle.unit() === unit, "each call of Rectangle.unit() should create a new rectangle")
    }
}

final class RectangleBehaviourTests: XCTestCase {
    func testAreaPerimeterAndIsSquare() {
        let rectangle = Rectangle(width: 3, height: 4)
        XCTAssertEqual(rectangle.area, 12, accuracy: 1e-9, "the area of a 3 × 4 rectangle is width × height")
        XCTAssertEqual(rectangle.perimeter, 14, accuracy: 1e-9, "the perimeter of a 3 × 4 rectangle goes all the way round")
        XCTAssertFalse(rectangle.isSquare, "a 3 × 4 rectangle is not a square")
        let square = Rectangle(side: 1.5)
        XCTAssertEqual(square.area, 2.25, accuracy: 1e-9, "the area of a 1.5 square")
        XCTAssertEqual(square.perimeter, 6, accuracy: 1e-9, "the perimeter of a 1.5 square")
        XCTAssertTrue(square.isSquare, "a rectangle made with init(side:) is a square")
        XCTAssertTrue(Rectangle(width: 2, height: 2).isSquare, "equal sides make a square, whichever initializer was used")
    }

    func testScaledReturnsANewRectangleAndLeavesTheOriginal() {
        let original = Rectangle(width: 2, height: 3)
        let bigger = original.scaled(by: 1.5)
        XCTAssertEqual(bigger.width, 3, accuracy: 1e-9, "scaling by 1.5 multiplies the width")
        XCTAssertEqual(bigger.height, 4.5, accuracy: 1e-9, "scaling by 1.5 multiplies the height")
        XCTAssertEqual(original.width, 2, accuracy: 1e-12, "the original rectangle must keep its width")
        XCTAssertEqual(original.height, 3, accuracy: 1e-12, "the original rectangle must keep its height")
        XCTAssertFalse(original.scaled(by: 1) === original, "scaled(by:) should return a new object, even for a factor of 1")
    }
}

final class RectangleCounterTests: XCTestCase {
    func testInstanceCounterCountsEveryInitializer() {
        let before = Rectangle.instancesCreated
        _ = Rectangle(width: 1, height: 2)
        _ = Rectangle(side: 3)
        guard let parsed = Rectangle(parsing: "4x5") else {
            return XCTFail("\"4x5\" should parse to a rectangle")
        }
        _ = Rectangle.unit()
        _ = parsed.scaled(by: 2)
        XCTAssertEqual(Rectangle.instancesCreated - before, 5, "the designated, square, parsing, unit and scaled rectangles should each be counted once")
    }

    func testFailedParsingDoesNotCountAsAnInstance() {
        let before = Rectangle.instancesCreated
        let liveBefore = Rectangle.liveInstances
        XCTAssertNil(Rectangle(parsing: "not a rectangle"), "this text cannot be parsed")
        XCTAssertNil(Rectangle(parsing: "0x0"), "a rectangle of zero size is rejected")
        XCTAssertEqual(Rectangle.instancesCreated, before, "a failed parse must not create (or count) a rectangle")
        XCTAssertEqual(Rectangle.liveInstances, liveBefore, "a failed parse must leave the number of live rectangles unchanged")
    }

    func testLiveInstancesDropWhenRectanglesAreReleased() {
        let before = Rectangle.liveInstances
        let createdBefore = Rectangle.instancesCreated
        do {
            let first = Rectangle(width: 1, height: 1)
            let second = Rectangle(side: 2)
            XCTAssertEqual(Rectangle.liveInstances - before, 2, "two new rectangles are alive inside this scope")
            XCTAssertTrue(first !== second, "two rectangles are two distinct objects")
        }
        XCTAssertEqual(Rectangle.liveInstances, before, "once nothing refers to them any more, they are deinitialized and no longer live")
        XCTAssertEqual(Rectangle.instancesCreated - createdBefore, 2, "instancesCreated counts creations and never goes down when rectangles are released")
    }
}

final class TemperatureTests: XCTestCase {
    func testTemperatureOverloadedInitializersAgree() {
        let boiling = Temperature(celsius: 100)
        XCTAssertEqual(boiling?.fahrenheit ?? .nan, 212, accuracy: 1e-9, "100 °C is 212 °F")
        XCTAssertEqual(boiling?.kelvin ?? .nan, 373.15, accuracy: 1e-9, "100 °C is 373.15 K")
        XCTAssertEqual(Temperature(fahrenheit: 32)?.celsius ?? .nan, 0, accuracy: 1e-9, "32 °F is 0 °C")
        XCTAssertEqual(Temperature(fahrenheit: -40)?.celsius ?? .nan, -40, accuracy: 1e-9, "-40 °F is -40 °C")
        XCTAssertEqual(Temperature(kelvin: 0)?.celsius ?? .nan, -273.15, accuracy: 1e-9, "0 K is absolute zero, which is allowed")
        XCTAssertEqual(Temperature(kelvin: 300)?.fahrenheit ?? .nan, 80.33, accuracy: 1e-9, "300 K converted all the way to °F")
    }

    func testTemperatureBelowAbsoluteZeroIsRejected() {
        XCTAssertNil(Temperature(celsius: -273.16), "just below absolute zero in °C: expected nil")
        XCTAssertNil(Temperature(kelvin: -0.01), "negative kelvins are below absolute zero: expected nil")
        XCTAssertNil(Temperature(fahrenheit: -500), "-500 °F is below absolute zero: expected nil")
        XCTAssertNotNil(Temperature(celsius: -273.15), "exactly absolute zero is allowed")
    }
}
