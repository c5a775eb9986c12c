import Testing
@testable import KouhaoKit

@Suite struct OrderedPipelineTests {
    @Test(arguments: [1, 2, 4, 7])
    func resultsComeBackInOrder(jobs: Int) throws {
        var next = 0
        var out: [Int] = []
        try OrderedPipeline.run(jobs: jobs, window: 3, produce: { () -> Int? in
            defer { next += 1 }
            return next < 200 ? next : nil
        }, transform: { (i: Int) -> Int in
            var x = 0
            for k in 0..<((i % 7) * 1000) { x &+= k }   // uneven work
            return i * 2 + (x == -1 ? 1 : 0)
        }, consume: { out.append($0) })
        #expect(out == (0..<200).map { $0 * 2 })
    }

    @Test func consumerErrorsStopTheRun() {
        struct Stop: Error {}
        var next = 0
        #expect(throws: Stop.self) {
            try OrderedPipeline.run(jobs: 2, produce: { () -> Int? in
                defer { next += 1 }
                return next < 1000 ? next : nil
            }, transform: { $0 }, consume: { if $0 == 10 { throw Stop() } })
        }
    }
}
