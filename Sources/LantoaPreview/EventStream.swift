import FlyingFox
import FlyingSocks

/// Bytes of a Server-Sent Events stream, fed by an `AsyncStream`, as the body FlyingFox sends chunked.
struct EventStream: AsyncBufferedSequence {
    typealias Element = UInt8
    let source: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator { Iterator(base: source.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<[UInt8]>.Iterator
        var pending: [UInt8] = []

        mutating func next() async -> UInt8? {
            await nextBuffer(suggested: 1)?.first
        }

        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            if pending.isEmpty {
                guard let chunk = await base.next() else { return nil }
                pending = chunk
            }
            let out = Array(pending.prefix(Swift.max(1, count)))
            pending.removeFirst(out.count)
            return out
        }
    }
}
