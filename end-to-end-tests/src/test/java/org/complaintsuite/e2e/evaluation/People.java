package org.complaintsuite.e2e.evaluation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Made-up people, places and identifiers in the shapes real ones have: Chinese names, resident ID numbers with a
 * valid check character, mobile and landline numbers in the ranges the numbering plan uses, written the many ways
 * people write them, and addresses. Also the ways the same words reach us: traditional characters, full-width
 * digits, ASCII punctuation, an ASR transcript without punctuation. Every value is drawn from the generator's seeded
 * {@link Random}; phone numbers and ids are never handed out twice.
 */
final class People {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
            + "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏浩宇欣怡子涵梓萱"
            + "晨阳建国建华志强志明俊杰海燕晓东晓丽春梅丹丹婷婷文博雨轩佳琪思远国庆红梅立新永刚宏伟亚楠";

    /** Region code, province, city and district: the ID number's first six digits agree with the address. */
    record Region(String code, String province, String city, String district) {
    }

    static final List<Region> REGIONS = List.of(
            new Region("440305", "广东省", "深圳市", "南山区"), new Region("440304", "广东省", "深圳市", "福田区"),
            new Region("440106", "广东省", "广州市", "天河区"), new Region("441900", "广东省", "东莞市", "南城街道"),
            new Region("310115", "上海市", "上海市", "浦东新区"), new Region("110105", "北京市", "北京市", "朝阳区"),
            new Region("320106", "江苏省", "南京市", "鼓楼区"), new Region("330106", "浙江省", "杭州市", "西湖区"),
            new Region("420106", "湖北省", "武汉市", "武昌区"), new Region("430103", "湖南省", "长沙市", "天心区"),
            new Region("510107", "四川省", "成都市", "武侯区"), new Region("500103", "重庆市", "重庆市", "渝中区"),
            new Region("610113", "陕西省", "西安市", "雁塔区"), new Region("410105", "河南省", "郑州市", "金水区"),
            new Region("340104", "安徽省", "合肥市", "蜀山区"), new Region("350203", "福建省", "厦门市", "思明区"),
            new Region("450103", "广西壮族自治区", "南宁市", "青秀区"), new Region("370102", "山东省", "济南市", "历下区"),
            new Region("360102", "江西省", "南昌市", "东湖区"), new Region("130102", "河北省", "石家庄市", "长安区"),
            new Region("520102", "贵州省", "贵阳市", "南明区"), new Region("530102", "云南省", "昆明市", "五华区"),
            new Region("220102", "吉林省", "长春市", "南关区"), new Region("210202", "辽宁省", "大连市", "中山区"));

    /** Landline area codes of some of those cities, with the length of their local numbers. */
    private static final List<String[]> AREA_CODES = List.of(new String[] {"0755", "8"}, new String[] {"020", "8"},
            new String[] {"021", "8"}, new String[] {"010", "8"}, new String[] {"025", "8"}, new String[] {"0571", "8"},
            new String[] {"027", "8"}, new String[] {"0731", "8"}, new String[] {"028", "8"}, new String[] {"023", "8"},
            new String[] {"029", "8"}, new String[] {"0371", "8"});

    private static final List<String> MOBILE_PREFIXES = List.of("130", "131", "132", "133", "134", "135", "136",
            "137", "139", "150", "151", "152", "153", "155", "156", "157", "158", "159", "166", "173", "176", "177",
            "178", "180", "181", "182", "183", "185", "186", "187", "188", "189", "198", "199");

    private static final List<String> ROADS = List.of("科技园路", "建设路", "人民路", "解放大道", "中山路", "文化路",
            "幸福街", "和平路", "长江路", "黄河路", "新华路", "东风路", "建国路", "滨河路", "学府路", "光明街", "友谊路",
            "迎宾大道", "青年路", "花园街");
    private static final List<String> ESTATES = List.of("阳光花园", "翠苑小区", "锦绣家园", "幸福里", "金色港湾",
            "滨江名苑", "绿城花园", "御景湾", "书香苑", "东方明珠小区", "职工宿舍", "和谐家园");
    private static final List<String> TOWERS = List.of("财富大厦", "国际商务中心", "金融中心", "创业大厦", "时代广场",
            "中央商务区", "万达广场", "华润大厦", "新世纪大厦", "汇金中心");

    private final Random random;
    private final Set<String> usedPhones = new HashSet<>();
    private final Set<String> usedIds = new HashSet<>();
    private int nextCustomer;

    People(Random random) {
        this.random = random;
        this.nextCustomer = 3_100_000 + random.nextInt(500_000);
    }

    /** One borrower; {@code customerId} is the firm's own id, known on the phone and chat channels. */
    record Person(String customerId, String name, String idNumber, String mobile, Region region, String address,
            int birthYear) {

        /** How a regulator's operator writes the name: often only the surname. */
        String maskedName() {
            return name.substring(0, 1) + (name.length() > 2 ? "某某" : "某");
        }

        String idTail() {
            return idNumber.substring(idNumber.length() - 4);
        }
    }

    Person person(int minBirthYear, int maxBirthYear) {
        Region region = pick(REGIONS);
        int birthYear = minBirthYear + random.nextInt(maxBirthYear - minBirthYear + 1);
        return new Person(customerId(), name(), idNumber(region, birthYear), mobile(), region, homeAddress(region),
                birthYear);
    }

    Person person() {
        int band = random.nextInt(100);
        return band < 10 ? person(1950, 1962) : band < 75 ? person(1975, 1998) : person(1963, 1974);
    }

    /** A relative: same address, own name, id, id number and mobile. */
    Person relative(Person of, int birthYear) {
        String surname = random.nextInt(3) == 0 ? name().substring(0, 1) : of.name().substring(0, 1);
        return new Person(customerId(), surname + name().substring(1), idNumber(of.region(), birthYear), mobile(),
                of.region(), of.address(), birthYear);
    }

    String customerId() {
        return "C" + (nextCustomer += 1 + random.nextInt(40));
    }

    String name() {
        String surname = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        if (random.nextInt(3) == 0) {
            // a single-character given name
            return surname + GIVEN.charAt(random.nextInt(GIVEN.length()));
        }
        return surname + GIVEN.charAt(random.nextInt(GIVEN.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()));
    }

    String mobile() {
        while (true) {
            String number = pick(MOBILE_PREFIXES) + String.format("%08d", random.nextInt(100_000_000));
            if (!number.equals("13800138000") && usedPhones.add(number)) {
                return number;
            }
        }
    }

    /** A landline: area code and local number, as digits. */
    String landline() {
        while (true) {
            String[] area = pick(AREA_CODES);
            String number = area[0] + (2 + random.nextInt(7)) + String.format("%07d", random.nextInt(10_000_000));
            if (usedPhones.add(number)) {
                return number;
            }
        }
    }

    String idNumber(Region region, int birthYear) {
        while (true) {
            LocalDate birth = LocalDate.of(birthYear, 1, 1).plusDays(random.nextInt(365));
            String body = region.code() + "%04d%02d%02d".formatted(birth.getYear(), birth.getMonthValue(),
                    birth.getDayOfMonth()) + String.format("%03d", random.nextInt(1000));
            String id = body + checkCharacter(body);
            if (usedIds.add(id)) {
                return id;
            }
        }
    }

    /** GB 11643-1999: the weighted sum of the first 17 digits, modulo 11, picks the check character. */
    static char checkCharacter(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    String homeAddress(Region region) {
        String base = region.province().equals(region.city()) ? region.city() + region.district()
                : region.province() + region.city() + region.district();
        return switch (random.nextInt(3)) {
            case 0 -> base + pick(ROADS) + (1 + random.nextInt(300)) + "号" + pick(ESTATES) + (1 + random.nextInt(30))
                    + "栋" + (1 + random.nextInt(4)) + "单元" + (101 + random.nextInt(25) * 100 + random.nextInt(4)) + "室";
            case 1 -> base + pick(ESTATES) + (1 + random.nextInt(20)) + "栋" + (101 + random.nextInt(30) * 100
                    + random.nextInt(6));
            default -> base + pick(ROADS) + (1 + random.nextInt(500)) + "号";
        };
    }

    String officeAddress(Region region) {
        return region.city() + region.district() + pick(ROADS) + (1 + random.nextInt(200)) + "号" + pick(TOWERS)
                + (3 + random.nextInt(30)) + String.format("%02d", 1 + random.nextInt(20)) + "室";
    }

    /** The same address as people type it again: spaces, full-width digits, the province left out. */
    String retype(String address, Region region) {
        String text = address;
        if (random.nextInt(4) == 0 && !region.province().equals(region.city()) && text.startsWith(region.province())) {
            // still the same address, but a different key: people do this
            text = text.substring(region.province().length());
        }
        if (random.nextInt(3) == 0) {
            text = text.replace(region.district(), region.district() + " ");
        }
        if (random.nextInt(5) == 0) {
            text = fullWidthDigits(text);
        }
        return text;
    }

    /** A phone number written as people write them: spaces, dashes, +86 or 0086, full-width digits. */
    String write(String digits) {
        boolean mobile = digits.startsWith("1");
        int style = random.nextInt(10);
        if (mobile) {
            return switch (style) {
                case 0 -> "+86 " + digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-" + digits.substring(7);
                case 1 -> digits.substring(0, 3) + " " + digits.substring(3, 7) + " " + digits.substring(7);
                case 2 -> "0086" + digits;
                case 3 -> fullWidthDigits(digits);
                case 4 -> "+86" + digits;
                case 5 -> digits.substring(0, 3) + "-" + digits.substring(3, 7) + "-" + digits.substring(7);
                default -> digits;
            };
        }
        int areaLength = digits.startsWith("01") || digits.startsWith("02") ? 3 : 4;
        String area = digits.substring(0, areaLength);
        String local = digits.substring(areaLength);
        return switch (style % 4) {
            case 0 -> area + "-" + local;
            case 1 -> "(" + area + ")" + local.substring(0, 4) + " " + local.substring(4);
            case 2 -> "+86 " + area.substring(1) + " " + local;
            default -> digits;
        };
    }

    // ---------------------------------------------------------------------------------------------------------
    // How the words arrive

    private static final Map<Character, Character> TRADITIONAL = new HashMap<>();

    static {
        String pairs = "贷貸 还還 们們 说說 这這 个個 会會 对對 发發 钱錢 费費 号號 电電 话話 为為 么麼 过過 经經 实實 际際 "
                + "请請 问問 题題 关關 让讓 应應 该該 现現 时時 间間 后後 开開 给給 与與 认認 识識 门門 见見 从從 来來 "
                + "业業 务務 报報 诉訴 监監 总總 险險 银銀 单單 账賬 据據 额額 约約 罚罰 滞滯 纳納 员員 态態 没沒 赔賠 "
                + "偿償 难難 办辦 网網 络絡 联聯 统統 录錄 码碼 进進 书書 证證 达達 头頭 长長 买買 卖賣 讲講 读讀 写寫 "
                + "记記 设設 计計 论論 议議 语語 误誤 调調 谈談 谢謝 财財 货貨 贵貴 质質 购購 资資 车車 转轉 软軟 输輸 "
                + "边邊 运運 选選 适適 邮郵 铁鐵 错錯 闭閉 闻聞 阳陽 队隊 陆陸 陈陳 随隨 隐隱 风風 饭飯 验驗 骗騙 骚騷 "
                + "鸡雞 黄黃 齐齊 龄齡 东東 乐樂 乱亂 亏虧 产產 亲親 仅僅 众眾 优優 传傳 伤傷 体體 余餘 债債 儿兒 "
                + "决決 况況 准準 减減 凭憑 刘劉 则則 刚剛 删刪 别別 制製 劳勞 区區 医醫 华華 协協 卫衛 历歷 压壓 县縣 "
                + "参參 双雙 变變 台臺 吓嚇 吗嗎 启啟 响響 园園 围圍 图圖 国國 场場 坏壞 块塊 处處 备備 复復 够夠 "
                + "妈媽 孙孫 学學 宁寧 宝寶 审審 导導 将將 层層 属屬 岁歲 师師 带帶 帮幫 干幹 并並 广廣 应應 废廢 "
                + "张張 强強 归歸 当當 征徵 忆憶 忧憂 怀懷 恶惡 恼惱 惊驚 惨慘 愤憤 愿願 战戰 户戶 执執 扫掃 扰擾 "
                + "担擔 拥擁 挂掛 挤擠 损損 换換 摆擺 数數 断斷 无無 旧舊 显顯 暂暫 术術 机機 杀殺 杂雜 权權 条條 杨楊 "
                + "极極 构構 标標 样樣 档檔 检檢 欢歡 残殘 毕畢 气氣 汇匯 汉漢 汤湯 沟溝 泪淚 洁潔 测測 济濟 涨漲 温溫 "
                + "满滿 滥濫 灭滅 灵靈 灾災 点點 烦煩 热熱 爱愛 爷爺 状狀 独獨 环環 画畫 疗療 疯瘋 盖蓋 着著 确確 礼禮 "
                + "祸禍 离離 种種 积積 称稱 税稅 稳穩 穷窮 竞競 笔筆 签簽 简簡 类類 紧緊 纠糾 红紅 级級 纪紀 纸紙 线線 "
                + "练練 组組 细細 终終 绑綁 结結 绝絕 继繼 续續 维維 综綜 缓緩 编編 缩縮 缴繳 罗羅 职職 肃肅 胁脅 脑腦 "
                + "脸臉 节節 范範 药藥 获獲 营營 虑慮 虚虛 虽雖 补補 装裝 观觀 规規 视視 觉覺 订訂 讨討 训訓 讯訊 许許 "
                + "访訪 评評 诈詐 词詞 试試 诚誠 询詢 详詳 诸諸 课課 谁誰 谅諒 谋謀 谨謹 负負 责責 败敗 贩販 贪貪 贴貼 "
                + "贸貿 赖賴 赚賺 轻輕 载載 较較 辆輛 辈輩 辞辭 迁遷 远遠 违違 连連 迟遲 递遞 遗遺 邻鄰 释釋 里裡 针針 "
                + "钟鐘 销銷 锁鎖 键鍵 镇鎮 闪閃 闲閒 闹鬧 阅閱 阴陰 阵陣 阶階 雾霧 静靜 须須 顶頂 项項 顺順 预預 领領 "
                + "频頻 颜顏 饮飲 馆館 马馬 鱼魚 鸟鳥 麦麥 龙龍 纯純 织織 续續 绩績 线線";
        for (String pair : pairs.split(" ")) {
            if (pair.length() == 2) {
                TRADITIONAL.put(pair.charAt(0), pair.charAt(1));
            }
        }
    }

    /** Character by character, as a traditional-script input method or a careless converter would write it. */
    static String traditional(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(TRADITIONAL.getOrDefault(c, c));
        }
        return out.toString();
    }

    static String fullWidthDigits(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : c);
        }
        return out.toString();
    }

    /** Typed on a keyboard set to half-width punctuation. */
    static String asciiPunctuation(String text) {
        return text.replace('，', ',').replace('！', '!').replace('？', '?').replace('：', ':').replace('；', ';')
                .replace('（', '(').replace('）', ')');
    }

    /** Typed with full-width forms for ASCII too: ＡＰＰ, １２３７８, ％. */
    static String fullWidthForms(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c > ' ' && c < 0x7f ? (char) (c - '!' + '！') : c);
        }
        return out.toString();
    }

    /** An ASR transcript: no punctuation, pauses as spaces. */
    static String asr(String text) {
        return text.replaceAll("[，。！？；：、,.!?;:“”\"]+", " ").strip();
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
