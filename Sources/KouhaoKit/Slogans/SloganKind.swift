/// The shape of a numbered slogan.
///
/// 例：三个代表 `.counted`, 三严三实 `.frame`, 三农 `.compact`, 6543工程 `.digitCode`,
/// 双随机、一公开 `.multiPart`.
public enum SloganKind: String, Hashable, Sendable, CaseIterable, Codable {
    /// Count + measure word or 大 + head: 三个代表, 五个开发区, 八项规定, 十大合作计划, 五张清单.
    /// 例：三个强化 in `推进“三个强化”行动`; 十大工程.
    case counted
    /// Repeated number frames: 三严三实, 四不四争四先锋, 两不愁三保障, 一突破三提升, 三去一降一补.
    /// 例：三访三问 in `深入开展“三访三问”活动`.
    case frame
    /// A number and one or two characters: 三农, 四风, 五化并举, 十不准, 新三样, 双招双引.
    /// 例：四抓 in `这“四抓”工作法`.
    case compact
    /// Arabic digits coding the items: 6543工程, 2330目标, 135工程, 3个70%, 1+N.
    /// 例：5321工程 in `启动“5321”工程`.
    case digitCode
    /// Several numbered parts joined by 、 or ，: 三项政策、一项改革; 双随机、一公开.
    /// 例：双随机、一公开 in `全面推行“双随机、一公开”监管`.
    case multiPart
}
