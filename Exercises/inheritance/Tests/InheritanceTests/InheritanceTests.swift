import XCTest
@testable import Inheritance

final class AnimalHierarchyTests: XCTestCase {
    func testBaseAnimalHasAGenericSoundAndFourLegs() {
        let animal = Animal(name: "Generic")
        XCTAssertEqual(animal.name, "Generic", "Animal(name:) should store the name")
        XCTAssertEqual(animal.sound(), "...", "a plain Animal makes the generic sound")
        XCTAssertEqual(animal.legs, 4, "a plain Animal has 4 legs")
        XCTAssertEqual(animal.speak(), "Generic says ...", "speak() should combine the name and the sound")
        XCTAssertEqual(animal.describe(), "Generic has 4 legs", "describe() should combine the name and the number of legs")
    }

    func testSubclassesOverrideTheSound() {
        XCTAssertEqual(Dog(name: "Rex", breed: "beagle").sound(), "Woof", "a Dog overrides sound()")
        XCTAssertEqual(Cat(name: "Tom").sound(), "Meow", "a Cat overrides sound()")
        XCTAssertEqual(Bird(name: "Tweety").sound(), "Tweet", "a Bird overrides sound()")
    }

    func testDogStoresItsBreedAndItsInheritedName() {
        let dog = Dog(name: "Rex", breed: "beagle")
        XCTAssertEqual(dog.name, "Rex", "Dog's initializer should pass the name on to Animal")
        XCTAssertEqual(dog.breed, "beagle", "Dog's initializer should store the breed")
        let puppy = Puppy(name: "Bit", breed: "corgi")
        XCTAssertEqual(puppy.name, "Bit", "a Puppy inherits Dog's initializer and stores the name")
        XCTAssertEqual(puppy.breed, "corgi", "a Puppy inherits Dog's initializer and stores the breed")
    }

    func testPuppyRefinesItsParentsSound() {
        XCTAssertEqual(Puppy(name: "Bit", breed: "corgi").sound(), "woof!", "a Puppy's sound is its parent's sound, lowercased, followed by !")
        XCTAssertEqual(Puppy(name: "Bit", breed: "corgi").legs, 4, "a Puppy inherits 4 legs")
    }

    func testBirdOverridesLegsAndDescribeUsesThem() {
        let bird = Bird(name: "Tweety")
        XCTAssertEqual(bird.legs, 2, "a Bird overrides legs to 2")
        XCTAssertEqual(bird.describe(), "Tweety has 2 legs", "the inherited describe() must use the Bird's own number of legs")
        XCTAssertEqual(Cat(name: "Tom").describe(), "Tom has 4 legs", "a Cat keeps the inherited 4 legs")
    }

    func testDogDescriptionExtendsTheBaseDescription() {
        XCTAssertEqual(Dog(name: "Rex", breed: "beagle").describe(), "Rex has 4 legs and is a beagle", "Dog's describe() adds its breed to the description it inherits")
        XCTAssertEqual(Puppy(name: "Bit", breed: "corgi").describe(), "Bit has 4 legs and is a corgi", "a Puppy inherits Dog's describe()")
    }
}

final class DynamicDispatchTests: XCTestCase {
    func testSpeakUsesTheOverriddenSoundThroughABaseClassReference() {
        let animals: [Animal] = [Dog(name: "Rex", breed: "beagle"), Puppy(name: "Bit", breed: "corgi"), Cat(name: "Tom")]
        XCTAssertEqual(animals[0].sound(), "Woof", "a Dog stored as an Animal still makes its own sound")
        XCTAssertEqual(animals[1].sound(), "woof!", "a Puppy stored as an Animal still makes its own sound")
        XCTAssertEqual(animals[2].speak(), "Tom says Meow", "speak(), written once in Animal, must call the Cat's sound()")
        XCTAssertEqual(animals[0].describe(), "Rex has 4 legs and is a beagle", "describe() through an Animal reference runs the Dog's override")
    }

    func testChorusListsWhatEachAnimalSaysInOrder() {
        let animals: [Animal] = [Cat(name: "Tom"), Animal(name: "Thing"), Bird(name: "Tweety"), Puppy(name: "Bit", breed: "corgi")]
        XCTAssertEqual(chorus(animals), ["Tom says Meow", "Thing says ...", "Tweety says Tweet", "Bit says woof!"], "each animal speaks with its own sound, in the order given")
        XCTAssertEqual(chorus([]), [], "no animals, no chorus")
    }

    func testTotalLegsAddsEachAnimalsOwnLegs() {
        let animals: [Animal] = [Dog(name: "Rex", breed: "beagle"), Bird(name: "Tweety"), Bird(name: "Polly"), Cat(name: "Tom")]
        XCTAssertEqual(totalLegs(animals), 12, "two four-legged animals and two birds")
        XCTAssertEqual(totalLegs([]), 0, "no animals, no legs")
    }

    func testDogNamesIncludesPuppiesButNoOtherAnimals() {
        let animals: [Animal] = [Cat(name: "Tom"), Dog(name: "Rex", breed: "beagle"), Animal(name: "Thing"), Puppy(name: "Bit", breed: "corgi"), Bird(name: "Tweety")]
        XCTAssertEqual(dogNames(in: animals), ["Rex", "Bit"], "a Puppy is a Dog too (a subclass instance is an instance of its superclass); cats, birds and plain animals are not")
        XCTAssertEqual(dogNames(in: [Cat(name: "Tom")]), [], "a list without dogs has no dog names")
    }
}

final class ShapeProtocolTests: XCTestCase {
    func testEachShapeComputesItsOwnNameAndArea() {
        XCTAssertEqual(Circle(radius: 2).name, "circle", "a Circle's name")
        XCTAssertEqual(Circle(radius: 2).area(), 4 * Double.pi, accuracy: 1e-9, "a circle's area is π r²")
        XCTAssertEqual(Square(side: 3).name, "square", "a Square's name")
        XCTAssertEqual(Square(side: 3).area(), 9, accuracy: 1e-9, "a square's area is side²")
        XCTAssertEqual(Triangle(base: 4, height: 5).name, "triangle", "a Triangle's name")
        XCTAssertEqual(Triangle(base: 4, height: 5).area(), 10, accuracy: 1e-9, "a triangle's area is base × height / 2")
    }

    func testTotalAreaOfAMixOfShapes() {
        let shapes: [any Shape] = [Square(side: 2), Triangle(base: 3, height: 2), Circle(radius: 1)]
        XCTAssertEqual(totalArea(shapes), 7 + Double.pi, accuracy: 1e-9, "each shape contributes its own area, whatever its type")
        XCTAssertEqual(totalArea([]), 0, accuracy: 1e-12, "no shapes have a total area of 0")
    }

    func testLargestShapeNameWithTiesAndNoShapes() {
        let shapes: [any Shape] = [Square(side: 1), Circle(radius: 1), Triangle(base: 10, height: 0.5)]
        XCTAssertEqual(largestShapeName(shapes), "circle", "the unit circle (π) is larger than the unit square (1) and this triangle (2.5)")
        let tied: [any Shape] = [Triangle(base: 2, height: 4), Square(side: 2)]
        XCTAssertEqual(largestShapeName(tied), "triangle", "with equal areas, the first shape wins")
        XCTAssertNil(largestShapeName([]), "there is no largest shape among none")
    }
}
