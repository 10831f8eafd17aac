package org.complaintsuite.benchmark;

import java.util.HexFormat;
import java.util.SplittableRandom;

/** Phone numbers, e-mail domains and addresses as customers and agencies give them, and the hashing the data uses. */
final class SyntheticContacts {

    static final String[] MAIL_DOMAINS = {"qq.com", "163.com", "126.com", "sina.com", "foxmail.com",
            "gmail.com", "139.com", "outlook.com", "yeah.net", "sohu.com"};
    private static final String[] MOBILE_PREFIXES = {"130", "131", "132", "133", "135", "136", "137", "138", "139",
            "150", "151", "152", "155", "157", "158", "159", "166", "170", "176", "177", "178", "180", "181", "182",
            "183", "185", "186", "187", "188", "189", "191", "195", "198", "199"};
    private static final String[] AREA_CODES = {"10", "21", "20", "755", "571", "28", "27", "25", "512", "769",
            "757", "731", "371", "29", "23"};
    private static final String[] DISTRICTS = {"南山区", "福田区", "天河区", "越秀区", "西湖区", "滨江区", "武侯区",
            "锦江区", "江汉区", "洪山区", "雨花区", "金水区", "雁塔区", "鼓楼区", "玄武区", "朝阳区", "海淀区", "浦东新区",
            "徐汇区", "和平区", "南岸区", "思明区", "五华区", "青秀区"};
    private static final String[] STREETS = {"人民路", "解放路", "建设路", "中山路", "和平路", "新华路", "胜利路",
            "文化路", "青年路", "长江路", "黄河路", "科技园路", "工业大道", "滨海大道", "花园街", "东风路", "学府路",
            "光明街", "幸福路", "振兴路", "迎宾大道", "湖滨路", "金融街", "创业路"};
    private static final String[] ESTATES = {"阳光花园", "碧桂园", "万科城", "保利花园", "锦绣家园", "翠苑小区",
            "幸福里", "世纪新城", "金色港湾", "书香门第", "丽景湾", "龙湖天街", "滨江花园", "新村", "御景华庭"};

    static String mobile(SplittableRandom r) {
        return "+86" + PhraseSlots.pick(r, MOBILE_PREFIXES) + String.format("%08d", r.nextInt(100_000_000));
    }

    static String landline(SplittableRandom r) {
        String area = PhraseSlots.pick(r, AREA_CODES);
        return "+86" + area + String.format(area.length() == 2 ? "%08d" : "%07d",
                (area.length() == 2 ? 20_000_000 : 2_000_000) + r.nextInt(area.length() == 2 ? 70_000_000 : 7_000_000));
    }

    static String address(SplittableRandom r, String city) {
        String in = city != null ? city : PhraseBank.city(r);
        return in + "市" + PhraseSlots.pick(r, DISTRICTS) + PhraseSlots.pick(r, STREETS) + (1 + r.nextInt(400)) + "号"
                + PhraseSlots.pick(r, ESTATES) + (1 + r.nextInt(30)) + "栋" + (1 + r.nextInt(3)) + "单元"
                + (1 + r.nextInt(33)) + String.format("%02d", 1 + r.nextInt(8)) + "室";
    }

    static String hex(long value, int bytes) {
        String full = HexFormat.of().toHexDigits(value);
        return bytes >= 8 ? full : full.substring(16 - 2 * bytes);
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private SyntheticContacts() {
    }
}
