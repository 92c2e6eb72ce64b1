/// Performs the app's effects: the only code besides the terminal that touches the outside world.
public protocol EffectPerformer: AnyObject {
    /// Carries out `effect`.
    /// - Returns: events to feed back into `update` (results, notices).
    func perform(_ effect: Effect) -> [Event]
}
