import Dispatch
import Foundation

/// Runs independent pieces of work on every core.
enum Parallel {
    /// `items.map(transform)`, computed concurrently, results in the original order.
    static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        let results = ResultBox<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { i in
            results.set(i, transform(items[i]))
        }
        return results.values
    }
}

/// Slots filled from several threads, each slot by exactly one of them.
private final class ResultBox<R>: @unchecked Sendable {
    private var slots: [R?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: R) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }

    var values: [R] { slots.map { $0! } }
}

/// Carries a value that is not `Sendable` (a tuple, a context dictionary) out of `Parallel.map`;
/// it is never changed after it is made.
struct Box<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

/// A value worked out on a thread of its own while the caller goes on; `value` waits for it.
final class Later<T>: @unchecked Sendable {
    private var result: T?
    private let done = DispatchSemaphore(value: 0)
    private var waited = false

    init(_ work: @escaping () -> T) {
        let work = Box(work)
        Thread.detachNewThread { [self] in
            result = work.value()
            done.signal()
        }
    }

    /// The value, once worked out; asked from one thread.
    var value: T {
        if !waited {
            done.wait()
            waited = true
        }
        return result!
    }
}
