package org.complaintsuite.benchmark;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The slot lists the phrase templates draw from ({product}, {collector}, {relative} …) and the filling of a
 * template's slots: what makes unrelated complaints differ in their fillings while topic words recur.
 */
final class PhraseSlots {

    private PhraseSlots() {
    }

    static final Map<String, String[]> SLOTS = Map.ofEntries(
            Map.entry("product", new String[] {"安心贷", "易借花", "小橙分期", "闪电贷", "随心借", "好期贷", "星河白条",
                    "稳稳借", "快易花", "金瓜贷", "惠民分期", "乐享借", "普惠信用贷", "极速贷", "月光宝盒分期", "零用钱包",
                    "家装分期", "车主贷", "教育分期", "手机分期", "白金信用卡", "联名信用卡", "青春卡", "商户经营贷",
                    "消费分期", "现金分期", "账单分期", "备用金", "应急钱包", "周转贷"}),
            Map.entry("collector", new String[] {"催收人员", "第三方催收公司", "外包催收", "自称律师的人", "你们的工作人员",
                    "一个自称法务部的男的", "催收员", "贷后管理的人", "一个外地口音的女的", "自称调解中心的人",
                    "你们委托的公司", "一个姓王的催收", "所谓的风控专员", "号称资产管理公司的人", "陌生号码"}),
            Map.entry("harass", new String[] {"打电话辱骂", "发短信威胁", "上门骚扰", "在微信群里曝光", "冒充法院工作人员",
                    "爆通讯录", "威胁要起诉", "说要上门找", "用不同号码轮番轰炸", "半夜打电话", "发律师函恐吓",
                    "说要通知单位领导", "用脏话骂", "说要让坐牢", "伪造传票发给", "打到老家村委会找",
                    "在朋友圈发照片", "给孩子的学校打电话", "冒充公安局", "一天打几十个电话给"}),
            Map.entry("relative", new String[] {"我妈妈", "我爸", "我老婆", "我老公", "我姐姐", "我弟弟", "我同事",
                    "我领导", "我朋友", "我儿子", "我女儿", "我的紧急联系人", "我公司前台", "我邻居", "我岳父",
                    "我婆婆", "我表哥", "我大学室友", "我们村支书", "我前同事", "我舅舅", "我八十岁的奶奶"}),
            Map.entry("when", new String[] {"每天早上七点", "半夜十二点", "上班时间", "春节期间", "连续一个星期",
                    "这三个月来", "昨天下午", "上周五晚上", "中秋节当天", "我住院期间", "凌晨两点多", "开会的时候",
                    "孩子高考那几天", "周末一大早", "国庆假期", "最近半个月", "从上个月开始", "刚才", "前天中午",
                    "今年以来"}),
            Map.entry("feeling", new String[] {"我现在精神压力很大", "我已经失眠好几天了", "家里人都不理解我",
                    "我觉得非常愤怒", "我实在受不了了", "整个人都崩溃了", "在单位抬不起头", "孩子都被吓哭了",
                    "血压一直降不下来", "真的很无奈", "感觉被欺骗了", "心里特别委屈", "已经影响到正常生活",
                    "简直欺人太甚", "真的是走投无路", "每天提心吊胆"}),
            Map.entry("cause", new String[] {"因为生病住院", "因为疫情失业了", "公司拖欠工资", "生意失败",
                    "家里老人生病", "车祸受伤", "孩子上学花销大", "工厂倒闭", "离婚分割财产", "被朋友借钱不还",
                    "门店关门", "工资被降了一半", "老公去世", "做手术花光积蓄", "被骗子骗了钱", "外卖生意不好"}),
            Map.entry("fee", new String[] {"砍头息", "服务费", "担保费", "会员费", "保险费", "提前还款手续费",
                    "违约金", "逾期罚息", "年费", "分期手续费", "账户管理费", "信息咨询费", "加速审核费", "复利",
                    "滞纳金", "短信提醒费", "权益包费用", "评估费"}),
            Map.entry("channel", new String[] {"客服热线", "APP在线客服", "营业网点", "微信公众号", "官方微博",
                    "客户经理", "投诉邮箱", "人工客服", "智能客服", "小程序"}),
            Map.entry("demand", new String[] {"要求你们停止骚扰", "要求退还多收的利息", "要求删除不良征信记录",
                    "要求给个合理的解释", "要求减免罚息", "要求赔偿我的损失", "希望尽快处理", "要求退还保险费",
                    "要求恢复额度", "要求解冻账户", "要求书面道歉", "要求调取通话录音", "要求核实账单",
                    "要求处理涉事员工", "要求延期还款", "希望能分期偿还本金", "要求撤销这笔贷款", "要求退回年费"}),
            Map.entry("threat", new String[] {"不处理我就去银保监会投诉", "我会打12378反映", "我要去法院起诉你们",
                    "我会找媒体曝光", "我要在黑猫投诉上发帖", "我会报警", "我会向人民银行投诉",
                    "我要找电视台", "我会打12315", "我会去信访", "我要请律师", "我会发到抖音上"}),
            Map.entry("city", new String[] {"深圳", "广州", "东莞", "佛山", "杭州", "宁波", "成都", "重庆", "武汉",
                    "长沙", "郑州", "西安", "南京", "苏州", "合肥", "南昌", "福州", "厦门", "昆明", "贵阳",
                    "南宁", "石家庄", "济南", "青岛", "沈阳", "哈尔滨", "天津", "北京", "上海", "温州"}),
            Map.entry("merchant", new String[] {"某电商平台", "一家健身房", "驾校", "培训机构", "装修公司",
                    "手机店", "医美机构", "二手车行", "家具城", "旅行社", "婚纱影楼", "电器商场", "网络游戏",
                    "直播平台", "宠物店"}),
            Map.entry("amountWord", new String[] {"三千多", "五千", "一万二", "两万", "八千块", "一千五", "六万多",
                    "四百多", "两千", "九千", "十几万", "三万", "七千多", "一万", "几百块"}),
            Map.entry("person", new String[] {"张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙",
                    "胡", "朱", "高", "林", "何", "郭", "马", "罗"}),
            Map.entry("given", new String[] {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军",
                    "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "志强", "海燕",
                    "晓东", "丹丹", "文博", "子涵", "雨轩"}));

    static final Pattern SLOT = Pattern.compile("\\{([a-zA-Z]+)}");

    /** Fills each slot with probability {@code share}, leaving the others for a later fill. */
    static String fill(SplittableRandom r, String template, double share) {
        Matcher matcher = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value;
            if (share < 1.0 && r.nextDouble() >= share) {
                value = matcher.group();
            }
            else if (name.equals("n")) {
                value = Integer.toString(1 + r.nextInt(r.nextBoolean() ? 30 : 50000));
            }
            else if (name.equals("amountWord")) {
                value = pick(r, DIGITS_CN) + pick(r, AMOUNT_UNITS);
            }
            else if (name.equals("cn")) {
                value = chineseNumber(r);
            }
            else {
                String[] values = SLOTS.get(name);
                value = values == null ? matcher.group() : pick(r, values);
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static final String[] AMOUNT_UNITS = {"千", "万", "千多", "万多", "百多", "千块", "万块钱", "千元"};

    static final String[] DIGITS_CN = {"一", "两", "三", "四", "五", "六", "七", "八", "九", "十"};

    static String chineseNumber(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> pick(r, DIGITS_CN);
            case 1 -> "十" + pick(r, DIGITS_CN);
            case 2 -> pick(r, DIGITS_CN) + "十" + (r.nextBoolean() ? "多" : "");
            default -> pick(r, DIGITS_CN) + "百" + (r.nextBoolean() ? "多" : "");
        };
    }

    static <T> T pick(SplittableRandom r, T[] values) {
        return values[r.nextInt(values.length)];
    }
}
