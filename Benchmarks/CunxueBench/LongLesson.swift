import Foundation

/// A long lesson of mixed Chinese and English Markdown — headings, paragraphs with emphasis and
/// code, bullet, numbered and task lists, tables, quotes and links — about `bytes` long.
enum LongLesson {
    private static let paragraphs = [
        "开网店要先选好平台。淘宝开店免费，但要有实名认证的**支付宝**账号和本人的银行卡；拼多多的个人店不用营业执照，上传身份证正反面、做人脸识别就行。Taobao needs a verified Alipay account; Pinduoduo needs an ID card and a face check.",
        "商品标题要写清楚**是什么、多重、哪里产的**，比如“赣南脐橙 5 斤装 现摘现发”。Do not stuff the title with words that are not about the product: platforms lower its rank, and buyers stop trusting it.",
        "发货以后 48 小时之内要上传快递单号。A parcel that is not scanned by the courier within 48 hours counts as a late shipment, and late shipments cost the shop points (`店铺评分`).",
        "直播前写一张小卡片：先讲什么、再讲什么、价格多少、怎么下单。Keep it short: the viewer decides within *ten seconds* whether to stay. 不要说“全网最低价”“国家级”这样的绝对化用语。",
        "看店铺数据先看三个数：**访客数**、**转化率**、**客单价**。Sales = visitors × conversion rate × average order value; if one of the three drops, you know where to look first.",
        "有人加你微信说可以“刷单返现”，那是骗局。Never pay anyone to fake orders: the platform finds them, closes the shop, and the money is gone. 遇到这种事，打 `96110` 反诈专线。",
    ]

    private static let table = """
        | 平台 Platform | 保证金 Deposit | 开店时间 Days | 适合卖什么 Good for |
        | --- | ---: | :-: | --- |
        | 淘宝 Taobao | 1,000 元起 | 1–3 | 土特产、手工品 local specialities |
        | 拼多多 Pinduoduo | 0–1,000 元 | 1–2 | 水果、农产品 fresh produce |
        | 抖店 Douyin | 2,000 元起 | 1–3 | 直播带货 livestream sales |
        | 快手小店 Kuaishou | 500 元起 | 1–2 | 熟人生意 local customers |
        """

    private static let lists = [
        "- 身份证 ID card\n- 本人的银行卡 your own bank card\n- 手机号 a phone number in your name\n  - 要能收短信 it must receive texts\n  - 不要用别人的号 never someone else's\n",
        "1. 核对订单 check the order\n2. 称重、打包 weigh and pack\n3. 贴面单 stick on the label\n4. 交给快递员 hand it to the courier\n5. 上传单号 upload the tracking number\n",
        "- [x] 实名认证 verified\n- [x] 绑定银行卡 bank card linked\n- [ ] 交保证金 deposit paid\n- [ ] 上架第一个商品 first product listed\n",
    ]

    /// The lesson's Markdown, front matter included.
    static func markdown(bytes: Int) -> String {
        var text = "---\ntitle: 长课：开店、发货、直播和看数据\nminutes: 30\n---\n\n# 长课：开店、发货、直播和看数据\n\n"
        var section = 0
        while text.utf8.count < bytes {
            section += 1
            text += "## 第 \(section) 节 Section \(section)\n\n"
            for index in 0..<3 {
                text += paragraphs[(section + index) % paragraphs.count] + "\n\n"
            }
            text += lists[section % lists.count] + "\n"
            if section % 2 == 0 { text += table + "\n\n" }
            text += "> 提示 Tip：以平台最新规则为准，see the platform's [help page](https://example.com/help/\(section)).\n\n"
        }
        return text
    }

    /// Writes a course of one module whose first lesson is the long lesson (`markdown(bytes:)`),
    /// plus a short second lesson, into `folder`.
    /// - Returns: the course folder and the long lesson's size in bytes.
    static func writeCourse(bytes: Int, in folder: URL) -> (url: URL, lessonBytes: Int) {
        let lesson = markdown(bytes: bytes)
        let course = folder.appendingPathComponent("course")
        let module = course.appendingPathComponent("01-long")
        writeFile("---\ntitle: 长课模块\nsummary: 量按键延迟用\n---\n\n这个模块只有一篇长课。\n",
                  to: module.appendingPathComponent("module.md"))
        writeFile(lesson, to: module.appendingPathComponent("01-long-lesson.md"))
        writeFile("---\ntitle: 短课\n---\n\n# 短课\n\n读完了。\n", to: module.appendingPathComponent("02-short.md"))
        return (course, lesson.utf8.count)
    }
}
