/// The word lists behind slogan detection: general linguistic knowledge about Chinese
/// numerals, never a list of particular slogans.
///
/// 例：`SloganLexicon.countMeasures` contains 个, 项, 大 (三个代表, 八项规定, 十大合作计划);
/// `SloganLexicon.quantityUnits` contains 月, 元, 人 (三个月, 10亿元, 80多人 are counts);
/// `SloganLexicon.numeralIdioms` contains 一马当先, 五颜六色.
enum SloganLexicon {
    /// Measure words (and 大) that turn a number into a countable label: 三个代表, 八项规定,
    /// 十大合作计划, 五张清单, 五篇大文章, 三件宝, 三座大山.
    static let countMeasures: WordSet = [
        "个", "大", "项", "条", "张", "篇", "件", "种", "座", "道", "支", "级", "位", "型", "方面", "股",
        "类", "批", "句", "字", "轮",
    ]

    /// Heads that name a set of items when they follow a count: 八项规定, 三大战略, 四个意识.
    /// (Counts of ordinary things — 三个月, 两个部门 — have other heads.)
    static let setHeads: WordSet = [
        "规定", "精神", "工程", "行动", "战略", "目标", "机制", "原则", "要求", "意识", "自信", "维护",
        "纪律", "作风", "文件", "任务", "举措", "理念", "体系", "布局", "格局", "模式", "计划", "方案",
        "政策", "制度", "标准", "坚持", "代表", "全面", "服务", "改革", "攻坚", "攻坚战", "保卫战", "战役",
        "清单", "禁令", "不准", "严禁", "一律", "确保", "必须", "导向", "思路", "方针", "路线", "板块",
        "产业链", "中心", "平台", "品牌", "环境", "振兴", "统筹", "结合", "提升", "突破", "转变", "定位",
        "率先", "坚定", "认同", "离不开", "区分开来", "有利于", "见实效", "摆进去", "不上会", "毫不动摇",
        "一百年", "大局", "关系", "抓手", "支撑", "保障", "引擎", "积极性", "文章", "考验", "危险",
        "能力", "本领", "过硬", "示范", "优先", "公开", "联动", "融合", "共治", "并举", "同步", "齐抓",
        "实事", "底线",
    ]

    /// Heads that name a set strongly enough to accept a counted label in running text
    /// without more evidence: 八项规定, 三大战略, 四个意识.
    static let strongSetHeads: WordSet = [
        "规定", "纪律", "作风", "文件", "战略", "工程", "原则", "意识", "自信", "维护", "代表", "全面",
        "坚持", "禁令", "不准", "严禁", "一律", "攻坚战", "保卫战", "清单", "一百年", "毫不动摇", "离不开", "理念",
        "实事",
    ]

    /// Nouns and units after a number that make it a quantity, not a label.
    static let quantityUnits: WordSet = [
        "年", "月", "日", "天", "周", "号", "时", "点", "分", "秒", "岁", "届", "次", "倍", "元", "角",
        "米", "里", "亩", "吨", "斤", "克", "度", "户", "人", "名", "家", "所", "处", "辆", "台", "套",
        "间", "栋", "幢", "层", "期", "名", "位", "成", "折", "股", "笔", "份", "部", "员", "遍", "趟",
        "场", "届", "任", "代", "世", "辈", "旬", "载", "更", "夜", "晚", "早", "刻", "季", "季度",
        "小时", "分钟", "公里", "平方", "立方", "千米", "百万", "千万", "亿", "万", "余", "多", "来",
        "百分点", "周年", "年度", "年代", "世纪", "学期", "课时", "星期", "礼拜", "星级", "千瓦", "瓦",
        "千瓦时", "平方米", "立方米", "连", "档", "星", "孩", "胎",
    ]

    /// Units of time and money: a number before them is a quantity even in a quoted frame.
    static let hardTimeUnits: WordSet = [
        "年", "月", "日", "天", "周", "小时", "分钟", "秒", "岁", "元", "万元", "亿元", "时", "分",
        "工作日", "季度", "学期",
    ]

    /// Quantity units that a quoted label may still start with (三期叠加, 三代同堂): only the
    /// hard units (time, money, measures) make a quoted numeral a quantity.
    static let softUnits: WordSet = ["期", "代", "场", "层", "届", "位", "部", "员", "世", "辈", "多", "星"]

    /// Ordinary heads of counts: two of these after 个/项/大 make a count (两个部门, 三个方面).
    static let ordinaryHeads: WordSet = [
        "月", "年", "天", "小时", "部门", "方面", "项目", "单位", "企业", "国家", "地区", "城市", "区域",
        "省份", "县", "乡镇", "村", "社区", "学校", "医院", "问题", "阶段", "环节", "层次", "步骤", "百分点",
        "会议", "小组", "批次", "班子", "孩子", "人", "月份", "指标", "片区", "板", "合同", "案件", "场",
        "季度", "类", "区", "镇", "户", "点", "组", "队", "团", "家", "条", "款", "章", "节",
        "特点", "特征", "台阶", "部分",
    ]

    /// Words that end a label when unquoted: particles, conjunctions, common verbs.
    static let breakWords: WordSet = [
        "的", "地", "得", "了", "着", "和", "与", "及", "以及", "或", "等", "是", "在", "为", "对", "把",
        "被", "将", "要", "也", "都", "还", "又", "就", "才", "而", "并", "从", "向", "于", "以", "之",
        "这", "那", "其", "中", "上", "下", "里", "内", "外", "后", "前", "时", "个", "些", "有", "没有",
        "不", "已", "已经", "正在", "进行", "开展", "实施", "推进", "落实", "加强", "坚持", "实现", "提出",
    ]

    /// Verbs and adverbs that introduce a list rather than belong to its first item
    /// (继续推动东、中、西…; 一是有序实施…).
    static let leadVerbs = WordSet(leadVerbList)
    static let leadVerbList: [String] = [
        "推动", "推进", "实施", "开展", "加强", "实现", "落实", "打造", "围绕", "聚焦", "致力", "推行", "实行",
        "继续", "大力", "着力", "积极", "持续", "有序", "认真", "进一步", "深入", "切实", "选取", "包括", "坚定",
        "全力", "努力", "通过", "越过", "做到", "形成", "构建", "发挥", "出台", "启动", "组织", "走访", "听取",
        "增强", "树立", "牢固树立", "贯彻", "实现了", "开展了", "实施了", "培育", "重点培育", "重点发展",
        "补齐", "加快补齐", "制定了", "加快", "负责", "健全", "完善了", "打赢", "打通", "打响",
        "作为", "处于", "正处于", "调动", "充分调动", "夺取", "奋力夺取",
    ]

    /// Words that open a list's first item without belonging to it, when the other items do
    /// not open so: a subject, adverbs, the verb that takes the list (我们牢牢守住发展和生态…,
    /// 按照研发、孵化…, 发展金融、现代物流…, 着力抓好100个…). Only taken from the item's start.
    static let openingWords: WordSet = [
        "我们", "我市", "全市", "我县", "全县", "我省", "全省", "我区", "全区", "牢牢", "始终", "坚定",
        "按照", "依照", "依托", "采取", "发展", "大力发展", "统筹推进", "做大做强", "做强做大", "着力建设",
        "确保", "治理", "重点治理", "建设", "重点建设", "推进实施", "抓好", "着力抓好", "守住", "守牢",
        "坚守", "实现", "推动", "推进", "实施", "加强", "加快", "围绕", "聚焦", "突出", "统筹", "坚持",
        "力争", "力求", "着力", "构建", "打造", "培育", "壮大", "建成", "新建", "创建", "完成", "新增", "引进",
        "高标准", "高质量", "高水平", "高起点", "高规格",
    ]

    /// Verbs that begin the items of a list of verb phrases (完善两张清单, 守住一条底线): when
    /// the other items start with one, the first item's verb is its own, not an introduction.
    static let itemVerbs = WordSet(itemVerbList)
    static let itemVerbList: [String] = [
        "完善", "守住", "守牢", "筑牢", "夯实", "建设", "建立", "提升", "提高", "深化", "优化", "强化", "发展",
        "促进", "保障", "扩大", "加大", "做强", "做优", "做大", "壮大", "拓展", "抓好", "办好", "建好", "坚持",
        "创新", "改善", "规范", "严格", "打好", "用好", "管好", "守好", "稳定", "增加", "减少", "降低", "提供",
        "引进", "培养", "支持", "保护", "治理", "整治", "改造", "畅通", "统筹", "扶持", "巩固", "激发", "补齐",
    ]

    /// Verbs that take a whole list as their object (解决农业、农村、农民问题; 打击涉枪、涉毒), and
    /// 之间 (两国之间政治沟通、道路联通):
    /// what stands before them is not part of the first item.
    static let listVerbs = WordSet(listVerbList)
    static let listVerbList: [String] = [
        "解决", "打击", "包含", "涵盖", "覆盖", "查处", "整合", "破解", "克服", "防止", "杜绝", "发包",
        "下放", "整改", "清理", "推广", "普及", "抓好", "突出", "统一", "合并", "之间", "严禁", "禁止",
    ]

    /// Adverbs before the verb that introduces an item (全力打好…, 坚决打赢…).
    static let leadAdverbs = WordSet(leadAdverbList)
    static let leadAdverbList: [String] = [
        "全力", "全面", "坚决", "继续", "着力", "大力", "积极", "持续", "切实", "深入", "进一步", "扎实",
        "努力", "加快", "重点", "统筹", "不断", "有序", "认真", "稳步", "更加", "始终", "纵深", "大力",
    ]

    /// The introducing word (an adverb or a verb of two or more characters) at `k`, ending
    /// at most at `limit`, matched by the longest entry (ICU may split 抓好 into 抓 | 好).
    static func leadingWord(at k: Int, before limit: Int, in index: DocumentIndex, extra: WordSet? = nil) -> (word: String, end: Int)? {
        for length in stride(from: 4, through: 2, by: -1) where k + length <= limit {
            let units = index.u[k..<(k + length)]
            if introducingWords.contains(units) || extra?.contains(units) == true {
                return (index.string(k..<(k + length)), k + length)
            }
        }
        return nil
    }

    /// Adverbs and verbs that introduce an item (one set for ``leadingWord(at:before:in:extra:)``).
    static let introducingWords = WordSet(leadAdverbList + leadVerbList + itemVerbList + listVerbList)

    /// Verbs of making and counting things (新建社区食堂20个, 建成…11万亩, 引进名校8所).
    static let countingVerbs: WordSet = [
        "新建", "建成", "新增", "完成", "开工", "新开工", "创建", "改建", "扩建", "改扩建", "累计", "引进", "培养", "招引",
        "培育", "打造", "建设", "提升", "改造", "实施", "推进", "开展", "举办", "新开", "开通", "增加", "达到",
    ]

    /// Verbs that name a list before its label (…并称为“三剑客”, …合称“三高”).
    static let namingVerbs: [[UInt16]] = ["并称为", "并称", "合称为", "合称", "统称为", "统称", "被称为", "称为", "被誉为", "誉为", "简称",
                                          "实现", "达到", "做到"]
        .map { Array($0.utf16) }

    /// Verbs that open the predicate of a clause whose subject is an item (全面深化改革取得新进展,
    /// …迈出坚实步伐): the item ends before them.
    static let resultPredicates: [[UInt16]] = ["取得", "迈出", "迈上", "迈入", "开启", "实现", "得到", "获得", "达到",
                                               "保持", "走在", "位居", "稳居", "跃居", "再创", "创下"].map { Array($0.utf16) }

    /// Particles after which a list's first item starts (他有水壶, 要增强政治意识).
    static let leadParticles: WordSet = ["了", "是", "即", "指", "有", "要", "就是", "由", "从"]

    /// Predicates a list's items share, written once after the last item (…运行质量同步提升).
    static let sharedPredicates: [String] = ["提升", "推进", "发展", "增长", "下降", "融合", "分置", "齐升", "并举", "联动", "提高"]

    /// Enumerators and ordinals that look numeric: 一是, 二要, 一方面, 其一.
    static let enumeratorFollowers: WordSet = ["是", "要", "来", "则", "方面", "批", "线"]

    /// Four-character idioms and set phrases with numerals (成语, 俗语): not slogans.
    static let numeralIdioms = WordSet(numeralIdiomList)

    private static let numeralIdiomList: [String] = [
        "一马当先", "一往无前", "一干到底", "一声令下", "一举多得", "一举两得", "一视同仁", "一心一意",
        "一模一样", "一朝一夕", "一草一木", "一点一滴", "一针一线", "一言一行", "一砖一瓦", "一丝不苟",
        "一尘不染", "一成不变", "一帆风顺", "一目了然", "一劳永逸", "一以贯之", "一鼓作气", "一如既往",
        "一脉相承", "一蹴而就", "一揽子", "一把手", "一站式", "一体化", "一窝蜂", "一刀切", "一盘棋",
        "一张蓝图绘到底", "一竿子插到底", "一抓到底", "一步一个脚印", "一个都不能少", "一分为二",
        "一清二楚", "一干二净", "一穷二白", "一石二鸟", "一波三折", "一日千里", "一落千丈", "一呼百应",
        "一本万利", "一手抓", "两手抓", "两手硬", "两全其美", "两袖清风", "三心二意", "三言两语", "三番五次",
        "三令五申", "三天两头", "三五成群", "三三两两", "三思而行", "三天打鱼两天晒网", "四面八方",
        "四通八达", "四平八稳", "四分五裂", "五颜六色", "五光十色", "五花八门", "五湖四海", "五谷丰登",
        "五体投地", "六神无主", "七上八下", "七嘴八舌", "七零八落", "七手八脚", "八仙过海", "八面玲珑",
        "九牛一毛", "九死一生", "十全十美", "十拿九稳", "十字路口", "十万火急", "十年树木", "百年树人",
        "百花齐放", "百家争鸣", "百折不挠", "百尺竿头", "百闻不如一见", "百年大计", "百废待兴", "千方百计",
        "千家万户", "千山万水", "千军万马", "千变万化", "千差万别", "千辛万苦", "千头万绪", "千载难逢",
        "千里之行", "万无一失", "万众一心", "万事俱备", "万紫千红", "万水千山", "一心为民", "一线",
        "十里八乡", "千村一面", "一对一", "一条龙", "一窗受理", "一网通办", "一次性", "一系列", "一方面",
        "两岸", "两旁", "三角", "四周", "八方", "千万", "万一", "一些", "一般", "一定", "一起", "一直",
        "一样", "一切", "一致", "一流", "一律", "一度", "一贯", "一向", "一再", "一旦", "一同", "一道",
        "一齐", "一带", "一路", "一边", "一时", "一阵", "一番", "一下", "一点", "一生", "一手", "一体",
        "三峡", "九三学社", "二十国集团", "七国集团", "三中全会", "四中全会", "五中全会", "六中全会",
        "七中全会", "二中全会", "一中全会", "三甲", "十佳", "百强", "五百强", "千亿", "百亿", "万亿",
        "二维码", "一卡通", "一码通", "十字", "三角洲", "八角", "五金", "百货", "万象", "千年", "百年",
        "万里", "千里", "九州", "三秦", "三晋", "八桂", "两广", "两湖", "两江", "三江", "五岳", "百姓",
        "四季", "四海", "五洲", "双方", "双边", "双向", "双重", "双赢", "双手", "双眼", "双层", "双休",
        "单一", "唯一", "统一", "万分", "十分", "百般", "千秋", "万代", "一号文件", "第一书记",
        "三令", "五申", "隔三岔五", "隔三差五", "三岔五", "三差五", "两面人", "两面派", "一言堂", "一票否决", "一把尺子", "十个指头弹钢琴", "店小二",
    ]

    /// Units things are counted by, one by one (一企一策, 一村一品, 一户一档: one for each).
    static let countingUnits: Set<UInt16> = Set("企村户校河人业园镇区县街楼岗家店车地乡社厂矿湖山岸段井塘".utf16)

    /// The first characters of the numeral idioms (a cheap test before looking one up).
    static let numeralIdiomStarts: Set<UInt16> = Set(numeralIdiomList.compactMap { $0.utf16.first })

    /// Characters before a numeral that make it an ordinal or a date: 第二, 初三, 周五, 星期一.
    static let ordinalPrefixes: Set<UInt16> = Set("第初周星礼届每逐各这那哪另任同".utf16)

    /// Words after a label-like numeral that show an ordinal congress, plenum or session:
    /// 十九大, 十八届三中全会, 二次会议.
    static let sessionWords: WordSet = ["届", "中全会", "次会议", "次全会", "次代表大会", "次党代会"]
}

extension SloganLexicon {
    /// Nouns that complete a bare numbered label after its quotation: “6543”工程,
    /// “三公”经费, “五子”联动, and digit codes in running text (135工程).
    static let attachableHeads: WordSet = [
        "工程", "目标", "经费", "联动", "融合", "方案", "计划", "改革", "战略", "行动", "模式", "服务",
        "体系", "机制", "项目", "平台", "原则", "通勤圈", "交通圈", "生活圈", "城市群", "格局", "布局",
        "实施意见", "意见", "工作法", "政策", "活动", "攻坚", "战略布局", "发展战略", "目标任务", "任务",
        "举措", "措施", "标准", "要求", "理念", "合作", "框架", "路径", "思路", "规划", "产业", "产业体系",
        "组合", "专项行动", "工作机制", "发展格局", "空间布局", "经济圈", "都市圈", "经济带", "服务圈", "会战",
    ]

    /// Heads that make a number and one character a label even in running text (三网融合,
    /// 五化并举, 三证合一).
    static let compactHeads: WordSet = ["融合", "联动", "并举", "共治", "合一", "一体", "协同", "齐抓", "同步", "分置"]

    /// Verbs whose object is often a slogan (落实“三早”要求, 统筹…两个大局, 围绕“三区”).
    static let policyVerbs: WordSet = [
        "统筹", "落实", "实施", "强化", "提出", "围绕", "推进", "坚持", "坚守", "守住", "守牢", "构建", "打造",
        "深化", "贯彻", "践行", "树立", "增强", "推动", "抓好", "突出", "发挥", "聚焦", "推行", "实行", "形成",
        "做好", "打好", "打赢", "按照", "对标", "培育", "做强", "做优", "做大", "抢占", "贯彻落实", "深入实施",
    ]

    /// Verbs of awards and rankings before a name (荣获“十佳宜居小镇”称号, 入选“十大新举措”).
    static let awardVerbs: WordSet = ["荣获", "获得", "获评", "评为", "评选", "入选", "授予", "命名", "被评", "荣膺", "获选"]

    /// Heads after a numbered name that make it a name, not a slogan: awards, brands, events,
    /// places, hotlines (十佳称号, 旅游品牌, 龙舟赛, 双塔景区, 双龙高速, 12345热线).
    static let nameHeads: WordSet = [
        "称号", "品牌", "奖", "大赛", "比赛", "赛", "赛事", "景区", "公园", "热线", "电话", "路", "南路", "北路",
        "东路", "西路", "中路", "大街", "大道", "高速", "商标", "集团", "公司", "号线", "站", "牌", "奖项",
    ]

    /// Words after an unquoted compact label that show it names a set (双拥模范城, 双控要求).
    static let labelFollowers: WordSet = ["模范", "示范", "驱动", "要求", "目标", "工作", "政策", "建设", "改革"]

    /// The few heads that belong to a short quoted label (“三公”经费, “五子”联动, “三链”融合);
    /// other nouns after it (“三农”工作, “双创”平台) are not part of the label.
    static let shortLabelHeads: WordSet = ["经费", "联动", "融合", "工程"]
}
