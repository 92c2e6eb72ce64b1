/// Performs the app's effects: the only code besides the terminal that touches the outside world.
public protocol EffectPerformer: AnyObject {
    /// Carries out `effect`.
    /// - Returns: events to feed back into `update` (results, notices).
    func perform(_ effect: Effect) -> [Event]

    /// Gives the performer a way to send events later, from any thread, for effects that end
    /// after `perform` has returned (reading aloud). Called once by the Runtime before any effect.
    func connect(_ post: @escaping @Sendable ([Event]) -> Void)
}

extension EffectPerformer {
    /// Performers without late events need no connection.
    public func connect(_ post: @escaping @Sendable ([Event]) -> Void) {}
}
