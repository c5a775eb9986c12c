import Foundation
import Testing

/// End-to-end runs of the glossary's time features: dates, periods, the timeline CSV, the
/// text view, and merges by month. Invented documents in a temporary folder.
@Suite struct GlossaryTimelineCommandTests {
    /// 松岭县 notices: dated by file name, by a dated folder, by their first lines, by a
    /// pattern only, and one without any date.
    func corpus() throws -> String {
        let dir = NSTemporaryDirectory() + "kouhao-timeline-\(UUID().uuidString)"
        let files = [
            "松岭/20150105.txt": "松岭县推进“四个全面”，落实“四个全面”。\n",
            "松岭/2016/纪要.txt": "松岭县增强“四个意识”，协调推进“四个全面”。\n",
            "松岭/通知.txt": "松岭县人民政府\n2016年2月3日\n坚持“四个全面”，增强“四个意识”。\n",
            "松岭/简报.txt": "编号K2017-03\n深化“四个意识”教育。\n",
            "松岭/说明.txt": "本文只提到“四个意识”。\n",
        ]
        for (path, text) in files {
            let url = URL(fileURLWithPath: dir + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return dir
    }

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func datesFromPathFoldersFirstLinesAndAPattern() throws {
        let dir = try corpus()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try Kouhao.run(["glossary", "--format", "json", "--date-pattern", #"K(?<year>\d{4})-(?<month>\d\d)"#, dir])
        #expect(r.status == 0, "\(r.stderr)")
        let documents = try #require(try json(r.stdout)["documents"] as? [[String: Any]])
        var dates: [String: String?] = [:]
        for d in documents { dates[((d["path"] as? String ?? "") as NSString).lastPathComponent] = d["date"] as? String }
        #expect(dates["20150105.txt"] == "2015-01-05")
        #expect(dates["纪要.txt"] == "2016")
        #expect(dates["通知.txt"] == "2016-02-03")
        #expect(dates["简报.txt"] == "2017-03")
        #expect(dates["说明.txt"] == .some(nil))
        let bad = try Kouhao.run(["glossary", "--date-pattern", #"\d{4}"#, dir])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("no group"))
    }

    @Test func timelineCSVByMonth() throws {
        let dir = try corpus()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try Kouhao.run(["glossary", "--format", "timeline-csv", "--period", "month", "--date-pattern", #"K(?<year>\d{4})-(?<month>\d\d)"#, dir])
        #expect(r.status == 0)
        let lines = r.stdout.components(separatedBy: "\r\n")
        #expect(lines.first == "label,period,documents,mentions,share")
        #expect(lines.contains("四个全面,2015-01,1,2,1.0000"))
        #expect(lines.contains("四个全面,2016,1,1,1.0000"))        // the 2016/ folder: a year, before 2016's months
        #expect(lines.contains("四个全面,2016-02,1,1,1.0000"))
        #expect(lines.contains("四个意识,2017-03,1,1,1.0000"))     // dated by the pattern only
    }

    @Test func textFitsATerminal() throws {
        let dir = try corpus()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try Kouhao.run(["glossary", "--format", "text", "--top", "1", dir])
        #expect(r.status == 0)
        #expect(r.stdout.contains("1. 四个"))
        #expect(r.stdout.contains("另有 1 条"))
        let bad = try Kouhao.run(["glossary", "--format", "text", "--top", "0", dir])
        #expect(bad.status == 64)
    }

    @Test func shardsByYearMergeIntoTheMonthlyWhole() throws {
        let dir = try corpus()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let whole = try Kouhao.run(["glossary", "--format", "json", "--period", "month", dir])
        let a = try Kouhao.run(["glossary", "--format", "json", "-o", dir + "/a.json", "--include", "2*.txt", dir + "/松岭"])
        let b = try Kouhao.run(["glossary", "--format", "json", "-o", dir + "/b.json", "--exclude", "2*.txt", "--exclude", "*.json", dir + "/松岭"])
        #expect([whole.status, a.status, b.status] == [0, 0, 0])
        let merged = try Kouhao.run(["merge", "--period", "month", dir + "/b.json", dir + "/a.json"])
        #expect(merged.status == 0)
        // Paths differ (dir vs dir/松岭 are the same strings here), so compare the derived parts.
        let m = try json(merged.stdout), w = try json(whole.stdout)
        #expect((m["corpus"] as? [String: Any])?["periods"] as? NSArray == (w["corpus"] as? [String: Any])?["periods"] as? NSArray)
        #expect((m["slogans"] as? NSArray)?.count == (w["slogans"] as? NSArray)?.count)
        #expect(merged.stdout == whole.stdout)
    }
}
