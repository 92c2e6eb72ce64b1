import CunxueApp
import Foundation

/// Performs effects against the real data directory.
final class LiveEffects: EffectPerformer {
    func perform(_ effect: Effect) -> [Event] {
        switch effect {
        case .loadLearners: return [.learnersLoaded([])]
        case .suspend, .quit: return []
        }
    }
}
