import XCTest
@testable import Inheritance

final class InheritancePublicTests: XCTestCase {
    func testCatSpeaks() {
        XCTAssertEqual(Cat(name: "Kitty").speak(), "Kitty says Meow", "a Cat says Meow")
    }

    func testDogIsAnAnimal() {
        let animal: Animal = Dog(name: "Fido", breed: "poodle")
        XCTAssertEqual(animal.sound(), "Woof", "a Dog, even stored as an Animal, says Woof")
    }

    func testSquareArea() {
        XCTAssertEqual(Square(side: 4).area(), 16, accuracy: 1e-9, "a square of side 4 has area 16")
    }
}
