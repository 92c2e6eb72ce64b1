import CunxueApp

/// The seeded random number generator of the test targets' property tests: the app's own
/// SplitMix64 (`RandomSource`), so that a failing random test can be repeated from the seed it
/// prints, and the package has one copy of the algorithm.
public typealias SeededGenerator = RandomSource
