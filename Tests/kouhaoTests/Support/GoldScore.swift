import Foundation

/// The measures of ../shared/eval/score_slogans.py, reimplemented so that the tests can
/// hold kouhao to Corpus/gold.json on any machine.
///
/// recall: gold slogans found (a prediction overlapping the gold span whose text, once
/// quotes, spaces and width are normalised, equals or contains the gold label or is
/// contained in it); precision: on exhaustive documents, predictions that match a gold
/// slogan, over predictions not matched to "ambiguous" entries; trap rate: "not-slogan"
/// entries overlapped; expansion F1: item-level F1 for found gold slogans with a full
/// expansion (items match when equal after normalisation, or one contains the other and
/// the shorter is at least 60% of the longer).
struct GoldScore {
    var recall = 0.0, precision = 0.0, trapRate = 0.0, expansionF1 = 0.0

    struct Entry: Decodable {
        var slogan: String
        var start: Int
        var end: Int
        var status: String
        var expansion: [String]?
        var partial: Bool?
    }
    struct Document: Decodable {
        var path: String
        var exhaustive: Bool?
        var slogans: [Entry]
    }
    struct Gold: Decodable { var documents: [Document] }
    struct Prediction { var slogan: String; var start: Int; var end: Int; var expansion: [String]? }

    static func normalize(_ s: String) -> String {
        let quotes = Set("“”‘’\"'「」『』《》〈〉 \t\n\u{3000}")
        return String(s.precomposedStringWithCompatibilityMapping.filter { !quotes.contains($0) })
    }

    static func itemsMatch(_ a: String, _ b: String) -> Bool {
        let a = normalize(a), b = normalize(b)
        guard !a.isEmpty, !b.isEmpty else { return false }
        if a == b { return true }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        return long.contains(short) && Double(short.count) >= 0.6 * Double(long.count)
    }

    static func itemF1(_ gold: [String], _ pred: [String]?) -> Double {
        let pred = pred ?? []
        if gold.isEmpty && pred.isEmpty { return 1 }
        var used = Set<Int>(), tp = 0
        for g in gold {
            for (j, p) in pred.enumerated() where !used.contains(j) && itemsMatch(g, p) { used.insert(j); tp += 1; break }
        }
        let p = pred.isEmpty ? 0 : Double(tp) / Double(pred.count)
        let r = gold.isEmpty ? 0 : Double(tp) / Double(gold.count)
        return p + r > 0 ? 2 * p * r / (p + r) : 0
    }

    init(gold: Gold, predictions: [String: [Prediction]]) {
        func overlaps(_ g: Entry, _ p: Prediction) -> Bool { g.start < p.end && p.start < g.end }
        func textMatch(_ g: Entry, _ p: Prediction) -> Bool {
            let a = Self.normalize(g.slogan), b = Self.normalize(p.slogan)
            return a == b || (!a.isEmpty && !b.isEmpty && (a.contains(b) || b.contains(a)))
        }
        var goldCount = 0, found = 0, traps = 0, trapHits = 0, expGold = 0, predEx = 0, predOK = 0
        var expSum = 0.0
        for doc in gold.documents {
            let pred = predictions.first { $0.key.hasSuffix(doc.path) }?.value ?? []
            for g in doc.slogans {
                if g.status == "not-slogan" {
                    traps += 1
                    if pred.contains(where: { overlaps(g, $0) }) { trapHits += 1 }
                    continue
                }
                guard g.status == "slogan" else { continue }
                goldCount += 1
                let hits = pred.filter { overlaps(g, $0) && textMatch(g, $0) }
                if !hits.isEmpty { found += 1 }
                if let e = g.expansion, !e.isEmpty, g.partial != true {
                    expGold += 1
                    expSum += hits.map { Self.itemF1(e, $0.expansion) }.max() ?? 0
                }
            }
            if doc.exhaustive == true {
                for p in pred {
                    let hit = doc.slogans.filter { overlaps($0, p) && textMatch($0, p) }
                    if hit.contains(where: { $0.status == "ambiguous" }) && !hit.contains(where: { $0.status == "slogan" }) { continue }
                    predEx += 1
                    if hit.contains(where: { $0.status == "slogan" }) { predOK += 1 }
                }
            }
        }
        recall = goldCount > 0 ? Double(found) / Double(goldCount) : 0
        precision = predEx > 0 ? Double(predOK) / Double(predEx) : 1
        trapRate = traps > 0 ? Double(trapHits) / Double(traps) : 0
        expansionF1 = expGold > 0 ? expSum / Double(expGold) : 0
    }

    /// Reads `kouhao slogans --format jsonl` output.
    static func predictions(fromJSONL text: String) throws -> [String: [Prediction]] {
        var out: [String: [Prediction]] = [:]
        for line in text.split(separator: "\n") where !line.isEmpty {
            let doc = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let slogans = (doc["slogans"] as? [[String: Any]] ?? []).map {
                Prediction(slogan: $0["slogan"] as! String, start: $0["start"] as! Int, end: $0["end"] as! Int,
                           expansion: $0["expansion"] as? [String])
            }
            out[doc["path"] as! String] = slogans
        }
        return out
    }
}
